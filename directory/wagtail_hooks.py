from wagtail.snippets.models import register_snippet

from .views import DirectoryMenuGroup

register_snippet(DirectoryMenuGroup)
