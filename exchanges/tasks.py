"""Background jobs of the exchanges (thin: they take ids and call the domain).

The domain modules import this one to queue their jobs, so the jobs import them when
they run.
"""

import datetime

from django.utils import timezone
from django_tasks import task

# A mail server that is down is tried again after 1, 2, 4, … minutes, for about a day.
MAX_ATTEMPTS = 12
FIRST_RETRY = datetime.timedelta(minutes=1)


@task(backend="background")
def send_school_email(outbox_id, attempt=1):
    """Send one outbox email; if the mail server fails, try again later."""
    from . import emails

    if emails.deliver(outbox_id):
        return
    if attempt < MAX_ATTEMPTS:
        send_school_email.using(
            run_after=timezone.now() + FIRST_RETRY * 2 ** (attempt - 1)
        ).enqueue(outbox_id, attempt + 1)


@task(backend="background")
def expire_offers():
    from . import capacity

    capacity.expire_offers()


def expire_offers_at(moment):
    """Have the worker expire offers at ``moment`` (an offer's deadline)."""
    expire_offers.using(run_after=moment).enqueue()
