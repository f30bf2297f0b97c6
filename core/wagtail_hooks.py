"""Admin styles and behaviour shared by every editor: translated fields, zone labels,
and the page list's tags for missing translations."""

from django.forms.utils import flatatt
from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, pgettext
from wagtail import hooks
from wagtail.admin.widgets.button import BaseButton

from .translation_status import missing_translations

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


class MissingTranslationTag(BaseButton):
    """A status tag, not a button: Wagtail 8 lets hooks add buttons to each row of the page
    list but has no hook for its columns or status tags, and renders each button as a
    component, so this one renders Wagtail's own status tag."""

    template_name = "wagtailadmin/shared/status_tag.html"

    def __init__(self, missing):
        super().__init__(
            label=pgettext("page list tag", "%(language)s missing")
            % {"language": missing.language_code},
            priority=0,
        )
        self.explanation = gettext("Not yet in %(language)s: %(fields)s") % {
            "language": missing.language_name,
            "fields": ", ".join(missing.field_labels),
        }

    def get_context_data(self, parent_context):
        return {
            "label": self.label,
            "classname": "w-status--label",
            "attrs": flatatt({"title": self.explanation}),
        }


@hooks.register("register_page_listing_buttons")
def missing_translation_tags(page, user, next_url=None):
    return [MissingTranslationTag(missing) for missing in missing_translations(page)]
