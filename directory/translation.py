from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Organisation, Person, Venue


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "short_name")


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ("name", "role")


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("name", "address", "city")
