from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ExchangeProgrammeIndexPage, ExchangeProgrammePage


@register(ExchangeProgrammeIndexPage)
class ExchangeProgrammeIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ExchangeProgrammePage)
class ExchangeProgrammePageTranslation(TranslationOptions):
    fields = ("summary", "description")
