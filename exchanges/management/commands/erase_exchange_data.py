from django.conf import settings
from django.core.management.base import BaseCommand

from exchanges.erasure import due_erasures, erase


class Command(BaseCommand):
    help = (
        "Erase schools' personal data KIZUNA_EXCHANGE_DATA_RETENTION_DAYS after their "
        "programme ends, keeping anonymous counts per country and state. For cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would be erased and kept, and change nothing.",
        )

    def handle(self, *args, dry_run, **options):
        erasures = due_erasures()
        days = settings.KIZUNA_EXCHANGE_DATA_RETENTION_DAYS
        if not erasures:
            self.stdout.write(
                f"Nothing to erase: no programme ended over {days} days ago."
            )
            return
        verb = "Would erase" if dry_run else "Erased"
        for erasure in erasures:
            if not dry_run:
                erase(erasure)
            self.stdout.write(
                f"{verb} {erasure.registrations} registrations of "
                f"“{erasure.programme.title}” (ended {erasure.ended.date().isoformat()}), "
                f"keeping:"
            )
            for tally in erasure.tallies:
                self.stdout.write(
                    f"  {tally.country} {tally.state}: {tally.registrations} schools, "
                    f"{tally.students} students"
                )
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was changed."))
