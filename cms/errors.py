"""The server error handler: a database that does not answer is a 503, not a 500.

While PostgreSQL restarts every request fails on its first query, wherever that is (a
view, a template, a middleware). Django hands each such failure to this handler while the
exception is still being handled; the visitor gets a translated "try again in a minute"
page with Retry-After, and the next request after the database is back connects again.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """Like Django's ``server_error`` (no request context: the database may be what
    failed), answering 503 for an unreachable database."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.render_to_string(template_name))
