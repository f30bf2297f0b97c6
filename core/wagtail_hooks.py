"""Admin styles and behaviour shared by every page and snippet with translated fields."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def translated_fields_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("core/admin/translations.css")
    )


@hooks.register("insert_editor_js")
def translated_fields_js():
    return format_html(
        '<script src="{}"></script>', static("core/admin/translations.js")
    )
