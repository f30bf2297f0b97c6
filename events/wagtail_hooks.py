from django.contrib import messages
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .import_views import CalendarImportViewSet
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
