"""Partners' calendars imported again and again, and what each event keeps of them."""

import datetime
import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from ..source_addresses import AddressRefused, check_url

# How often a source with a URL is fetched unless its editor says otherwise.
DEFAULT_FETCH_HOURS = 24


class CalendarSource(models.Model):
    """A partner's calendar (a ministry's, a school's) that feeds one event index.

    Each import of its file is compared with the last: events gone from the file are
    cancelled. With a URL, the task worker fetches the file on a schedule.
    """

    name = models.CharField(_("name"), max_length=255, unique=True)
    index = models.ForeignKey(
        "events.EventIndexPage",
        verbose_name=_("event index"),
        # The source only makes sense for the calendar it feeds.
        on_delete=models.CASCADE,
        related_name="calendar_sources",
    )
    url = models.URLField(
        _("calendar address"),
        blank=True,
        help_text=_(
            "An https address of the partner's .ics file, fetched on a schedule. "
            "Leave empty to upload its files by hand."
        ),
    )
    fetch_every_hours = models.PositiveSmallIntegerField(
        _("fetch every (hours)"), default=DEFAULT_FETCH_HOURS
    )
    last_fetched_at = models.DateTimeField(
        _("last fetched at"), null=True, blank=True, editable=False
    )
    last_status = models.TextField(_("last fetch"), blank=True, editable=False)
    # Set when a fetch is queued, so a cron run does not queue it twice.
    next_fetch_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("index"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("url"), FieldPanel("fetch_every_hours")])],
            heading=_("Fetch on a schedule"),
        ),
    ]

    class Meta:
        verbose_name = _("calendar source")
        verbose_name_plural = _("calendar sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        # Checked again at each fetch: the name may resolve elsewhere by then.
        if self.url:
            try:
                check_url(self.url)
            except AddressRefused as error:
                raise ValidationError({"url": str(error)}) from error

    @property
    def fetch_interval(self):
        return datetime.timedelta(hours=max(self.fetch_every_hours, 1))

    @classmethod
    def due_for_fetch(cls, now):
        return cls.objects.exclude(url="").filter(
            models.Q(next_fetch_at__isnull=True) | models.Q(next_fetch_at__lte=now)
        )

    def record_fetch(self, status):
        self.last_fetched_at = timezone.now()
        self.last_status = status
        self.save(update_fields=["last_fetched_at", "last_status"])


class SourceTracking(models.Model):
    """What an imported event keeps of its source, apart from Kizuna's own SEQUENCE:
    the source's SEQUENCE and LAST-MODIFIED (to tell a newer version), and a
    fingerprint of what the import wrote (to tell an editor's local change)."""

    source = models.ForeignKey(
        CalendarSource,
        verbose_name=_("calendar source"),
        null=True,
        blank=True,
        # Deleting a source keeps its events, no longer kept in step.
        on_delete=models.SET_NULL,
        related_name="events",
        editable=False,
    )
    source_sequence = models.PositiveIntegerField(null=True, editable=False)
    source_modified = models.DateTimeField(null=True, editable=False)
    source_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # Cancelled because the source's last file no longer had it.
    source_dropped = models.BooleanField(default=False, editable=False)

    class Meta:
        abstract = True

    def imported_fingerprint(self):
        """The fingerprint of this event's imported fields as they are now (texts
        in the site's default language, where imports write them)."""
        with translation.override(settings.LANGUAGE_CODE):
            fields = {
                name: getattr(self, name) for name in IMPORTED_FIELDS if name != "venue"
            }
        # The venue by its key (compared by it), without fetching it.
        fields["venue"] = self.venue_id
        return imported_fingerprint(
            fields,
            [category.pk for category in self.categories.all()],
            self.date_changes.all(),
        )

    def has_unpublished_draft(self):
        """Whether an editor saved a draft of this live event without publishing it,
        which publishing anything else would bury in its history."""
        return self.live and self.has_unpublished_changes

    def has_local_changes(self):
        """Whether an editor changed what the last import wrote."""
        return bool(self.source_fingerprint) and (
            self.imported_fingerprint() != self.source_fingerprint
        )


# The fields an import writes (besides categories and date changes).
IMPORTED_FIELDS = (
    "title",
    "summary",
    "venue",
    "time_zone",
    "all_day",
    "start",
    "end",
    "status",
    "status_note",
    "rrule",
)


def imported_fingerprint(fields, category_ids, changes):
    """A digest of imported values, equal for equal events whatever their origin."""
    values = [
        *(_comparable(fields[name]) for name in IMPORTED_FIELDS),
        ",".join(str(pk) for pk in sorted(category_ids)),
        *sorted(
            f"{c.kind} {c.occurrence_date} {_comparable(c.new_start)} {c.note}"
            for c in changes
        ),
    ]
    return hashlib.sha256("\x1f".join(values).encode()).hexdigest()


def _comparable(value):
    """A value as text, the same before saving and after reading back: instants in
    UTC, related rows by primary key."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, models.Model):
        return str(value.pk)
    return str(value)
