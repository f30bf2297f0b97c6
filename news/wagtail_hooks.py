from wagtail.snippets.models import register_snippet

from .views import NewsKindViewSet

register_snippet(NewsKindViewSet)
