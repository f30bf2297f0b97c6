"""Admin styles and behaviour shared by every editor: translated fields, zone labels,
the page list's tags for missing translations, and "Add" after autosave."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.forms.utils import flatatt
from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, pgettext
from wagtail import hooks
from wagtail.admin.views.pages.edit import EditView
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


@hooks.register("before_create_page")
def continue_autosaved_draft(request, parent_page, page_class):
    """Wagtail 8's autosave creates the page from the "Add" form before the editor saves;
    an editor who goes back to "Add" and saves the same page would then be told its slug
    is taken. Their own never-published draft with that slug is the page they are
    writing, so the submitted form is saved to it, by the edit view, as a save there
    would be: nothing typed is lost and no second page appears. Autosave's own requests
    (JSON) and slugs of anyone else's or any published page keep Wagtail's refusal."""
    if request.method != "POST" or not request.accepts("text/html"):
        return None
    draft = _own_unpublished_draft(
        request.user, parent_page, page_class, request.POST.get("slug", "")
    )
    if draft is None:
        return None
    messages.info(
        request,
        gettext(
            "Your changes continued the draft autosave had already created for this "
            "page, instead of adding a second page."
        ),
    )
    return EditView.as_view()(request, page_id=draft.pk)


def _own_unpublished_draft(user, parent_page, page_class, slug):
    draft = (
        parent_page.get_children()
        .filter(
            slug=slug,
            content_type=ContentType.objects.get_for_model(page_class),
            owner=user,
            live=False,
            first_published_at__isnull=True,
        )
        .first()
    )
    if draft is None or draft.revisions.exclude(user=user).exists():
        return None
    return draft
