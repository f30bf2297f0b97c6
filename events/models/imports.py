"""One import of a calendar file: the file kept between preview and confirmation,
then the state and report of its saving (in the request or the background worker)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..enums import ImportState
from .sources import CalendarSource


class ImportRun(models.Model):
    # A random key: the preview's address names a file only its uploader may import.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        # Runs of a scheduled fetch have no user; a deleted user's runs stay as history.
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.ForeignKey(
        CalendarSource,
        verbose_name=_("calendar source"),
        on_delete=models.CASCADE,
        related_name="import_runs",
    )
    file_name = models.CharField(
        pgettext_lazy("calendar import", "file"), max_length=255, blank=True
    )
    # The uploaded file, kept until it is imported (then emptied).
    data = models.BinaryField(default=b"", editable=False)
    state = models.CharField(
        pgettext_lazy("calendar import", "state"),
        max_length=16,
        choices=ImportState,
        default=ImportState.PREVIEWED,
    )
    import_rest = models.BooleanField(
        _("import the rest when some events are refused"), default=False
    )
    # What the preview found, then what the import did (ImportReport.as_data()).
    report = models.JSONField(default=dict, editable=False)
    # The editor's language, for the messages the worker writes into the report.
    language = models.CharField(max_length=16, blank=True, editable=False)
    event_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    finished_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("calendar import")
        verbose_name_plural = _("calendar imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.source} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_finished(self):
        return self.state in (ImportState.DONE, ImportState.FAILED)

    def claim(self, state, *, import_rest):
        """Move a previewed run on, once: a second confirmation of the same preview
        finds nothing to claim and returns False."""
        claimed = ImportRun.objects.filter(
            pk=self.pk, state=ImportState.PREVIEWED
        ).update(state=state, import_rest=import_rest)
        if claimed:
            self.state, self.import_rest = state, import_rest
        return bool(claimed)

    def finish(self, state, report):
        self.state = state
        self.report = report
        self.data = b""
        self.finished_at = timezone.now()
        self.save(update_fields=["state", "report", "data", "finished_at"])
