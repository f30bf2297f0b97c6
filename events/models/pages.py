import datetime
import uuid
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.fields import TimeZoneField
from core.routing import ViewRestrictionsInOneQuery
from core.seo import public_url
from core.visibility import public
from directory.models import Organisation, Venue

from .. import calendar_links, listing, recurrence, series
from ..entries import event_entry
from ..enums import EventStatus
from ..feeds import event_feed_response
from ..forms import EventPageForm
from ..panels import RepeatPanel, RepeatPreviewPanel
from ..querysets import EventPageManager
from ..repeat_choices import out_of_range_message
from .categories import EventCategory
from .feed_texts import EventFeedText
from .sources import SourceTracking


def new_uid():
    return f"{uuid.uuid4()}@kizuna"


class EventPage(ViewRestrictionsInOneQuery, RoutablePageMixin, SourceTracking, Page):
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences for lists and feeds.")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        # Deleting a venue must not delete the events held there.
        on_delete=models.SET_NULL,
        related_name="events",
    )
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
    )
    categories = ParentalManyToManyField(
        EventCategory, blank=True, verbose_name=_("categories"), related_name="events"
    )
    all_day = models.BooleanField(_("all day"), default=False)
    # Aware instants (UTC in the database); an all-day event runs from local midnight of
    # its first day to local midnight after its last day.
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    time_zone = TimeZoneField(
        _("time zone"),
        blank=True,
        help_text=_(
            "Times are entered and shown in this zone; leave empty to use the venue's."
        ),
    )
    status = models.CharField(
        pgettext_lazy("event", "status"),
        max_length=16,
        choices=EventStatus,
        default=EventStatus.CONFIRMED,
    )
    status_note = models.CharField(
        _("note on the status"),
        max_length=255,
        blank=True,
        help_text=_("Shown to visitors, for example why the event was postponed."),
    )
    cancelled_at = models.DateTimeField(
        _("cancelled at"), null=True, blank=True, editable=False
    )
    online_url = models.URLField(_("online link"), blank=True)
    rrule = models.CharField(
        _("repeat rule"), max_length=255, blank=True, editable=False
    )
    series_end = models.DateTimeField(null=True, blank=True, editable=False)
    uid = models.CharField(
        _("calendar UID"), max_length=255, unique=True, default=new_uid, editable=False
    )
    sequence = models.PositiveIntegerField(
        _("calendar sequence"), default=0, editable=False
    )
    # When a venue, organiser or category edit last changed what feeds say of this
    # event (its own publications are last_published_at): feeds' Last-Modified.
    shown_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    base_form_class = EventPageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("venue"), FieldPanel("time_zone")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            ],
            heading=_("When and where"),
        ),
        RepeatPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel(
                    [FieldPanel("repeat_interval"), FieldPanel("repeat_weekdays")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("repeat_week_of_month"),
                        FieldPanel("repeat_monthly_weekday"),
                    ]
                ),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                RepeatPreviewPanel(),
            ],
            heading=_("Repeat"),
        ),
        InlinePanel(
            "date_changes", heading=_("Changes to single dates"), label=_("Date change")
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_note")],
            heading=pgettext_lazy("event", "Status"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("online_url"),
            ],
            heading=_("Details"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    objects = EventPageManager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Listings read events in date order and stop after a page.
        indexes = [models.Index(fields=["start"], name="events_start_idx")]

    @path("")
    def event_page(self, request):
        return self.render(request)

    @re_path(r"^event\.ics/?$", name="ics")
    def ics(self, request):
        """This event alone, to add to a calendar."""
        return event_feed_response(request, self, texts=EventFeedText.objects)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone or "UTC")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The shown date, the dates to come and the series end each read the changes.
        prefetch_related_objects([self], "date_changes")
        now = timezone.now()
        shown, _coming = listing.event_dates(self, now)
        # A series with an end lists its dates to that end, however far.
        until = (
            self.series_end + datetime.timedelta(seconds=1)
            if self.series_end
            else now + listing.UPCOMING_HORIZON
        )
        coming = series.dates_to_come(self, now, until, listing.EVENT_PAGE_DATES)
        page_url = public_url(request, self.get_url(request))
        context.update(
            query=listing.CalendarQuery.from_query(request.GET, timezone.localdate()),
            shown_date=shown,
            coming_dates=coming.listed,
            more_dates=coming.more_text(),
            series_end=series.series_end_text(self),
            programme=listing.programme(self),
            related_articles=self.related_articles(),
            ics_url=self.get_url(request) + self.reverse_subpage("ics"),
            feed_url=self.get_parent().specific.feed_url(request),
        )
        offered = self.date_to_add(shown, coming.listed)
        context["add_to_calendar"] = (
            "postponed" if self.status == EventStatus.POSTPONED else offered
        )
        if offered:
            context.update(
                google_calendar_url=calendar_links.google_calendar_url(
                    offered, page_url
                ),
                outlook_calendar_url=calendar_links.outlook_calendar_url(
                    offered, page_url
                ),
            )
        return context

    def date_to_add(self, shown, coming):
        """The date "Add to calendar" offers: the next one not cancelled, or the one
        shown; None when the event is cancelled or postponed, as its dates are obsolete."""
        if self.status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
            return None
        candidates = [
            occurrence for occurrence in coming if not occurrence.is_cancelled
        ]
        if shown and not shown.is_cancelled:
            candidates.append(shown)
        return candidates[0] if candidates else None

    # The relations search_result_facts reads, fetched once for a page of results.
    search_result_related = ("venue", "categories", "date_changes")
    # Shown on every view of the event; core.routing joins them when routing to it,
    # and fetches those of route_prefetch_related with it.
    route_select_related = ("venue", "organiser")

    @classmethod
    def route_prefetch_related(cls):
        articles = cls._meta.get_field("news_articles").related_model
        return (
            "categories",
            "date_changes",
            Prefetch(
                "news_articles",
                queryset=cls.public_articles(articles.objects.all()),
                to_attr="public_related_articles",
            ),
        )

    def search_result_facts(self):
        """Date, place and categories shown beside the title in site search results."""
        shown, _coming = listing.event_dates(self, timezone.now())
        place = f"{self.venue.name}, {self.venue.city}" if self.venue else _("Online")
        when = shown.start.astimezone(self.zone).date() if shown else None
        return [when, place, *(category.name for category in self.categories.all())]

    @property
    def location(self):
        """Where the event is, on one line, as calendar apps show it."""
        venue = self.venue
        if venue is None:
            return self.online_url
        return ", ".join(
            part for part in (venue.name, venue.address, venue.city) if part
        )

    def related_articles(self):
        """Live, public news that names this event, newest first.

        News sits above the calendar and holds the link; its reverse accessor
        (``news_articles``) lets the event list them without importing news.
        """
        if self.pk is None:
            return []
        if hasattr(self, "public_related_articles"):  # fetched when routed to the page
            return self.public_related_articles
        return self.public_articles(self.news_articles.all())

    @staticmethod
    def public_articles(articles):
        return (
            public(articles.live())
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")
        )

    def calendar_entry(self, url):
        """This event as the iCalendar builder reads it (``url``: its page, absolute)."""
        return event_entry(self, url)

    def occurrences(self, window_start=None, window_end=None):
        """The dates overlapping the window; without one, the whole series (an endless
        series for a year from its start)."""
        if window_start is None:
            window_start = self.start
        if window_end is None:
            window_end = (
                self.series_end or self.start + listing.UPCOMING_HORIZON
            ) + datetime.timedelta(seconds=1)
        return recurrence.occurrences(
            self, list(self.date_changes.all()), window_start, window_end
        )

    def clean(self):
        super().clean()
        if not self.time_zone and self.venue:
            self.time_zone = self.venue.time_zone
        if not self.time_zone:
            raise ValidationError({"time_zone": _("Choose a venue or a time zone.")})
        for name in ("start", "end"):
            value = getattr(self, name)
            if value and not recurrence.is_in_calendar_range(value):
                raise ValidationError({name: out_of_range_message()})
        # RFC 5545: a start without an end ends when it starts (imported events);
        # the editor's form asks for an end after the start.
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must be after the start.")})

    def schedule_fingerprint(self):
        """What subscribers' calendars hold of this event: a change here bumps SEQUENCE."""
        changes = sorted(
            (c.kind, str(c.occurrence_date), str(c.new_start), c.note)
            for c in self.date_changes.all()
        )
        return (
            self.start,
            self.end,
            self.all_day,
            self.time_zone,
            self.venue_id,
            self.status,
            self.rrule,
            tuple(changes),
        )

    def save(self, *args, **kwargs):
        # Drafts save only revision bookkeeping (update_fields); a full save is what
        # visitors and subscribers see, so only a full save updates the schedule state.
        if kwargs.get("update_fields") is None:
            self.series_end = recurrence.series_end(self, list(self.date_changes.all()))
            self.cancelled_at = (
                (self.cancelled_at or timezone.now())
                if self.status == EventStatus.CANCELLED
                else None
            )
            self._advance_sequence()
        super().save(*args, **kwargs)

    def _advance_sequence(self):
        """Bump SEQUENCE when a published change moves time, place, status or recurrence."""
        previous = EventPage.objects.filter(pk=self.pk).first() if self.pk else None
        if previous is None or previous.first_published_at is None:
            return
        self.sequence = max(self.sequence, previous.sequence)
        if self.live and previous.schedule_fingerprint() != self.schedule_fingerprint():
            self.sequence += 1


# Snippets whose edits change what a calendar feed says of the events using them,
# with the field of EventPage that points to them.
FEED_SNIPPETS = (
    (Venue, "venue"),
    (Organisation, "organiser"),
    (EventCategory, "categories"),
)
