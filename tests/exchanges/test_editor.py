"""The programme editor in the Wagtail admin: the window typed on the host's clock."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth.models import User
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from exchanges.models import ExchangeProgrammePage

pytestmark = pytest.mark.django_db

PHNOM_PENH = zoneinfo.ZoneInfo("Asia/Phnom_Penh")


@pytest.fixture
def editor(client):
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    return client


def programme_form(**overrides):
    data = {
        "title_en": "Summer exchange",
        "slug": "summer",
        "summary_en": "Ten days in Phnom Penh.",
        "time_zone": "Asia/Phnom_Penh",
        "registration_opens": "2027-03-01 09:00",
        "registration_closes": "2027-05-31 17:00",
        "capacity": "40",
        "max_students_per_school": "10",
        "min_age": "12",
        "max_age": "15",
        "status": "open",
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    languages = data.pop("languages", ["en", "km"])
    return {**nested_form_data(data), "languages": languages}


def test_the_window_is_typed_on_the_host_s_clock(editor, programme_index):
    response = editor.post(
        f"/admin/pages/add/exchanges/exchangeprogrammepage/{programme_index.pk}/",
        programme_form(),
    )
    assert response.status_code == 302
    programme = ExchangeProgrammePage.objects.get(slug="summer")
    assert programme.registration_opens == datetime.datetime(
        2027, 3, 1, 9, tzinfo=PHNOM_PENH
    )
    assert programme.registration_closes == datetime.datetime(
        2027, 5, 31, 17, tzinfo=PHNOM_PENH
    )
    assert programme.languages == ["en", "km"]

    edit = editor.get(f"/admin/pages/{programme.pk}/edit/")
    shown = edit.context["form"]["registration_opens"].value()
    assert shown.strftime("%Y-%m-%d %H:%M") == "2027-03-01 09:00"


def test_the_editor_is_told_what_is_wrong(editor, programme_index):
    response = editor.post(
        f"/admin/pages/add/exchanges/exchangeprogrammepage/{programme_index.pk}/",
        programme_form(
            registration_closes="2027-02-01 09:00", max_students_per_school="50"
        ),
    )
    errors = {
        name: [str(error) for error in field_errors]
        for name, field_errors in response.context["form"].errors.items()
    }
    assert errors == {
        "registration_closes": ["Registration must close after it opens."],
        "max_students_per_school": [
            "A school cannot have more places than the programme."
        ],
    }
    assert not ExchangeProgrammePage.objects.filter(slug="summer").exists()
