from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.importing import CalendarImportError, import_calendar
from events.models import EventIndexPage


class Command(BaseCommand):
    help = (
        "Create or update events from an iCalendar (.ics) file, matched by UID: "
        "importing the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The .ics file to import.")
        parser.add_argument(
            "--index",
            required=True,
            help="The event index page to add events under: its id or its slug.",
        )

    def handle(self, *args, file, index, **options):
        index_page = self._index_page(index)
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        try:
            report = import_calendar(data, index_page)
        except CalendarImportError as error:
            raise CommandError("\n".join(error.problems)) from error
        for label, titles in (
            ("Created", report.created),
            ("Updated", report.updated),
            ("Unchanged", report.unchanged),
        ):
            for title in titles:
                self.stdout.write(f"{label}: {title}")
        for note in report.note_lines():
            self.stdout.write(self.style.WARNING(note))
        self.stdout.write(self.style.SUCCESS(report.summary()))

    def _index_page(self, value):
        lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
        index_page = EventIndexPage.objects.filter(**lookup).first()
        if index_page is None:
            raise CommandError(f"No event index page has the id or slug “{value}”.")
        return index_page
