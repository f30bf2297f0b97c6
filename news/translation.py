from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Agreement, NewsArticlePage, NewsIndexPage, NewsKind


@register(NewsKind)
class NewsKindTranslation(TranslationOptions):
    fields = ("name",)


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsArticlePage)
class NewsArticlePageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body")


@register(Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("title", "place")
