"""What an import of a calendar file would do (its preview) or did: the events created,
updated, cancelled, left as they were, in conflict and refused, and notes."""

from collections import Counter
from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import (
    gettext_lazy,
    ngettext,
    ngettext_lazy,
    pgettext_lazy,
)

from core.languages import local_digits

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
    # An event left to its editor's draft (importing); also counted in the summary.
    "draft": ngettext_lazy(
        "%(count)s event has an unpublished draft and was not updated.",
        "%(count)s events have an unpublished draft and were not updated.",
        "number",
    ),
    # And those that reading the file makes (import_reading).
    "untitled": ngettext_lazy(
        "%(count)s event has no title.", "%(count)s events have no title.", "number"
    ),
    "derived-uid": ngettext_lazy(
        "%(count)s event has no UID.", "%(count)s events have no UID.", "number"
    ),
    "repeated": ngettext_lazy(
        "%(count)s property is written more than once.",
        "%(count)s properties are written more than once.",
        "number",
    ),
    "length": ngettext_lazy(
        "%(count)s single date lasts otherwise than its series.",
        "%(count)s single dates last otherwise than their series.",
        "number",
    ),
    "floating": ngettext_lazy(
        "%(count)s event has times without a time zone.",
        "%(count)s events have times without a time zone.",
        "number",
    ),
    "encoding": ngettext_lazy(
        "%(count)s file is not in UTF-8.", "%(count)s files are not in UTF-8.", "number"
    ),
    "newest": ngettext_lazy(
        "%(count)s event is in the file more than once.",
        "%(count)s events are in the file more than once.",
        "number",
    ),
}
# A file of thousands of events may bring as many notes: list this many, count the rest.
NOTES_LISTED = 20

# Each list of the report, with its heading in a preview and after the import.
SECTIONS = (
    ("created", gettext_lazy("To create"), pgettext_lazy("calendar import", "Created")),
    ("updated", gettext_lazy("To update"), pgettext_lazy("calendar import", "Updated")),
    (
        "cancelled",
        gettext_lazy("To cancel: gone from the source's file"),
        gettext_lazy("Cancelled: gone from the source's file"),
    ),
    (
        "conflicts",
        gettext_lazy(
            "Changed on the site and by the source: the site's version is kept"
        ),
        gettext_lazy(
            "Changed on the site and by the source: the site's version was kept"
        ),
    ),
    (
        "refused",
        pgettext_lazy("calendar import", "Refused"),
        pgettext_lazy("calendar import", "Refused"),
    ),
    (
        "unchanged",
        pgettext_lazy("calendar import", "Unchanged"),
        pgettext_lazy("calendar import", "Unchanged"),
    ),
)


@dataclass
class ImportReport:
    """Titles per outcome (refusals and conflicts with their reason), and notes on
    what was imported otherwise than the file says."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    cancelled: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    refused: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    note_kinds: Counter = field(default_factory=Counter)

    def note(self, kind, text):
        self.notes.append(text)
        self.note_kinds[kind] += 1

    def as_data(self):
        """The report as JSON can hold it (for an ImportRun)."""
        return {**asdict(self), "note_kinds": dict(self.note_kinds)}

    @classmethod
    def from_data(cls, data):
        return cls(**{**data, "note_kinds": Counter(data.get("note_kinds", {}))})

    def sections(self, *, done):
        """(heading, titles) of each outcome that has events, in reading order."""
        return [
            (done_heading if done else preview_heading, getattr(self, name))
            for name, preview_heading, done_heading in SECTIONS
            if getattr(self, name)
        ]

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
        counts = _(
            "Created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d."
        ) % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
        }
        more = {
            "cancelled": len(self.cancelled),
            "conflicts": len(self.conflicts),
            "refused": len(self.refused),
        }
        parts = [counts]
        if any(more.values()):
            parts.append(
                _(
                    "Cancelled: %(cancelled)d, in conflict: %(conflicts)d, "
                    "refused: %(refused)d."
                )
                % more
            )
        if drafts := self.note_kinds["draft"]:
            parts.append(
                NOTE_KINDS["draft"] % {"number": drafts, "count": local_digits(drafts)}
            )
        return " ".join(parts)
