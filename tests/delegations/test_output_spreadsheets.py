"""The itinerary as XLSX and CSV, and read back from the same layout, all or nothing."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from delegations.models import ItineraryItem
from delegations.output.spreadsheets import COLUMNS
from tests.delegations.factories import add_member, make_delegation
from tests.delegations.output_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.django_db


def export(client, delegation, file_format):
    response = client.get(
        reverse(f"delegation_output:{file_format}", kwargs={"pk": delegation.pk})
    )
    assert response.status_code == 200
    return response.content


def empty_copy(seminar):
    """A delegation with the seminar's members and no items yet."""
    copy = make_delegation(name="Seminar 2020", host_time_zone="Asia/Tokyo")
    for member in seminar.members.all():
        add_member(copy, member.name)
    return copy


def itinerary(delegation):
    return [
        (
            item.start.astimezone(datetime.UTC),
            item.end.astimezone(datetime.UTC),
            item.time_zone,
            item.kind,
            item.title_en,
            item.title_ja,
            item.title_km,
            item.city,
            item.from_city,
            item.to_city,
            item.travel_mode,
            sorted(member.name for member in item.attendees.all()),
            item.is_public,
            item.internal_notes,
        )
        for item in ItineraryItem.objects.filter(delegation=delegation)
    ]


def upload(client, delegation, name, data):
    return client.post(
        reverse("delegation_output:import", kwargs={"pk": delegation.pk}),
        {"file": SimpleUploadedFile(name, data)},
    )


def test_the_csv_has_the_columns_and_local_times(viewer_client, seminar):
    rows = list(
        csv.reader(
            io.StringIO(export(viewer_client, seminar, "csv").decode("utf-8-sig"))
        )
    )

    assert tuple(rows[0]) == COLUMNS
    assert rows[3] == [
        "2019-12-17",
        "13:00",
        "18:00",
        "Asia/Tokyo",
        "travel",
        "Shinkansen to Shimonoseki",
        "新幹線で下関へ",
        "ធ្វើដំណើរតាមរថភ្លើងល្បឿនលឿនទៅស៊ីម៉ូណូសេគី",
        "",
        "Tokyo",
        "Shimonoseki",
        "shinkansen",
        "",
        "no",
        "",
    ]
    assert rows[2][12] == "Aiko Tanaka"


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_export_then_import_gives_the_same_itinerary(
    planner_client, seminar, file_format
):
    data = export(planner_client, seminar, file_format)
    copy = empty_copy(seminar)

    response = upload(planner_client, copy, f"itinerary.{file_format}", data)

    assert response.status_code == 302
    assert itinerary(copy) == itinerary(seminar)
    assert len(itinerary(copy)) == 4


def test_the_xlsx_keeps_a_title_starting_with_equals_as_text(planner_client, seminar):
    seminar.items.filter(kind="lecture").update(title_en="=1+1")

    sheet = load_workbook(io.BytesIO(export(planner_client, seminar, "xlsx"))).active

    assert sheet["F2"].value == "=1+1"
    assert sheet["F2"].data_type == "s"


def test_a_broken_row_is_named_and_nothing_is_imported(planner_client, seminar):
    rows = list(
        csv.reader(
            io.StringIO(export(planner_client, seminar, "csv").decode("utf-8-sig"))
        )
    )
    rows[3][2] = "12:00"  # row 4 ends before it starts
    rows[4][0] = "18/12/2019"  # row 5's date is unreadable
    output = io.StringIO()
    csv.writer(output).writerows(rows)
    copy = empty_copy(seminar)

    response = upload(planner_client, copy, "itinerary.csv", output.getvalue().encode())

    text = response.content.decode()
    assert response.status_code == 200
    assert "Row 4, column “end”: The end must be after the start." in text
    assert "Row 5, column “date”: Write the date as YYYY-MM-DD." in text
    assert ItineraryItem.objects.filter(delegation=copy).count() == 0


def test_the_row_errors_are_in_the_planners_language(planner_client, seminar):
    rows = [
        list(COLUMNS),
        ["2019-12-16", "25:00", "26:00", "", "meeting", "Talk"] + [""] * 9,
    ]
    output = io.StringIO()
    csv.writer(output).writerows(rows)

    response = planner_client.post(
        reverse("delegation_output:import", kwargs={"pk": seminar.pk}),
        {"file": SimpleUploadedFile("itinerary.csv", output.getvalue().encode())},
        headers={"accept-language": "ja"},
    )

    assert (
        "2 行目、列「start」：時刻は HH:MM の形で書いてください。"
        in response.content.decode()
    )


def test_a_file_that_is_no_spreadsheet_is_refused(planner_client, seminar):
    response = upload(planner_client, seminar, "itinerary.xlsx", b"not a zip")

    assert "This is not a spreadsheet Kizuna can read." in response.content.decode()


def test_unknown_names_and_places_are_named(planner_client, seminar):
    row = [
        "2019-12-16",
        "10:00",
        "11:00",
        "",
        "meeting",
        "Talk",
        "",
        "",
        "Atlantis",
        "",
        "",
        "",
        "Nobody Known",
        "maybe",
        "",
    ]
    output = io.StringIO()
    csv.writer(output).writerows([COLUMNS, row])

    text = upload(
        planner_client, seminar, "i.csv", output.getvalue().encode()
    ).content.decode()

    assert "Row 2, column “place”: No venue or city is called “Atlantis”." in text
    assert (
        "Row 2, column “attendees”: Not a member of this delegation: Nobody Known."
        in text
    )
    assert "Row 2, column “public”: Write yes or no." in text


def test_a_viewer_may_export_but_not_import(viewer_client, seminar):
    response = upload(viewer_client, seminar, "i.csv", b"")

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
