from django.db import models
from django.utils.translation import gettext_lazy as _


class EventStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    TENTATIVE = "tentative", _("Tentative")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class Frequency(models.TextChoices):
    DAILY = "DAILY", _("Daily")
    WEEKLY = "WEEKLY", _("Weekly")
    MONTHLY = "MONTHLY", _("Monthly")
    YEARLY = "YEARLY", _("Yearly")


class Weekday(models.TextChoices):
    MONDAY = "MO", _("Monday")
    TUESDAY = "TU", _("Tuesday")
    WEDNESDAY = "WE", _("Wednesday")
    THURSDAY = "TH", _("Thursday")
    FRIDAY = "FR", _("Friday")
    SATURDAY = "SA", _("Saturday")
    SUNDAY = "SU", _("Sunday")


class WeekOfMonth(models.IntegerChoices):
    """For monthly events on a weekday: "the second Saturday of each month"."""

    FIRST = 1, _("First")
    SECOND = 2, _("Second")
    THIRD = 3, _("Third")
    FOURTH = 4, _("Fourth")
    LAST = -1, _("Last")


class DateChangeKind(models.TextChoices):
    """What an editor does to one date of a repeating event."""

    SKIP = "skip", _("Skip this date")
    ADD = "add", _("Add an extra date")
    CANCEL = "cancel", _("Cancel this date (stays visible, marked cancelled)")
    MOVE = "move", _("Move this date")
