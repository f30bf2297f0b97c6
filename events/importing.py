"""Events from an iCalendar file, such as a partner's export, created or updated by UID.

First a plan (the preview): every event is read and checked, and compared with the
site. An event changes only when the file has a newer version than the last import
of it (the source's SEQUENCE, then LAST-MODIFIED, kept apart from Kizuna's own), so
importing the same file twice changes nothing. An event an editor changed since its
import is kept, and reported as a conflict when the source changes it too; one with an
editor's unpublished draft is left as it is, with a note. With a
named source, an event gone from its file is cancelled. Then the plan is applied in
one transaction: all or nothing when some events are refused, or the rest. Texts go
into the default language.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext as _

from .enums import EventStatus
from .import_pages import publish_changed_events, publish_new_events
from .import_reading import (
    CalendarImportError,
    Refusal,
    named,
    parse_calendar,
    read_events,
)
from .import_report import ImportReport
from .models import EventPage
from .models.sources import IMPORTED_FIELDS, imported_fingerprint

__all__ = ["CalendarImportError", "ImportPlan", "import_calendar", "plan_import"]

# UIDs looked up per query (SQLite allows a few thousand parameters at most).
LOOKUP_BATCH = 500


@dataclass
class ImportPlan:
    """What importing a file would do; nothing is saved until ``apply``."""

    index: object
    source: object
    report: ImportReport
    creates: list = field(default_factory=list)
    # Live events changed in memory, each with its schedule_fingerprint() before.
    updates: list = field(default_factory=list)
    cancels: list = field(default_factory=list)

    @property
    def refusals(self):
        return self.report.refused

    def apply(self, *, user=None, import_rest=False):
        """Save the plan in one transaction; with refusals, only if ``import_rest``."""
        if self.refusals and not import_rest:
            raise CalendarImportError(self.refusals)
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            publish_new_events(self.index, self.creates, user=user)
            publish_changed_events([*self.updates, *self.cancels], user=user)
        return self.report


def import_calendar(data, index=None, *, source=None, user=None, import_rest=False):
    """Create, update and cancel the events of iCalendar ``data`` (bytes) under
    ``index``, or the index of ``source``; return the report."""
    plan = plan_import(data, index, source=source)
    return plan.apply(user=user, import_rest=import_rest)


def plan_import(data, index=None, *, source=None):
    """Read ``data`` and compare it with the site: the ImportPlan, saving nothing."""
    index = index or source.index
    report = ImportReport()
    calendar = parse_calendar(data, report)
    readings, refusals = read_events(calendar, report)
    plan = ImportPlan(index=index, source=source, report=report)
    report.refused = [str(refusal) for refusal in refusals]
    existing = _existing(reading.uid for reading in readings)
    # Categories and date changes are read only for the events the file changes.
    prefetch_related_objects(
        [
            event
            for reading in readings
            if (event := existing.get(reading.uid)) is not None
            and (event.source_dropped or _is_newer(reading, event))
        ],
        "categories",
        "date_changes",
    )
    for reading in readings:
        _plan_event(plan, reading, existing.get(reading.uid))
    if source is not None:
        in_file = {r.uid for r in readings} | {r.uid for r in refusals}
        _plan_cancellations(plan, in_file)
    return plan


def _existing(uids):
    uids, found = list(uids), {}
    for start in range(0, len(uids), LOOKUP_BATCH):
        found.update(
            EventPage.objects.filter(uid__in=uids[start : start + LOOKUP_BATCH])
            .select_related("source")
            .in_bulk(field_name="uid")
        )
    return found


def _plan_event(plan, reading, event):
    report = plan.report
    title = reading.fields["title"]
    if event is not None and event.source_id not in (
        None,
        getattr(plan.source, "pk", None),
    ):
        reason = _("the site has this UID from the calendar source “%(source)s”.")
        report.refused.append(
            str(Refusal(reading.uid, title, reason % {"source": event.source}))
        )
        return
    if (
        event is not None
        and not event.source_dropped
        and (not _is_newer(reading, event) or _says_the_same(reading, event))
    ):
        report.unchanged.append(event.title)
        return
    if event is not None and event.has_local_changes():
        report.conflicts.append(
            named(
                event.title,
                reading.uid,
                _(
                    "edited on the site since it was imported; the source changed it too."
                ),
            )
        )
        return
    if event is not None and event.has_unpublished_draft():
        _note_draft_kept(report, event)
        return
    created = event is None
    if created:
        event = EventPage(uid=reading.uid, sequence=reading.sequence, live=False)
    else:
        schedule_before = event.schedule_fingerprint()
    _copy_reading(event, reading, plan.source)
    try:
        event.clean_fields(exclude=_unimported_fields())
    except ValidationError as error:
        report.refused.append(
            str(Refusal(reading.uid, title, _validation_problem(error)))
        )
        return
    if created:
        plan.creates.append(event)
    else:
        plan.updates.append((event, schedule_before))
    (report.created if created else report.updated).append(event.title)


def _copy_reading(event, reading, source):
    """The file's values onto the page; Kizuna's SEQUENCE rises on its own when the
    schedule changes, the source's is kept beside it."""
    # Messages are in the reader's language, texts go into the site's default one.
    with translation.override(settings.LANGUAGE_CODE):
        for name, value in reading.fields.items():
            setattr(event, name, value)
    event.categories = reading.categories
    event.date_changes = reading.changes
    event.source = source or event.source
    event.source_sequence = reading.sequence
    event.source_modified = _aware(reading.modified)
    event.source_dropped = False
    event.source_fingerprint = _fingerprint_of(reading)


