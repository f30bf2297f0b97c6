"""Events from an iCalendar file, such as a partner's export, created or updated by UID.

All or nothing: every event is read and checked before anything is saved, and saving
runs in one transaction, so a broken file leaves the site as it was. An event already
on the site changes only when the file has a higher SEQUENCE or a later LAST-MODIFIED,
so importing the same file twice changes nothing. Texts go into the default language.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, ngettext_lazy
from wagtail.coreutils import find_available_slug

from core.languages import local_digits

from .import_reading import NOTE_KINDS as READING_NOTE_KINDS
from .import_reading import CalendarImportError, named, parse_calendar, read_events
from .models import EventPage

# Kinds of note, each counted when there are too many notes to list (the plural form
# picked by "number", "count" being that number in the reader's digits).
NOTE_KINDS = {
    "venue": ngettext_lazy(
        "%(count)s event names a venue the site does not have.",
        "%(count)s events name a venue the site does not have.",
        "number",
    ),
    "category": ngettext_lazy(
        "%(count)s category name matches none on the site.",
        "%(count)s category names match none on the site.",
        "number",
    ),
    **READING_NOTE_KINDS,
}
# A file of thousands of events may bring as many notes: list this many, count the rest.
NOTES_LISTED = 20


@dataclass
class ImportReport:
    """Titles of the events created, updated and left as they were, and notes on what
    was imported otherwise than the file says."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    note_kinds: Counter = field(default_factory=Counter)

    def note(self, kind, text):
        self.notes.append(text)
        self.note_kinds[kind] += 1

    def note_lines(self):
        """The notes to show: all of them, or, when more than NOTES_LISTED, a count of
        each kind, the first NOTES_LISTED and how many more there are."""
        if len(self.notes) <= NOTES_LISTED:
            return list(self.notes)
        more = len(self.notes) - NOTES_LISTED
        return [
            *(
                NOTE_KINDS[kind] % {"number": count, "count": local_digits(count)}
                for kind, count in self.note_kinds.most_common()
            ),
            *self.notes[:NOTES_LISTED],
            ngettext("And %(count)s more note.", "And %(count)s more notes.", more)
            % {"count": local_digits(more)},
        ]

    def summary(self):
        return _(
            "Created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d."
        ) % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
        }


def import_calendar(data, index, *, user=None):
    """Create or update the events of iCalendar ``data`` (bytes) under ``index``."""
    with translation.override(settings.LANGUAGE_CODE):
        report = ImportReport()
        calendar = parse_calendar(data, report)
        readings, refusals = read_events(calendar, report)
        if refusals:
            raise CalendarImportError([str(refusal) for refusal in refusals])
        with transaction.atomic():
            existing = EventPage.objects.in_bulk(
                [reading.uid for reading in readings], field_name="uid"
            )
            for reading in readings:
                _save(reading, existing.get(reading.uid), index, user, report)
    return report


def _save(reading, event, index, user, report):
    """Create the event, update it when the file is newer, or leave it."""
    if event is not None and not _is_newer(reading, event):
        report.unchanged.append(event.title)
        return
    created = event is None
    if created:
        event = EventPage(uid=reading.uid, live=False)
    for name, value in reading.fields.items():
        setattr(event, name, value)
    event.sequence = reading.sequence
    event.categories = reading.categories
    event.date_changes = reading.changes
    try:
        if created:
            event.slug = find_available_slug(
                index, slugify(event.title, allow_unicode=True)[:80] or "event"
            )
            index.add_child(instance=event)
        event.save_revision(user=user).publish(user=user)
    except ValidationError as error:
        raise CalendarImportError(
            [named(event.title, reading.uid, _validation_problem(error))]
        ) from error
    (report.created if created else report.updated).append(event.title)


def _is_newer(reading, event):
    """Whether the file has a newer version than the site (RFC 5546: SEQUENCE, then
    the time of the change). The site raises SEQUENCE on its own when a change moves
    the event, so a later LAST-MODIFIED counts whatever the SEQUENCE."""
    if reading.sequence > event.sequence:
        return True
    published = event.last_published_at
    return bool(reading.modified and published and reading.modified > published)


def _validation_problem(error):
    """The model's complaint, with the field it is about when it says."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(
        " ".join(messages)
        if name == NON_FIELD_ERRORS
        else f"{name}: {' '.join(messages)}"
        for name, messages in error.message_dict.items()
    )
