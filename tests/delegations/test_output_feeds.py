"""Private calendar feeds at secret addresses: the whole itinerary and one member's."""

import datetime
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import recurring_ical_events
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from icalendar import Calendar

from delegations.enums import City, DelegationStatus, TravelMode, Visibility
from delegations.models import FeedToken, Member
from tests.delegations.factories import PHNOM_PENH, TOKYO, add_leg
from tests.delegations.output_fixtures import *  # noqa: F403 (fixtures)
from tests.delegations.output_fixtures import SECRETS, add_items, make_seminar
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

NODE_DIR = Path(settings.BASE_DIR) / "tests" / "node"
WINDOW = ("2019-12-01T00:00:00Z", "2020-01-01T00:00:00Z")


def feed_path(token, language="en"):
    return f"/{language}/delegations/calendar/{token}.ics"


def uids(data):
    calendar = Calendar.from_ical(data)
    return sorted(
        str(event["UID"])
        for event in recurring_ical_events.of(calendar).between(
            datetime.datetime(2019, 12, 1), datetime.datetime(2020, 1, 1)
        )
    )


def item_uids(delegation, *titles):
    items = delegation.items.all()
    return sorted(i.uid for i in items if not titles or i.title in titles)


def test_a_planner_issues_an_address_shown_once_and_rotating_it_kills_the_old(
    planner_client, client, seminar
):
    feeds = reverse("delegation_output:feeds", kwargs={"pk": seminar.pk})
    page = BeautifulSoup(
        planner_client.post(feeds, {"feed": "all"}).content, "html.parser"
    )
    addresses = [code.get_text() for code in page.select("code")]
    old = addresses[0].removeprefix("http://testserver")

    assert [a.split("/")[3] for a in addresses] == ["en", "ja", "km"]
    assert (
        planner_client.get(feeds).content.decode().count("/delegations/calendar/") == 0
    )
    assert client.get(old).status_code == 200

    planner_client.post(feeds, {"feed": "all"})

    assert client.get(old).status_code == 404
    assert FeedToken.objects.count() == 1
    assert (
        old.split("/")[-1].removesuffix(".ics")
        not in FeedToken.objects.get().token_hash
    )


def test_a_viewer_cannot_issue_addresses(viewer_client, seminar):
    response = viewer_client.post(
        reverse("delegation_output:feeds", kwargs={"pk": seminar.pk}), {"feed": "all"}
    )

    assert response.status_code == 302
    assert FeedToken.objects.count() == 0


def test_the_delegation_feed_holds_every_item_privately(client, seminar):
    response = client.get(feed_path(FeedToken.issue(seminar), "ja"))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private"
    assert uids(response.content) == item_uids(seminar)
    calendar = Calendar.from_ical(response.content)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    summaries = sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))
    assert "下関市長表敬訪問" in summaries
    assert {event["STATUS"] for event in calendar.walk("VEVENT")} == {"TENTATIVE"}


def test_a_members_feed_holds_only_that_members_items(client, seminar):
    aiko = Member.objects.get(name="Aiko Tanaka")

    data = client.get(feed_path(FeedToken.issue(seminar, aiko))).content

    assert uids(data) == item_uids(
        seminar,
        "Lecture on Local Administration in Japan",
        "Visit to Shinjuku Multicultural Plaza",
        "Shinkansen to Shimonoseki",
    )


def test_a_moved_item_gets_a_higher_sequence_and_a_new_etag(client, seminar):
    path = feed_path(FeedToken.issue(seminar))
    etag = client.get(path)["ETag"]
    assert client.get(path, headers={"if-none-match": etag}).status_code == 304

    item = seminar.items.get(kind="courtesy_call")
    item.start += datetime.timedelta(hours=1)
    item.end += datetime.timedelta(hours=1)
    item.save()
    response = client.get(path, headers={"if-none-match": etag})

    assert response.status_code == 200
    event = next(
        e
        for e in Calendar.from_ical(response.content).walk("VEVENT")
        if str(e["UID"]) == item.uid
    )
    assert event["SEQUENCE"] == 1


def test_a_cancelled_delegation_keeps_its_items_as_cancelled(client, seminar):
    seminar.status = DelegationStatus.CANCELLED
    seminar.save()

    data = client.get(feed_path(FeedToken.issue(seminar))).content

    statuses = [e["STATUS"] for e in Calendar.from_ical(data).walk("VEVENT")]
    assert statuses == ["CANCELLED"] * 4


def test_no_feed_holds_notes_or_anyones_contact_details(client, seminar):
    tokens = [FeedToken.issue(seminar)] + [
        FeedToken.issue(seminar, member) for member in seminar.members.all()
    ]
    for token in tokens:
        for language in ("en", "ja", "km"):
            text = client.get(feed_path(token, language)).content.decode()
            assert [secret for secret in SECRETS if secret in text] == []


