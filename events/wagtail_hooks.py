from wagtail.snippets.models import register_snippet

from .views import EventsMenuGroup

register_snippet(EventsMenuGroup)
