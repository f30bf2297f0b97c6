"""Panels of the event editor: the Repeat panel and its read-only preview."""

import datetime

from django.utils import timezone
from wagtail.admin.panels import MultiFieldPanel, Panel

from . import recurrence, time_display
from .rule_text import describe_rule


class RepeatPanel(MultiFieldPanel):
    """The repeat choices: open on a repeating event, collapsed on a single date."""

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def classes(self):
            repeats = bool(self.form["repeat"].value())
            return [*super().classes(), *([] if repeats else ["collapsed"])]


# The preview lists this many of the dates to come.
PREVIEW_DATES = 5


class RepeatPreviewPanel(Panel):
    """The saved repeat rule in words and its next dates; nothing for a single date.

    It shows what was saved, not what is being typed: a changed rule shows after saving.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/repeat_preview.html"

        def is_shown(self):
            return bool(self.instance.pk and self.instance.rrule)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            event = self.instance
            now = timezone.now()
            until = (
                event.series_end + datetime.timedelta(seconds=1)
                if event.series_end
                else now + datetime.timedelta(days=366 * recurrence.MAX_SERIES_YEARS)
            )
            coming = recurrence.occurrences(
                event,
                list(event.date_changes.all()),
                now,
                until,
                limit=PREVIEW_DATES,
            )
            context.update(
                description=describe_rule(event.rrule, event.start, event.zone),
                rule=event.rrule,
                dates=[time_display.describe(occurrence) for occurrence in coming],
            )
            return context
