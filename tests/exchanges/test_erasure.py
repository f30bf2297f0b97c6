"""Schools' personal data goes a set time after the programme; counts stay."""

import datetime
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from exchanges import capacity, review
from exchanges.models import ErasedRegistrationCount, OutboxEmail, Registration
from tests.exchanges.coordinators import coordinator
from tests.factories.events import add_event
from tests.factories.exchanges import add_programme, school_request

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def past_programme(programme_index, event_index, slug, ended_days_ago):
    """A programme whose event ended ``ended_days_ago`` days ago, with four schools:
    two from Japan confirmed, one from Cambodia confirmed, one from Cambodia refused."""
    now = timezone.now()
    end = now - ended_days_ago * DAY
    event = add_event(event_index, f"Week {slug}", start=end - 5 * DAY, end=end)
    programme = add_programme(
        programme_index,
        title=f"Exchange {slug}",
        slug=slug,
        event=event,
        registration_opens=end - 90 * DAY,
        registration_closes=end - 30 * DAY,
    )
    during = end - 60 * DAY
    schools = [
        school(f"{slug}1", students=3),
        school(f"{slug}2", students=2),
        school(f"{slug}3", students=4, country="KH"),
        school(f"{slug}4", students=1, country="KH"),
    ]
    registrations = [capacity.register(programme, s, now=during) for s in schools]
    review.reject(registrations[3], "Too late for visas", now=during)
    log(instance=registrations[3], action="exchanges.reject", data={})
    return programme


def school(number, **fields):
    return school_request(
        0,
        school_name=f"School {number}",
        teacher_name=f"Teacher {number}",
        teacher_email=f"teacher{number}@example.org",
        **fields,
    )


@pytest.fixture
def programmes(programme_index, event_index):
    return (
        past_programme(programme_index, event_index, "old", ended_days_ago=200),
        past_programme(programme_index, event_index, "recent", ended_days_ago=10),
    )


def run(*args):
    out = StringIO()
    call_command("erase_exchange_data", *args, stdout=out)
    return out.getvalue()


def stored():
    return (
        Registration.objects.count(),
        OutboxEmail.objects.count(),
        ModelLogEntry.objects.filter(action="exchanges.reject").count(),
        ErasedRegistrationCount.objects.count(),
    )


def test_a_dry_run_says_what_it_would_do_and_changes_nothing(programmes):
    before = stored()

    output = run("--dry-run")

    assert stored() == before
    ended = (timezone.now() - 200 * DAY).date().isoformat()
    assert output.splitlines() == [
        f"Would erase 4 registrations of “Exchange old” (ended {ended}), keeping:",
        "  JP confirmed: 2 schools, 5 students",
        "  KH confirmed: 1 schools, 4 students",
        "  KH rejected: 1 schools, 1 students",
        "Dry run: nothing was changed.",
    ]


def test_erasure_keeps_counts_per_country_and_state_and_nothing_personal(
    programmes,
):
    old, recent = programmes

    run()

    assert not Registration.objects.filter(programme=old).exists()
    assert not OutboxEmail.objects.filter(registration__programme=old).exists()
    assert list(
        ErasedRegistrationCount.objects.filter(programme=old).values_list(
            "country", "state", "registrations", "students"
        )
    ) == [
        ("JP", "confirmed", 2, 5),
        ("KH", "confirmed", 1, 4),
        ("KH", "rejected", 1, 1),
    ]
    assert Registration.objects.filter(programme=recent).count() == 4
    assert ModelLogEntry.objects.filter(action="exchanges.reject").count() == 1
    dump = StringIO()
    call_command("dumpdata", "exchanges", "wagtailcore.modellogentry", stdout=dump)
    for number in ("old1", "old2", "old3", "old4"):
        assert f"teacher{number}@example.org" not in dump.getvalue()
        assert f"Teacher {number}" not in dump.getvalue()
    assert "Too late for visas" in dump.getvalue()  # the recent programme's, kept
    assert run() == "Nothing to erase: no programme ended over 180 days ago.\n"


def test_the_retention_time_is_a_setting(programmes):
    with override_settings(KIZUNA_EXCHANGE_DATA_RETENTION_DAYS=5):
        run()

    assert Registration.objects.count() == 0
    assert ErasedRegistrationCount.objects.filter(programme=programmes[1]).count() == 3


def test_coordinators_read_the_counts_and_nobody_changes_them(
    client, admin_client, programmes
):
    run()
    count = ErasedRegistrationCount.objects.filter(country="KH", state="rejected").get()
    client.force_login(coordinator())

    listing = client.get(reverse("exchange_erased_counts:index"), {"country": "KH"})

    soup = BeautifulSoup(listing.content, "html.parser")
    assert [
        [cell.get_text(" ", strip=True) for cell in row.select("td")[:5]]
        for row in soup.select("tbody tr")
    ] == [
        ["Exchange old", "Cambodia", "Confirmed", "1", "4"],
        ["Exchange old", "Cambodia", "Refused", "1", "1"],
    ]
    edit = reverse("exchange_erased_counts:edit", args=[count.pk])
    for user_client in (client, admin_client):
        assert user_client.get(edit).status_code == 302
        user_client.post(edit, {"registrations": 9, "students": 9})
    count.refresh_from_db()
    assert (count.registrations, count.students) == (1, 1)
