"""Public addresses of the delegations: the private calendar feeds at secret URLs."""

from django.urls import path

from .output.feeds import feed

urlpatterns = [
    path("delegations/calendar/<str:token>.ics", feed, name="delegation_feed"),
]
