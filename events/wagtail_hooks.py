from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .import_views import CalendarImportViewSet
from .viewsets import EventsMenuGroup

register_snippet(EventsMenuGroup)
hooks.register("register_admin_viewset", CalendarImportViewSet)
