"""Public addresses of the delegations app, mounted inside the language prefix."""

from django.urls import path

from . import views_public

app_name = "delegations_public"

urlpatterns = [
    path("delegations/<slug:slug>/", views_public.summary, name="summary"),
]
