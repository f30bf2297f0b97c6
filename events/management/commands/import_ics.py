from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from core.validators import MaxFileSizeValidator
from events.importing import CalendarImportError, plan_import
from events.models import CalendarSource, EventIndexPage


class Command(BaseCommand):
    help = (
        "Create, update or cancel events from an iCalendar (.ics) file, matched by "
        "UID: importing the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The .ics file to import.")
        parser.add_argument(
            "--index",
            help="The event index page to add events under: its id or its slug.",
        )
        parser.add_argument(
            "--source",
            help=(
                "The calendar source the file comes from, by name (created under "
                "--index if new): events gone from its last file are cancelled."
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would be created, updated and cancelled; save nothing.",
        )
        parser.add_argument(
            "--import-rest",
            action="store_true",
            help="Import the events that can be read when others are refused.",
        )

    def handle(self, *args, file, index, source, dry_run, import_rest, **options):
        if not (index or source):
            raise CommandError("Give --index, --source or both.")
        index_page = self._index_page(index) if index else None
        source_row = self._source(source, index_page) if source else None
        data = self._read(file)
        try:
            plan = plan_import(data, index_page, source=source_row)
            report = plan.report if dry_run else plan.apply(import_rest=import_rest)
            for heading, titles in report.sections(done=not dry_run):
                for title in titles:
                    self.stdout.write(f"{heading}: {title}")
            for note in report.note_lines():
                self.stdout.write(self.style.WARNING(note))
        except CalendarImportError as error:
            raise CommandError("\n".join(error.problems)) from error
        self.stdout.write(self.style.SUCCESS(report.summary()))

    def _read(self, path):
        """The file's bytes, refused above the size the admin accepts."""
        try:
            with path.open("rb") as handle:
                MaxFileSizeValidator(settings.KIZUNA_IMPORT_MAX_BYTES)(File(handle))
                return handle.read()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error

    def _index_page(self, value):
        lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
        index_page = EventIndexPage.objects.filter(**lookup).first()
        if index_page is None:
            raise CommandError(f"No event index page has the id or slug “{value}”.")
        return index_page

    def _source(self, name, index_page):
        source = CalendarSource.objects.filter(name=name).first()
        if source is None:
            if index_page is None:
                raise CommandError(
                    f"No calendar source is called “{name}”: give --index to add it."
                )
            return CalendarSource.objects.create(name=name, index=index_page)
        if index_page is not None and source.index_id != index_page.pk:
            raise CommandError(f"The source “{name}” feeds another event index.")
        return source