@pytest.fixture
def flight_home(seminar):
    """The delegation flies from Phnom Penh to Tokyo overnight: out on Phnom Penh's
    clock, in on Tokyo's."""
    return add_leg(
        seminar,
        "Flight to Tokyo",
        datetime.datetime(2019, 12, 20, 23, 20, tzinfo=PHNOM_PENH),
        datetime.datetime(2019, 12, 21, 7, 10, tzinfo=TOKYO),
        City.PHNOM_PENH,
        City.NARITA,
        TravelMode.FLIGHT,
    )


def test_a_flight_departs_on_phnom_penhs_clock_and_lands_on_tokyos(
    client, seminar, flight_home
):
    data = client.get(feed_path(FeedToken.issue(seminar))).content

    calendar = Calendar.from_ical(data)
    flight = next(e for e in calendar.walk("VEVENT") if e["UID"] == flight_home.uid)
    assert flight["DTSTART"].params["TZID"] == "Asia/Phnom_Penh"
    assert flight["DTEND"].params["TZID"] == "Asia/Tokyo"
    assert flight.decoded("DTSTART").replace(tzinfo=None) == datetime.datetime(
        2019, 12, 20, 23, 20
    )
    assert flight.decoded("DTEND").replace(tzinfo=None) == datetime.datetime(
        2019, 12, 21, 7, 10
    )
    assert sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")) == [
        "Asia/Phnom_Penh",
        "Asia/Tokyo",
    ]


def test_private_feeds_link_nothing_members_cannot_open(client, seminar):
    data = client.get(feed_path(FeedToken.issue(seminar))).content

    events = Calendar.from_ical(data).walk("VEVENT")
    assert [e for e in events if "URL" in e] == []
    assert b"/admin/" not in data.replace(b"\r\n ", b"")


def test_public_items_of_a_public_delegation_link_its_summary(client, seminar):
    seminar.visibility = Visibility.PUBLIC_SUMMARY
    seminar.slug = "clair-seminar"
    seminar.save()
    seminar.items.filter(kind="courtesy_call").update(is_public=True)

    data = client.get(feed_path(FeedToken.issue(seminar), "ja")).content

    urls = {
        str(e["SUMMARY"]): str(e.get("URL", ""))
        for e in Calendar.from_ical(data).walk("VEVENT")
    }
    assert urls == {
        "下関市長表敬訪問": "http://testserver/ja/delegations/clair-seminar/",
        "講義「日本の地方行政」": "",
        "しんじゅく多文化共生プラザ視察": "",
        "新幹線で下関へ": "",
    }
    assert client.get(urls["下関市長表敬訪問"]).status_code == 200


def test_an_unknown_token_is_not_found(client, seminar):
    FeedToken.issue(seminar)

    assert client.get(feed_path("guessed-token")).status_code == 404


@pytest.fixture
def read_with_icaljs(tmp_path):
    node = shutil.which("node")
    if node is None or not (NODE_DIR / "node_modules" / "ical.js").is_dir():
        message = "needs Node.js and tests/node/node_modules/ical.js (run `make node`)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)

    def read(data):
        path = tmp_path / "feed.ics"
        path.write_bytes(data)
        result = subprocess.run(
            [node, str(NODE_DIR / "ical_events.mjs"), str(path), *WINDOW],
            capture_output=True,
            check=True,
            text=True,
            timeout=60,
        )
        return json.loads(result.stdout)

    return read


def test_icaljs_reads_the_member_feed_in_utc(client, seminar, read_with_icaljs):
    sokha = Member.objects.get(name="Sokha Chan")

    found = read_with_icaljs(
        client.get(feed_path(FeedToken.issue(seminar, sokha))).content
    )

    assert found["floating"] == []
    assert sorted(o[1:] for o in found["occurrences"]) == [
        ["2019-12-16T00:30:00Z", "2019-12-16T02:00:00Z", "TENTATIVE"],
        ["2019-12-17T04:00:00Z", "2019-12-17T09:00:00Z", "TENTATIVE"],
        ["2019-12-18T00:30:00Z", "2019-12-18T01:00:00Z", "TENTATIVE"],
    ]


def test_icaljs_reads_a_zone_crossing_flight_at_its_true_instants(
    client, seminar, flight_home, read_with_icaljs
):
    found = read_with_icaljs(client.get(feed_path(FeedToken.issue(seminar))).content)

    assert found["floating"] == []
    assert [o[1:3] for o in found["occurrences"] if o[0] == flight_home.uid] == [
        ["2019-12-20T16:20:00Z", "2019-12-20T22:10:00Z"]
    ]


@pytest.mark.parametrize("for_member", [False, True])
def test_each_feed_runs_the_same_queries_for_5_and_60_items(client, for_member):
    paths = []
    for extra in (1, 56):
        delegation = make_seminar()
        add_items(delegation, extra)
        member = delegation.members.first() if for_member else None
        paths.append(feed_path(FeedToken.issue(delegation, member)))

    assert count_queries(client, paths[0]) == count_queries(client, paths[1])
