from django.core.management.base import BaseCommand

from cms.backup import write_backup


class Command(BaseCommand):
    help = "Write the database and the media files into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", help="where to write, e.g. kizuna-2026-12-02.tar.gz"
        )

    def handle(self, archive, **options):
        files = write_backup(archive)
        self.stdout.write(f"Wrote {archive}: the database and {files} media files.")
