"""Panels of the event editor: the Repeat panel and its preview."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import MultiFieldPanel, Panel

from . import recurrence, time_display
from .repeat_choices import RepeatChoicesForm
from .rule_text import describe_rule


class RepeatPanel(MultiFieldPanel):
    """The repeat choices: open on a repeating event, collapsed on a single date."""

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def classes(self):
            repeats = bool(self.form["repeat"].value())
            return [*super().classes(), *([] if repeats else ["collapsed"])]


# The preview lists this many of the dates to come.
PREVIEW_DATES = 5
# The fields whose values the preview reads as the editor changes them.
PREVIEWED_FIELDS = (
    *RepeatChoicesForm.REPEAT_FIELDS,
    "start",
    "end",
    "all_day",
    "time_zone",
    "venue",
)


def preview(event, changes, series_end):
    """What the preview shows of ``event``'s rule: its words (None when words cannot
    say all of it, then the rule itself) and the next dates, with ``changes`` made."""
    if not event.rrule:
        return {}
    now = timezone.now()
    until = (
        series_end + datetime.timedelta(seconds=1)
        if series_end
        else now + datetime.timedelta(days=366 * recurrence.MAX_SERIES_YEARS)
    )
    coming = recurrence.occurrences(event, changes, now, until, limit=PREVIEW_DATES)
    return {
        "description": describe_rule(event.rrule, event.start, event.zone),
        "rule": event.rrule,
        "dates": [time_display.describe(occurrence) for occurrence in coming],
    }


class RepeatPreviewPanel(Panel):
    """The rule in words and its next dates, redrawn as the editor changes the repeat
    choices or the times (events/static/events/admin/repeat_preview.js asks
    repeat_preview_view), and as saved when the editor opens the page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/repeat_preview_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            event = self.instance
            context.update(
                preview(event, list(event.date_changes.all()), event.series_end),
                url=reverse("events_repeat_preview"),
                page_id=event.pk or "",
                fields=list(PREVIEWED_FIELDS),
            )
            return context
