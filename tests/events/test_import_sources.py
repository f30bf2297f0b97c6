"""A partner's calendar imported week after week: updates, dropped events, local edits."""

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from wagtail.models import PageLogEntry

from events.enums import EventStatus
from events.importing import CalendarImportError, import_calendar, plan_import
from events.models import CalendarSource, EventPage
from tests.events.test_import import ics, vevent
from tests.factories.events import TOKYO, make_category

pytestmark = pytest.mark.django_db

MINISTRY = "Ministry of Education, Youth and Sport"


@pytest.fixture
def source(event_index):
    return CalendarSource.objects.create(name=MINISTRY, index=event_index)


def visit(uid, sequence, hour, summary="School visit", *lines):
    return vevent(
        uid,
        summary,
        f"SEQUENCE:{sequence}",
        f"DTSTART;TZID=Asia/Tokyo:20270412T{hour:02d}0000",
        f"DTEND;TZID=Asia/Tokyo:20270412T{hour + 1:02d}0000",
        *lines,
    )


def fair(*lines):
    return vevent(
        "fair@moeys.example",
        "Book fair",
        "DTSTART;VALUE=DATE:20270501",
        *lines,
    )


def tokyo_start(uid):
    event = EventPage.objects.get(uid=uid)
    return event.start.astimezone(TOKYO).strftime("%H:%M"), event.sequence


def test_each_newer_version_of_the_partner_is_imported(source):
    starts = []
    for sequence, hour in ((0, 10), (1, 11), (2, 12)):
        import_calendar(
            ics(*visit("visit@moeys.example", sequence, hour)), source=source
        )
        starts.append(tokyo_start("visit@moeys.example"))

    # Kizuna's own SEQUENCE rises with each move, for its own subscribers.
    assert starts == [("10:00", 0), ("11:00", 1), ("12:00", 2)]


def test_an_older_version_of_the_partner_changes_nothing(source):
    import_calendar(ics(*visit("visit@moeys.example", 3, 12)), source=source)

    report = import_calendar(ics(*visit("visit@moeys.example", 2, 10)), source=source)

    # A new event starts at the source's SEQUENCE.
    assert (report.unchanged, tokyo_start("visit@moeys.example")) == (
        ["School visit"],
        ("12:00", 3),
    )


def test_a_floating_last_modified_is_compared_as_utc(source):
    modified = "LAST-MODIFIED:20261101T000000"
    import_calendar(
        ics(*visit("visit@moeys.example", 0, 10, "Visit", modified)), source=source
    )

    report = import_calendar(
        ics(
            *visit(
                "visit@moeys.example", 0, 11, "Visit", "LAST-MODIFIED:20261102T000000"
            )
        ),
        source=source,
    )

    assert (report.updated, tokyo_start("visit@moeys.example")) == (
        ["Visit"],
        ("11:00", 1),
    )


def test_an_event_gone_from_the_source_is_cancelled_and_stays_in_the_feed(
    source, client
):
    import_calendar(ics(*visit("visit@moeys.example", 0, 10), *fair()), source=source)

    report = import_calendar(ics(*fair()), source=source)

    visit_page = EventPage.objects.get(uid="visit@moeys.example")
    assert report.cancelled == ["School visit"]
    assert report.summary() == (
        "Created: 0, updated: 0, unchanged: 1. "
        "Cancelled: 1, in conflict: 0, refused: 0."
    )
    assert (visit_page.live, visit_page.status) == (True, EventStatus.CANCELLED)
    feed = Calendar.from_ical(client.get("/en/events/feed.ics").content)
    statuses = {
        str(vevent["UID"]): str(vevent.get("STATUS")) for vevent in feed.walk("VEVENT")
    }
    assert statuses["visit@moeys.example"] == "CANCELLED"
    # The next file without it says nothing more; a file with it again restores it.
    assert import_calendar(ics(*fair()), source=source).cancelled == []
    again = import_calendar(
        ics(*visit("visit@moeys.example", 0, 10), *fair()), source=source
    )
    assert again.updated == ["School visit"]
    assert EventPage.objects.get(uid="visit@moeys.example").status == (
        EventStatus.CONFIRMED
    )


def test_an_event_the_file_refuses_is_not_taken_as_gone(source):
    import_calendar(ics(*visit("visit@moeys.example", 0, 10), *fair()), source=source)
    broken = vevent("visit@moeys.example", "School visit", "DTEND:20270412T010000Z")

    report = import_calendar(ics(*broken, *fair()), source=source, import_rest=True)

    assert (report.cancelled, len(report.refused)) == ([], 1)
    assert EventPage.objects.get(uid="visit@moeys.example").status == (
        EventStatus.CONFIRMED
    )


