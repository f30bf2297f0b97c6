"""The admin import: upload, preview, confirm once, all or nothing or the rest, report;
large files saved by the background worker behind a progress page."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.users.models import UserProfile

from events.enums import ImportState
from events.models import CalendarSource, EventPage, ImportRun
from tests.events.test_import import (
    BROKEN_EXPORT_PROBLEMS,
    broken_export,
    many_unplaced_events,
    partner_export,
    unplaced_summary,
)
from tests.tasks import run_background_tasks

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/admin/events/import/"


@pytest.fixture
def source(event_index):
    return CalendarSource.objects.create(name="Nagano Prefecture", index=event_index)


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin"))
    return client


def upload(client, source, data, name="partner.ics"):
    return client.post(
        UPLOAD_URL,
        {"source": source.pk, "file": SimpleUploadedFile(name, data, "text/calendar")},
    )


class RunPage:
    """The page of one import as the editor reads it."""

    def __init__(self, response):
        self.soup = BeautifulSoup(response.content, "html.parser")

    def text(self, selector):
        return [node.get_text(" ", strip=True) for node in self.soup.select(selector)]

    @property
    def sections(self):
        return {
            section.h2.get_text(strip=True): [
                li.get_text() for li in section.select("li")
            ]
            for section in self.soup.select(".import-run__section")
        }

    @property
    def buttons(self):
        return [
            (button["value"], button.get_text(strip=True))
            for button in self.soup.select(".import-run__confirm button")
        ]

    @property
    def refreshes(self):
        return bool(self.soup.select('meta[http-equiv="refresh"]'))


def preview(client, source, data):
    response = upload(client, source, data)
    run = ImportRun.objects.get()
    assert response["Location"] == reverse("calendar_import:run", args=[run.pk])
    return run, RunPage(client.get(response["Location"]))


def confirm(client, run, mode):
    return client.post(
        reverse("calendar_import:confirm", args=[run.pk]), {"mode": mode}
    )


def test_the_upload_is_previewed_then_imported_once_on_confirmation(
    admin_client, source, places
):
    assert UPLOAD_URL.encode() in admin_client.get(reverse("wagtailadmin_home")).content

    run, page = preview(admin_client, source, partner_export())

    assert EventPage.objects.count() == 0
    assert page.sections == {
        "To create (3)": [
            "Association meeting",
            "Apple festival",
            "Video call with Phnom Penh",
        ]
    }
    assert page.text(".import-run__notes li") == [
        "“Association meeting” (UID meeting-2027@nagano.example): "
        "no category is called “Agriculture”."
    ]
    assert page.buttons == [("all", "Import")]

    # A double click sends the confirmation twice: the file is imported once.
    for _click in range(2):
        response = confirm(admin_client, run, "all")
    report = RunPage(admin_client.get(response["Location"]))

    assert EventPage.objects.live().count() == 3
    assert {event.revisions.count() for event in EventPage.objects.all()} == {1}
    assert report.text(".import-run__summary") == [
        "Created: 3, updated: 0, unchanged: 0."
    ]
    assert list(report.sections) == ["Created (3)"]
    assert (report.buttons, report.refreshes) == ([], False)
    run.refresh_from_db()
    assert (run.state, bytes(run.data)) == (ImportState.DONE, b"")


def test_refused_events_are_listed_and_the_editor_imports_the_rest(
    admin_client, source
):
    run, page = preview(admin_client, source, broken_export())

    assert page.sections == {
        "To create (1)": ["Good event"],
        "Refused (3)": BROKEN_EXPORT_PROBLEMS,
    }
    assert page.buttons == [
        ("rest", "Import the rest"),
        ("all", "All or nothing: import nothing"),
    ]

    confirm(admin_client, run, "rest")

    assert list(EventPage.objects.values_list("title", flat=True)) == ["Good event"]


def test_all_or_nothing_imports_nothing_when_events_are_refused(admin_client, source):
    run, _page = preview(admin_client, source, broken_export())

    report = RunPage(admin_client.get(confirm(admin_client, run, "all")["Location"]))

    assert EventPage.objects.count() == 0
    assert report.sections == {"Refused (3)": BROKEN_EXPORT_PROBLEMS}
    assert report.text(".import-run__state") == ["Failed"]


def test_a_file_that_is_no_calendar_is_refused_at_upload(admin_client, source):
    response = upload(admin_client, source, b"hello")

    assert response.context["form"].errors["file"] == [
        "This is not an iCalendar file: Content line could not be parsed into "
        "parts: 'hello': Invalid content line"
    ]
    assert ImportRun.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The submitted file is empty."),
        (
            b"<!DOCTYPE html><html><script>alert(1)</script></html>",
            "This is not an iCalendar file: Content line could not be parsed into "
            "parts: '<!DOCTYPE html><html><script>aler…",
        ),
        (
            b"BEGIN:VCARD\r\nFN:Tanaka\r\nEND:VCARD\r\n",
            "This file holds no VCALENDAR.",
        ),
    ],
)
def test_a_page_or_other_file_named_ics_is_refused_at_upload_with_why(
    admin_client, source, data, message
):
    response = upload(admin_client, source, data)

    assert response.context["form"].errors["file"] == [message]
    assert ImportRun.objects.count() == 0


def test_the_upload_screen_wants_a_calendar_file(admin_client, source):
    response = upload(admin_client, source, b"%PDF-1.7", name="minutes.pdf")

    assert response.context["form"].errors["file"] == [
        "File extension “pdf” is not allowed. Allowed extensions are: ics, ical, ifb."
    ]


def test_a_preview_is_only_for_the_editor_who_uploaded_it(
    admin_client, client, source, django_user_model
):
    run, _page = preview(admin_client, source, partner_export())
    client.force_login(django_user_model.objects.create_superuser("other"))

    page = client.get(reverse("calendar_import:run", args=[run.pk]), follow=True)
    assert page.status_code == 404
    confirm(client, run, "all")
    run.refresh_from_db()
    assert (run.state, EventPage.objects.count()) == (ImportState.PREVIEWED, 0)


def test_only_those_who_may_publish_events_can_import(
    client, event_index, django_user_model
):
    editor = django_user_model.objects.create_user("editor")
    editor.groups.add(Group.objects.get(name="Editors"))  # may edit, not publish
    client.force_login(editor)

    # Wagtail sends those without permission back to the dashboard, with a message.
    assert client.get(UPLOAD_URL)["Location"] == reverse("wagtailadmin_home")
    assert UPLOAD_URL.encode() not in client.get(reverse("wagtailadmin_home")).content


def test_a_large_file_is_saved_by_the_worker_behind_a_progress_page(
    admin_client, source, settings, django_capture_on_commit_callbacks
):
    settings.KIZUNA_IMPORT_BACKGROUND_EVENTS = 10
    run, _page = preview(admin_client, source, many_unplaced_events(30))

    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(admin_client, run, "all")
    waiting = RunPage(admin_client.get(response["Location"]))

    assert EventPage.objects.count() == 0
    assert waiting.refreshes
    assert waiting.text(".import-run__state") == ["Waiting for the background worker"]
    assert waiting.text(".help-block") == [
        "30 events are being saved. This page reloads itself until the report is ready."
    ]

    run_background_tasks()

    done = RunPage(admin_client.get(response["Location"]))
    assert EventPage.objects.live().count() == 30
    assert (done.refreshes, done.text(".import-run__summary")) == (
        False,
        ["Created: 30, updated: 0, unchanged: 0."],
    )


def test_the_command_and_the_preview_sum_up_hundreds_of_notes(
    admin_client, event_index, source, tmp_path
):
    path = tmp_path / "talks.ics"
    path.write_bytes(many_unplaced_events())
    output = StringIO()

    call_command("import_ics", str(path), "--source", source.name, stdout=output)
    # Importing the file again saves nothing, yet notes the same.
    _run, page = preview(admin_client, source, path.read_bytes())

    lines = output.getvalue().splitlines()
    summary, *notes = unplaced_summary("Created: 300, updated: 0, unchanged: 0.")
    assert lines[300:] == [*notes, summary]
    assert page.text(".import-run__notes li") == notes
    assert list(page.sections) == ["Unchanged (300)"]


def test_a_japanese_editor_follows_a_background_import_in_japanese(
    admin_client, source, settings, django_capture_on_commit_callbacks
):
    admin = User.objects.get(username="admin")
    UserProfile.get_for_user(admin)
    UserProfile.objects.filter(user=admin).update(preferred_language="ja")
    settings.KIZUNA_IMPORT_BACKGROUND_EVENTS = 0
    run, page = preview(admin_client, source, broken_export())
    assert page.buttons == [
        ("rest", "残りをインポート"),
        ("all", "すべてか無しか：何もインポートしない"),
    ]

    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(admin_client, run, "rest")
    waiting = RunPage(admin_client.get(response["Location"]))
    run_background_tasks()
    done = RunPage(admin_client.get(response["Location"]))

    assert waiting.text(".import-run__state") == ["バックグラウンド処理の順番待ち"]
    assert done.text(".import-run__state") == ["完了"]
    assert done.text(".import-run__summary") == [
        "新規作成：1件、更新：0件、変更なし：0件。 中止：0件、競合：0件、取り込めないもの：3件。"
    ]
    assert done.sections["取り込めないもの (3)"][0] == (
        "「Open day」（UID open-day@example）：開始（DTSTART）がありません。"
    )
