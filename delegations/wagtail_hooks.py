from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .output.admin import DelegationOutputViewSet
from .viewsets import TravelTimeViewSet

register_snippet(TravelTimeViewSet)
hooks.register("register_admin_viewset", DelegationOutputViewSet)
