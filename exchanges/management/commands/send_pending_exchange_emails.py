"""Queue again the schools' emails whose sending job was lost (for cron)."""

from django.core.management.base import BaseCommand

from exchanges import outbox


class Command(BaseCommand):
    help = (
        "Queue again schools' emails left unsent for a few minutes with no job to send "
        "them (a process stopped between the change and the queue), a batch per run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit",
            type=int,
            default=outbox.BATCH,
            help=f"Emails queued at most in this run (default {outbox.BATCH}).",
        )

    def handle(self, *args, limit, **options):
        queued = outbox.requeue_stranded(limit=limit)
        self.stdout.write(f"{queued} email(s) queued again.")
