"""Password guessing is throttled by django-axes: its store, its limit, its lockout page.

Django's login views report failures to axes through the auth signals; the page password
form is no Django login, so its view reports them to the same handler here.
"""

from axes.backends import AxesStandaloneBackend
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.shortcuts import render
from wagtail import views as wagtail_views


class ThrottlingBackend(AxesStandaloneBackend):
    """Axes' check of every login that comes over HTTP. A login without a request (a
    script's, a test client's ``login``) has no client to count, so it passes to the
    next backend instead of failing as Axes would."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """A page in the visitor's language saying how long to wait (axes' lockout callable)."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    response = render(
        request,
        "registration/locked_out.html",
        {"minutes": -(-seconds // 60)},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page password form, counting each wrong password as a failed login."""
    credentials = {"username": f"page-password:{page_id}"}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return lockout_response(request, credentials=credentials)
    response = wagtail_views.authenticate_with_password(
        request, page_view_restriction_id, page_id
    )
    # Wagtail redirects on the right password and shows the form again on a wrong one.
    if request.method == "POST" and response.status_code == 200:
        AxesProxyHandler.user_login_failed(
            sender=authenticate_with_password, credentials=credentials, request=request
        )
    return response
