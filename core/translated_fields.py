"""How modeltranslation's per-language fields look in every form (pages and snippets).

Modeltranslation copies a field's help text to each language's field, so the editor reads
it three times; it is kept on the default language's field only. The other languages'
text inputs get a placeholder saying that the English text shows while they are empty.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.fields import TranslationField
from modeltranslation.translator import translator


def placeholder_for_fallback():
    return _("Empty: the English text is shown")


def quiet_translated_fields():
    """Set up every registered translation field once (called when apps are ready)."""
    for model in translator.get_registered_models():
        for field in model._meta.get_fields():
            is_other_language = (
                isinstance(field, TranslationField)
                and field.language != mt_settings.DEFAULT_LANGUAGE
            )
            if is_other_language and field.model is model:
                field.help_text = ""
                _with_placeholder(field)


def _with_placeholder(field):
    original = field.formfield

    def formfield(**kwargs):
        form_field = original(**kwargs)
        if form_field is not None and isinstance(
            form_field.widget, forms.TextInput | forms.Textarea
        ):
            form_field.widget.attrs.setdefault(
                "placeholder", placeholder_for_fallback()
            )
        return form_field

    field.formfield = formfield