def _plan_cancellations(plan, in_file):
    """Cancel the source's live events that its file no longer has."""
    kept = (
        plan.source.events.live()
        .filter(source_dropped=False)
        .exclude(status=EventStatus.CANCELLED)
    )
    gone = [pk for pk, uid in kept.values_list("pk", "uid") if uid not in in_file]
    for event in EventPage.objects.filter(pk__in=gone).prefetch_related(
        "categories", "date_changes"
    ):
        if event.has_unpublished_draft():
            _note_draft_kept(plan.report, event)
            continue
        schedule_before = event.schedule_fingerprint()
        event.status = EventStatus.CANCELLED
        event.source_dropped = True
        event.source_fingerprint = event.imported_fingerprint()
        plan.cancels.append((event, schedule_before))
        plan.report.cancelled.append(event.title)


def _note_draft_kept(report, event):
    """Publishing the import would put the draft out of the page's latest revision:
    the editor's work is kept, and the event left as it is until they decide."""
    report.note(
        "draft",
        named(
            event.title,
            event.uid,
            _(
                "has an unpublished draft; not updated — publish or discard the "
                "draft, then import again."
            ),
        ),
    )


def _says_the_same(reading, event):
    """Whether a newer version of an event changes none of what an import writes, as
    when Kizuna's own feed comes back with its own SEQUENCE and LAST-MODIFIED."""
    return event.source_fingerprint == _fingerprint_of(reading)


def _fingerprint_of(reading):
    return imported_fingerprint(
        reading.fields,
        [category.pk for category in reading.categories],
        reading.changes,
    )


def _is_newer(reading, event):
    """Whether the file has a newer version than the last import (RFC 5546: SEQUENCE,
    then the time of the change). Events never imported compare with the site's own
    SEQUENCE and publication, where a later LAST-MODIFIED counts whatever SEQUENCE."""
    modified = _aware(reading.modified)
    if event.source_sequence is None:
        published = event.last_published_at
        return reading.sequence > event.sequence or bool(
            modified and published and modified > published
        )
    if reading.sequence != event.source_sequence:
        return reading.sequence > event.source_sequence
    known = event.source_modified
    return bool(modified and (known is None or modified > known))


def _aware(value):
    """LAST-MODIFIED written without a zone (some servers do) read as UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=datetime.UTC)


def _unimported_fields():
    # The venue comes from the site's own rows: no need to look it up again.
    imported = {*IMPORTED_FIELDS, "uid", "sequence"} - {"venue"}
    return [f.name for f in EventPage._meta.fields if f.name not in imported]


def _validation_problem(error):
    """The model's complaint, with the field it is about (by its translated name)."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(
        " ".join(messages)
        if name == NON_FIELD_ERRORS
        else f"{EventPage._meta.get_field(name).verbose_name}: {' '.join(messages)}"
        for name, messages in error.message_dict.items()
    )
