from django.contrib import messages
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .import_views import CalendarImportViewSet
from .repeat_preview_view import repeat_preview_view
from .viewsets import EventsMenuGroup

register_snippet(EventsMenuGroup)
hooks.register("register_admin_viewset", CalendarImportViewSet)


# Publishing reloads the page before after_edit_page, so a published edit is told just
# before publishing, while the page is still the one the form saved.
@hooks.register("before_publish_page")
@hooks.register("after_edit_page")
def say_which_dates_moved_with_the_series(request, page):
    """The event form moves moved dates with a series' new time; the editor is told."""
    message = page.__dict__.pop("moved_with_the_series", "")
    if message:
        messages.info(request, message)


@hooks.register("register_admin_urls")
def repeat_preview_urls():
    return [
        path(
            "events/repeat-preview/", repeat_preview_view, name="events_repeat_preview"
        )
    ]


@hooks.register("insert_editor_js")
def repeat_preview_js():
    return format_html(
        '<script src="{}"></script>', static("events/admin/repeat_preview.js")
    )
