from wagtail.snippets.models import register_snippet

from .viewsets import TravelTimeViewSet

register_snippet(TravelTimeViewSet)
