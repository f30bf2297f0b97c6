"""An import as an editor goes through it: a preview of the file, kept with the file
in an ImportRun; a confirmation, taken once; the saving, in the request or, for a
large file, by the background worker; and the report. Scheduled fetches of a source's
URL go the same way, importing what can be read."""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from .enums import ImportState
from .import_report import ImportReport
from .importing import CalendarImportError, plan_import
from .models import ImportRun


def preview(data, source, *, user, file_name=""):
    """Plan the import of ``data`` and keep file and plan for confirmation; raises
    CalendarImportError when the file holds no calendar at all."""
    plan = plan_import(data, source=source)
    report = plan.report
    return ImportRun.objects.create(
        user=user,
        source=source,
        file_name=file_name[:255],
        data=data,
        report=report.as_data(),
        event_count=len(plan.creates) + len(plan.updates) + len(plan.cancels),
        language=translation.get_language() or "",
    )


def confirm(run, *, import_rest):
    """Import a previewed run: now, or queued for the worker when it is large.
    Returns False when the run was already confirmed (a second submit)."""
    in_background = run.event_count > settings.KIZUNA_IMPORT_BACKGROUND_EVENTS
    state = ImportState.QUEUED if in_background else ImportState.RUNNING
    if not run.claim(state, import_rest=import_rest):
        return False
    if in_background:
        # Imported here: the tasks module imports this one.
        from .tasks import run_import

        transaction.on_commit(lambda: run_import.enqueue(str(run.pk)))
    else:
        execute(run)
    return True


def execute(run):
    """Save a confirmed run from its stored file, and record the report."""
    with translation.override(run.language or settings.LANGUAGE_CODE):
        ImportRun.objects.filter(pk=run.pk).update(state=ImportState.RUNNING)
        try:
            plan = plan_import(bytes(run.data), source=run.source)
            report = plan.apply(user=run.user, import_rest=run.import_rest)
        except CalendarImportError as error:
            report = ImportReport(refused=list(error.problems))
            run.finish(ImportState.FAILED, report.as_data())
            return
        except Exception:
            run.finish(
                ImportState.FAILED,
                ImportReport(refused=[_("The import stopped on an error.")]).as_data(),
            )
            raise
        run.finish(ImportState.DONE, report.as_data())


def import_fetched(data, source):
    """Import a file fetched from the source's URL, with no editor to ask: what can
    be read is imported, and the run records the rest."""
    run = ImportRun.objects.create(
        source=source,
        file_name=source.url[:255],
        data=data,
        state=ImportState.RUNNING,
        import_rest=True,
        language=settings.LANGUAGE_CODE,
    )
    execute(run)
    return run