def test_an_editors_change_is_kept_and_reported_when_the_source_changes_too(source):
    import_calendar(ics(*visit("visit@moeys.example", 0, 10)), source=source)
    event = EventPage.objects.get(uid="visit@moeys.example")
    event.title = "School visit (with interpreters)"
    event.save_revision().publish()

    quiet = import_calendar(ics(*visit("visit@moeys.example", 0, 10)), source=source)
    report = import_calendar(ics(*visit("visit@moeys.example", 1, 11)), source=source)

    assert quiet.conflicts == []
    assert report.conflicts == [
        "“School visit (with interpreters)” (UID visit@moeys.example): edited on the "
        "site since it was imported; the source changed it too."
    ]
    assert tokyo_start("visit@moeys.example") == ("10:00", 0)
    assert EventPage.objects.get(uid="visit@moeys.example").title == (
        "School visit (with interpreters)"
    )


def test_an_editors_change_outside_the_imported_fields_is_no_conflict(source):
    import_calendar(ics(*visit("visit@moeys.example", 0, 10)), source=source)
    event = EventPage.objects.get(uid="visit@moeys.example")
    event.online_url = "https://meet.example/visit"
    event.save_revision().publish()

    report = import_calendar(ics(*visit("visit@moeys.example", 1, 11)), source=source)

    assert (report.updated, report.conflicts) == (["School visit"], [])
    assert tokyo_start("visit@moeys.example") == ("11:00", 1)


def test_a_uid_of_another_source_is_refused(source, event_index):
    other = CalendarSource.objects.create(name="JICA Cambodia", index=event_index)
    import_calendar(ics(*visit("visit@moeys.example", 0, 10)), source=other)

    plan = plan_import(ics(*visit("visit@moeys.example", 1, 11)), source=source)

    assert plan.refusals == [
        "“School visit” (UID visit@moeys.example): the site has this UID from the "
        "calendar source “JICA Cambodia”."
    ]


def test_all_or_nothing_or_the_rest(source):
    data = ics(*fair(), *vevent("odd@moeys.example", "Odd", "DTEND:20270412T010000Z"))

    with pytest.raises(CalendarImportError):
        import_calendar(data, source=source)
    assert EventPage.objects.count() == 0

    report = import_calendar(data, source=source, import_rest=True)

    assert (report.created, report.refused) == (
        ["Book fair"],
        ["“Odd” (UID odd@moeys.example): it has no start (DTSTART)."],
    )


def test_imported_events_are_live_searchable_with_history(source, client):
    import_calendar(
        ics(*fair("DESCRIPTION:Children's books from Japan and Cambodia.")),
        source=source,
    )

    event = EventPage.objects.get(uid="fair@moeys.example")
    assert (event.live, event.url_path, event.get_parent().pk) == (
        True,
        "/home/events/book-fair/",
        source.index.pk,
    )
    assert (event.live_revision_id, event.revisions.count()) == (
        event.latest_revision_id,
        1,
    )
    assert event.revisions.get().as_object().summary == (
        "Children's books from Japan and Cambodia."
    )
    assert list(
        event.get_parent().get_children().values_list("numchild", flat=True)
    ) == [0]
    page = client.get(event.url)
    assert page.status_code == 200
    soup = BeautifulSoup(
        client.get("/en/search/", {"q": "books"}).content, "html.parser"
    )
    assert [a.get_text() for a in soup.select(".search-result__title a")] == [
        "Book fair"
    ]
    # A second event under the same index gets its own place and slug.
    import_calendar(
        ics(
            *vevent("fair-2@moeys.example", "Book fair", "DTSTART;VALUE=DATE:20280501")
        ),
        source=source,
    )
    source.index.refresh_from_db()
    assert list(source.index.get_children().values_list("slug", flat=True)) == [
        "book-fair",
        "book-fair-2",
    ]
    assert source.index.numchild == 2


def test_an_update_replaces_dates_categories_and_search_text(source, client):
    make_category("book", "Book fair")
    series = ["RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;VALUE=DATE:20270508"]
    import_calendar(ics(*fair(*series, "CATEGORIES:Book fair")), source=source)

    import_calendar(
        ics(
            *vevent(
                "fair@moeys.example",
                "Picture book fair",
                "SEQUENCE:1",
                "DTSTART;VALUE=DATE:20270501",
                "RRULE:FREQ=WEEKLY;COUNT=3",
            )
        ),
        source=source,
    )

    event = EventPage.objects.get(uid="fair@moeys.example")
    assert (event.title, list(event.categories.all()), event.date_changes.count()) == (
        "Picture book fair",
        [],
        0,
    )
    assert [entry.action for entry in PageLogEntry.objects.filter(page=event)] == [
        "wagtail.publish",
        "wagtail.publish",
        "wagtail.create",
    ]
    assert event.revisions.count() == 2
    assert event.live_revision.as_object().title == "Picture book fair"
    soup = BeautifulSoup(
        client.get("/en/search/", {"q": "picture"}).content, "html.parser"
    )
    assert [a.get_text() for a in soup.select(".search-result__title a")] == [
        "Picture book fair"
    ]
