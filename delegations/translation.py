from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Delegation, ItineraryItem


@register(Delegation)
class DelegationTranslation(TranslationOptions):
    fields = ("name", "purpose")


@register(ItineraryItem)
class ItineraryItemTranslation(TranslationOptions):
    fields = ("title", "public_description")
