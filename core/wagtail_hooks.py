"""Admin styles and behaviour shared by every editor: translated fields, zone labels."""

from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from wagtail import hooks

EDITOR_SCRIPTS = ("core/admin/translations.js", "core/admin/time_zone.js")


@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("core/admin/editor.css")
    )


@hooks.register("insert_editor_js")
def editor_js():
    return format_html_join(
        "\n", '<script src="{}"></script>', ((static(path),) for path in EDITOR_SCRIPTS)
    )
