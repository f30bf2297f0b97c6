"""Admin screens of a delegation's output: the printed programme and its PDF, the
spreadsheet export and import, and the secret addresses of its calendar feeds.

Delegation viewers (view permission) may print and export; planners (change
permission) may also import and issue feed addresses.
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import path
from django.utils.http import content_disposition_header
from wagtail.admin.viewsets.base import ViewSet

from . import spreadsheets
from .access import viewable_delegation
from .feed_admin import FeedAddressesView
from .import_admin import ImportItineraryView
from .printing import programme_html, programme_pdf

LANGUAGES = {code for code, _name in settings.LANGUAGES}


def checked_language(language):
    if language not in LANGUAGES:
        raise Http404("No such language.")
    return language


def attachment(content, content_type, file_name):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=file_name
    )
    return response


def print_view(request, pk, language):
    delegation = viewable_delegation(request, pk)
    return HttpResponse(programme_html(delegation, checked_language(language)))


def pdf_view(request, pk, language):
    delegation = viewable_delegation(request, pk)
    pdf = programme_pdf(delegation, checked_language(language))
    return attachment(pdf, "application/pdf", f"programme-{pk}-{language}.pdf")


def export_view(request, pk, file_format):
    delegation = viewable_delegation(request, pk)
    content, content_type = spreadsheets.export(delegation, file_format)
    return attachment(content, content_type, f"itinerary-{pk}.{file_format}")


class DelegationOutputViewSet(ViewSet):
    name = "delegation_output"
    url_prefix = "delegations/output"

    def get_urlpatterns(self):
        return [
            path("<int:pk>/print/<str:language>/", print_view, name="print"),
            path("<int:pk>/print/<str:language>.pdf", pdf_view, name="pdf"),
            path(
                "<int:pk>/itinerary.xlsx",
                export_view,
                {"file_format": "xlsx"},
                name="xlsx",
            ),
            path(
                "<int:pk>/itinerary.csv",
                export_view,
                {"file_format": "csv"},
                name="csv",
            ),
            path("<int:pk>/import/", ImportItineraryView.as_view(), name="import"),
            path("<int:pk>/feeds/", FeedAddressesView.as_view(), name="feeds"),
        ]
