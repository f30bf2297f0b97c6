from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from directory.enums import Country


class Direction(models.TextChoices):
    JAPAN_TO_CAMBODIA = "jp_kh", _("Japan → Cambodia")
    CAMBODIA_TO_JAPAN = "kh_jp", _("Cambodia → Japan")
    OTHER = "other", _("Other")


class DelegationStatus(models.TextChoices):
    PLANNING = "planning", _("Planning")
    CONFIRMED = "confirmed", _("Confirmed")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", pgettext_lazy("delegation status", "Cancelled")


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Private to staff")
    PUBLIC_SUMMARY = "public_summary", _("Public summary")


class MemberRole(models.TextChoices):
    HEAD = "head", _("Head of delegation")
    MEMBER = "member", _("Member")
    INTERPRETER = "interpreter", _("Interpreter")
    STAFF = "staff", _("Staff")
    PRESS = "press", _("Press")


class Language(models.TextChoices):
    ENGLISH = "en", pgettext_lazy("language name", "English")
    JAPANESE = "ja", _("Japanese")
    KHMER = "km", _("Khmer")


class ItemKind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    COURTESY_CALL = "courtesy_call", _("Courtesy call")
    SITE_VISIT = "site_visit", _("Site visit")
    SIGNING = "signing", _("Signing ceremony")
    LECTURE = "lecture", _("Lecture or briefing")
    MEAL = "meal", _("Meal")
    PRESS = "press", _("Press")
    TRAVEL = "travel", _("Travel")
    ACCOMMODATION = "accommodation", _("Accommodation")
    FREE_TIME = "free_time", _("Free time")


# Kinds that are not appointments: nobody is kept waiting at odd hours or on a holiday.
NOT_APPOINTMENTS = frozenset(
    {ItemKind.TRAVEL, ItemKind.ACCOMMODATION, ItemKind.FREE_TIME}
)


class TravelMode(models.TextChoices):
    FLIGHT = "flight", _("Flight")
    SHINKANSEN = "shinkansen", _("Shinkansen")
    TRAIN = "train", _("Train")
    CAR = "car", _("Car")
    BUS = "bus", _("Bus")


class City(models.TextChoices):
    """The places of the exchange's itineraries. Values are the English names, so a
    venue whose English city name is one of them is in that city."""

    TOKYO = "Tokyo", _("Tokyo")
    NARITA = "Narita", _("Tokyo Narita Airport")
    HANEDA = "Haneda", _("Tokyo Haneda Airport")
    NAGANO = "Nagano", _("Nagano")
    SHIMONOSEKI = "Shimonoseki", _("Shimonoseki")
    UBE = "Ube", _("Yamaguchi Ube Airport")
    PHNOM_PENH = "Phnom Penh", _("Phnom Penh")
    SIEM_REAP = "Siem Reap", _("Siem Reap")
    SIHANOUKVILLE = "Sihanoukville", _("Sihanoukville")


# Each city's country and IANA zone.
CITY_PLACES = {
    City.TOKYO: (Country.JAPAN, "Asia/Tokyo"),
    City.NARITA: (Country.JAPAN, "Asia/Tokyo"),
    City.HANEDA: (Country.JAPAN, "Asia/Tokyo"),
    City.NAGANO: (Country.JAPAN, "Asia/Tokyo"),
    City.SHIMONOSEKI: (Country.JAPAN, "Asia/Tokyo"),
    City.UBE: (Country.JAPAN, "Asia/Tokyo"),
    City.PHNOM_PENH: (Country.CAMBODIA, "Asia/Phnom_Penh"),
    City.SIEM_REAP: (Country.CAMBODIA, "Asia/Phnom_Penh"),
    City.SIHANOUKVILLE: (Country.CAMBODIA, "Asia/Phnom_Penh"),
}


class ConflictKind(models.TextChoices):
    MEMBER_OVERLAP = "member_overlap", _("Member in two places")
    NO_TRAVEL = "no_travel", _("No travel between cities")
    TOO_LITTLE_TIME = "too_little_time", _("Too little time to travel")
    HOLIDAY = "holiday", _("Public holiday")
    OUTSIDE_DAYS = "outside_days", _("Outside the delegation's days")
    UNUSUAL_HOURS = "unusual_hours", _("Unusual hours")
    DOUBLE_BOOKED = "double_booked", _("Booked by another delegation")
