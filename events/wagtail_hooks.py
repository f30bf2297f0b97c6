from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import CalendarImportViewSet
from .views import EventsMenuGroup

register_snippet(EventsMenuGroup)
hooks.register("register_admin_viewset", CalendarImportViewSet)
