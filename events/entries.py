"""An event page described as a plain calendar entry, for the one iCalendar builder."""

from email.utils import parseaddr

from django.conf import settings

from .ical import CalendarEntry, DateChange, Organizer


def event_entry(event, url):
    """``event`` (a page with venue, organiser, categories and date changes fetched) as
    a CalendarEntry; ``url`` is its page's absolute address in the active language."""
    venue = event.venue
    has_geo = venue and venue.latitude is not None and venue.longitude is not None
    return CalendarEntry(
        uid=event.uid,
        sequence=event.sequence,
        title=event.title,
        summary=event.summary,
        url=url,
        start=event.start,
        end=event.end,
        zone=event.zone,
        all_day=event.all_day,
        rrule=event.rrule,
        changes=tuple(
            DateChange(
                kind=change.kind,
                occurrence_date=change.occurrence_date,
                new_start=change.new_start,
                note=change.note,
            )
            for change in event.date_changes.all()
        ),
        status=event.status,
        status_note=event.status_note,
        location=event.location,
        geo=(float(venue.latitude), float(venue.longitude)) if has_geo else None,
        categories=tuple(category.name for category in event.categories.all()),
        organizer=organizer(event.organiser),
        created=event.first_published_at,
        last_modified=event.last_published_at,
    )


def organizer(organisation):
    """The organisation's public name and address; the site's sender address when it
    has none, since a published calendar's events each need an ORGANIZER (RFC 5546)."""
    site_name, site_address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if organisation is None:
        return Organizer(
            name=site_name or settings.WAGTAIL_SITE_NAME, email=site_address
        )
    return Organizer(name=organisation.name, email=organisation.email or site_address)
