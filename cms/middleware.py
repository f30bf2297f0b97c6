"""Response headers the whole site shares: its Content-Security-Policy and Permissions-Policy."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The public policy from settings, and a relaxed one for the Wagtail admin, whose
    editors run inline scripts and styles of Wagtail's own."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin(request):
            parts.config = settings.KIZUNA_ADMIN_CONTENT_SECURITY_POLICY
        return parts


def is_admin(request):
    return request.path_info.startswith(reverse("wagtailadmin_home"))


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.KIZUNA_PERMISSIONS_POLICY)
        return response
