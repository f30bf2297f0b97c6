from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import EventCategory, EventDateChange, EventIndexPage, EventPage


@register(EventCategory)
class EventCategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("summary", "body", "status_note")


@register(EventDateChange)
class EventDateChangeTranslation(TranslationOptions):
    fields = ("note",)
