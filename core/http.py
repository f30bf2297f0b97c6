"""Conditional HTTP for generated files (calendar feeds, public and private alike).

A client that holds the current version gets 304 without the body being built; HEAD
gets the headers of GET; other methods get 405.
"""

from dataclasses import dataclass

from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import content_disposition_header, http_date


@dataclass(frozen=True)
class Version:
    """What a conditional GET compares: an ETag and, when known, a Last-Modified."""

    etag: str
    last_modified: object = None


def conditional_response(
    request, *, version, build, content_type, file_name="", cache_control
):
    """A 304 when the client's copy is ``version``, else ``build()`` as the body.

    ``cache_control`` is passed to ``patch_cache_control`` (for example
    ``{"public": True, "max_age": 3600}`` or ``{"private": True}``).
    """
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    last_modified = version.last_modified
    response = get_conditional_response(
        request,
        etag=version.etag,
        last_modified=int(last_modified.timestamp()) if last_modified else None,
    )
    if response is None:
        response = HttpResponse(build(), content_type=content_type)
        if file_name:
            response["Content-Disposition"] = content_disposition_header(
                as_attachment=True, filename=file_name
            )
    response["ETag"] = version.etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    patch_cache_control(response, **cache_control)
    return response
