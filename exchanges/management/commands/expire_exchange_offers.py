"""Expire offers of places that ran out and pass the places on (for cron).

The worker expires each offer at its deadline already (capacity queues the job when
it makes the offer); this command catches up after the worker was stopped.
"""

from django.core.management.base import BaseCommand

from exchanges import capacity


class Command(BaseCommand):
    help = "Expire offers of exchange places whose time ran out; the places pass on."

    def handle(self, *args, **options):
        expired = capacity.expire_offers()
        self.stdout.write(f"{expired} offer(s) expired.")
