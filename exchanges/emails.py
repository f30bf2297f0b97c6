"""The emails a school receives, in its own language, with the programme's dates.

Each email is an outbox row written in the same transaction as the change it reports
(capacity.py); the worker sends it after the commit and says here whether the mail
server took it, so a server that is down delays the email and never loses it.
"""

import logging
import smtplib

from django.core.mail import EmailMessage
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from . import display, links
from .enums import EmailKind
from .models import OutboxEmail

logger = logging.getLogger(__name__)

SUBJECTS = {
    EmailKind.RECEIVED: _("Your registration for %(title)s"),
    EmailKind.OFFER: _("Places offered to you in %(title)s"),
    EmailKind.ACCEPTED: _("Places confirmed in %(title)s"),
    EmailKind.OFFER_EXPIRED: _("The places offered in %(title)s have passed on"),
    EmailKind.REDUCED: _("Your numbers for %(title)s are changed"),
    EmailKind.CANCELLED: _("Your registration for %(title)s is cancelled"),
    # The coordinators' decisions (review.py).
    EmailKind.CONFIRMED: _("Places confirmed in %(title)s"),
    EmailKind.MOVED_TO_WAITING: _(
        "Your registration for %(title)s is on the waiting list"
    ),
    EmailKind.REJECTED: _("Your registration for %(title)s is refused"),
    EmailKind.CHANGED: _("Your numbers for %(title)s are changed"),
}
INTRODUCTIONS = {
    EmailKind.RECEIVED: _("Thank you for registering %(school)s for %(title)s."),
    EmailKind.OFFER: _(
        "Places have freed up in %(title)s and are offered to %(school)s. Accept them "
        "through the link below before %(deadline)s; after that they pass to the next "
        "school on the waiting list."
    ),
    EmailKind.ACCEPTED: _("You accepted the places offered: they are confirmed."),
    EmailKind.OFFER_EXPIRED: _(
        "The places offered to %(school)s were not accepted in time and have passed to "
        "the next school on the waiting list."
    ),
    EmailKind.REDUCED: _("Your numbers are changed."),
    EmailKind.CANCELLED: _("Your registration is cancelled."),
    EmailKind.CONFIRMED: _(
        "The coordinators confirmed all the students of %(school)s."
    ),
    EmailKind.MOVED_TO_WAITING: _(
        "The coordinators moved %(school)s to the end of the waiting list; its places "
        "passed to other schools. You will be offered places when they free up."
    ),
    EmailKind.REJECTED: _(
        "The coordinators refused the registration of %(school)s, for this reason: "
        "%(reason)s"
    ),
    EmailKind.CHANGED: _("The coordinators changed your number of students."),
}
# What a failing mail server raises: refusals, lost connections, no answer.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


def deliver(outbox_id):
    """Send one outbox email unless it went already; False if the mail server failed
    (the caller tries again later)."""
    email = (
        OutboxEmail.objects.select_related("registration__programme__event")
        .filter(pk=outbox_id, sent_at=None)
        .first()
    )
    if email is None:
        return True
    message = build_message(email)
    try:
        message.send()
    except DELIVERY_ERRORS as error:
        OutboxEmail.objects.filter(pk=email.pk).update(
            attempts=F("attempts") + 1, last_error=str(error)[:1000]
        )
        logger.warning("Email %s to a school not sent yet: %s", email.pk, error)
        return False
    OutboxEmail.objects.filter(pk=email.pk).update(
        attempts=F("attempts") + 1, sent_at=timezone.now(), last_error=""
    )
    return True


def build_message(email):
    """The email in the registration's language, with the programme's dates attached
    as an iCalendar file when the programme has an event."""
    registration = email.registration
    programme = registration.programme
    with translation.override(registration.language):
        values = {
            "title": programme.title,
            "school": registration.school_name,
            "reason": registration.refusal_reason,
            "deadline": registration.offer_expires_at
            and display.moment(registration.offer_expires_at, programme.zone),
        }
        body = render_to_string(
            "exchanges/emails/school.txt",
            {
                "registration": registration,
                "page": programme,
                "introduction": INTRODUCTIONS[email.kind] % values,
                "position": registration.waiting_position(),
                "dates": display.programme_dates(programme),
                "link": links.registration_url(registration),
                "has_calendar": programme.event is not None,
            },
        )
        message = EmailMessage(
            subject=str(SUBJECTS[email.kind] % values),
            body=body,
            to=[registration.teacher_email],
        )
        if programme.event is not None:
            message.attach(
                f"{programme.slug}.ics",
                programme_calendar(programme),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
    return message


def programme_calendar(programme):
    """The programme's event as an iCalendar file, by the calendar's one builder; its
    UID is the event's, so a school that also subscribed to the site's calendar gets
    the same event once."""
    # icalendar takes a tenth of a second to import; only emails with dates need it.
    from events.ical import entries_calendar

    event = programme.event
    entry = event.calendar_entry(event.get_full_url())
    return entries_calendar(
        programme.title, programme.summary, [entry], stamp=timezone.now()
    )
