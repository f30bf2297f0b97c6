"""Each published event's VEVENTs as the feeds give them, serialised when it changes.

A feed then joins stored text (ical.joined_calendar) instead of building thousands of
VEVENTs on each request. Titles and categories are translated and the page's address
has the language and the public host in it, so there is one text per event, language
and origin (KIZUNA_PUBLIC_BASE_URL, or the host a feed was asked on). The text is
refreshed when the event is published, and dropped then stored again by the background
worker when a venue, organisation or category it shows is edited (events.feed_refresh);
a text missing for an origin is built by the first feed that needs it.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.db import models
from django.utils import translation
from wagtail.models import Site

from ..ical import SerializedEntry, serialize_entry

# Events serialised per query: their relations are fetched once for the batch.
BATCH = 500


def canonical_origin():
    """Where visitors are sent when no request says: the public base address, else
    the default site's."""
    if settings.KIZUNA_PUBLIC_BASE_URL:
        return settings.KIZUNA_PUBLIC_BASE_URL
    site = Site.objects.filter(is_default_site=True).first()
    return f"{site.root_url}/" if site else ""


def request_origin(request):
    """The origin public_url gives this request's links."""
    return settings.KIZUNA_PUBLIC_BASE_URL or request.build_absolute_uri("/")


class EventFeedTextQuerySet(models.QuerySet):
    def refresh(self, events, *, now=None):
        """Serialise ``events`` (a queryset of EventPages) again in every language for
        every origin already stored and the canonical one. An event whose text changed
        records when (``shown_changed_at``) unless it was just published, which its
        ``last_published_at`` says."""
        origins = {
            canonical_origin(),
            *self.values_list("origin", flat=True).distinct(),
        }
        origins.discard("")
        languages = [code for code, _name in settings.LANGUAGES]
        for batch in _batches(events):
            ids = [event.pk for event in batch]
            before = {
                (event_id, language, origin): text
                for event_id, language, origin, text in self.filter(
                    event_id__in=ids
                ).values_list("event_id", "language", "origin", "text")
            }
            rows = [
                row
                for origin in sorted(origins)
                for language in languages
                for row in _serialised(batch, language, origin)
            ]
            moved = {
                row.event_id
                for row in rows
                if before.get((row.event_id, row.language, row.origin), row.text)
                != row.text
            }
            # Upserted: a feed may be storing a missing text of the same event.
            self.bulk_create(
                rows,
                batch_size=BATCH,
                update_conflicts=True,
                unique_fields=["event", "language", "origin"],
                update_fields=["text", "tzids"],
            )
            if moved and now is not None:
                events.model.objects.filter(pk__in=moved).update(shown_changed_at=now)

    def forget(self, events, now):
        """Drop the stored texts of ``events`` (a queryset) and record that what they
        show changed at ``now``: feeds build their VEVENTs afresh, under a new version,
        until ``refresh`` stores them again. A few queries, whatever their number."""
        selected = events.values("pk")
        self.filter(event_id__in=selected).delete()
        events.model.objects.filter(pk__in=selected).update(shown_changed_at=now)

    def for_feed(self, events, request):
        """The SerializedEntry of each of ``events`` (a queryset) in the active
        language for the request's origin, in the order of feeds (start, then page),
        serialising any missing first.

        Read from this side: EventPage's translated manager makes each row it gives
        a dictionary of every language, which costs more than the row's text."""
        language, origin = translation.get_language(), request_origin(request)
        copies = self.filter(language=language, origin=origin)
        selected = events.values("pk")
        missing = events.model.objects.filter(pk__in=selected).exclude(
            pk__in=copies.values("event_id")
        )
        for batch in _batches(missing):
            self.bulk_create(
                _serialised(batch, language, origin, request),
                batch_size=BATCH,
                ignore_conflicts=True,
            )
        return [
            SerializedEntry(text=text, tzids=tuple(tzids.split()))
            for text, tzids in copies.filter(event_id__in=selected)
            .order_by("event__start", "event_id")
            .values_list("text", "tzids")
        ]


def _batches(events):
    """``events`` with what serialising reads fetched (not their bodies, which no
    VEVENT carries), BATCH at a time."""
    ids = list(events.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        yield list(
            events.model.objects.filter(pk__in=ids[start : start + BATCH])
            .defer_streamfields()
            .select_related("venue", "organiser")
            .prefetch_related("categories", "date_changes")
            .order_by("pk")
        )


def _serialised(events, language, origin, request=None):
    """Unsaved EventFeedTexts of ``events`` in ``language`` for ``origin``."""
    with translation.override(language):
        rows = []
        for event in events:
            entry = serialize_entry(
                event.calendar_entry(urljoin(origin, event.get_url(request)))
            )
            rows.append(
                EventFeedText(
                    event=event,
                    language=language,
                    origin=origin,
                    text=entry.text,
                    tzids=" ".join(entry.tzids),
                )
            )
        return rows


class EventFeedText(models.Model):
    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="feed_texts"
    )
    language = models.CharField(max_length=8)
    # An absolute address ending in "/": the page's URL in the text is joined to it.
    origin = models.CharField(max_length=255)
    text = models.TextField()
    # The TZIDs the text uses, separated by spaces.
    tzids = models.CharField(max_length=255, blank=True)

    objects = EventFeedTextQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["event", "language", "origin"], name="one_feed_text_per_copy"
            )
        ]
