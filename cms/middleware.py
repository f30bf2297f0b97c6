"""The project's middleware: its Content-Security-Policy and Permissions-Policy headers,
and Django's locale middleware without its redirect of unknown languages."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The public policy from settings, and a relaxed one for the Wagtail admin, whose
    pages carry inline scripts of Wagtail's own."""

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


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except for a path in a language the site does not have (/fr/…): Django
    would redirect it to /en/fr/…, which does not exist either; it is a 404 where it is."""

    def process_response(self, request, response):
        if response.status_code == 404 and names_a_missing_language(request.path_info):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


def names_a_missing_language(path):
    first_segment = path.lstrip("/").split("/", 1)[0].lower()
    return first_segment in LANG_INFO and first_segment not in dict(settings.LANGUAGES)
