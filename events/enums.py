from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    TENTATIVE = "tentative", _("Tentative")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")


class Frequency(models.TextChoices):
    DAILY = "DAILY", _("Daily")
    WEEKLY = "WEEKLY", _("Weekly")
    MONTHLY = "MONTHLY", _("Monthly")
    YEARLY = "YEARLY", _("Yearly")


class Weekday(models.TextChoices):
    MONDAY = "MO", pgettext_lazy("weekday", "Monday")
    TUESDAY = "TU", pgettext_lazy("weekday", "Tuesday")
    WEDNESDAY = "WE", pgettext_lazy("weekday", "Wednesday")
    THURSDAY = "TH", pgettext_lazy("weekday", "Thursday")
    FRIDAY = "FR", pgettext_lazy("weekday", "Friday")
    SATURDAY = "SA", pgettext_lazy("weekday", "Saturday")
    SUNDAY = "SU", pgettext_lazy("weekday", "Sunday")


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


class ImportState(models.TextChoices):
    """Where an import of a calendar file stands, from its preview to its report."""

    PREVIEWED = "previewed", _("Waiting for confirmation")
    QUEUED = "queued", _("Waiting for the background worker")
    RUNNING = "running", _("Importing")
    DONE = "done", pgettext_lazy("import", "Done")
    FAILED = "failed", pgettext_lazy("import", "Failed")
