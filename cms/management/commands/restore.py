import tempfile

from django.core.management.base import BaseCommand, CommandError

from cms.backup import read_backup


class Command(BaseCommand):
    help = (
        "Replace everything in the (migrated) database and MEDIA_ROOT with an archive "
        "written by `manage.py backup`."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="confirm that the database's current content may be deleted",
        )

    def handle(self, archive, yes, **options):
        if not yes:
            raise CommandError(
                "restore deletes the database's current content first: "
                "run it again with --yes to go ahead."
            )
        with tempfile.TemporaryDirectory() as workdir:
            files = read_backup(archive, workdir)
        self.stdout.write(f"Restored {archive}: the database and {files} media files.")
