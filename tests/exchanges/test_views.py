import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone, translation

from exchanges import capacity, links
from exchanges.enums import RegistrationState
from exchanges.models import Registration
from tests.factories.exchanges import add_programme, school_request

pytestmark = pytest.mark.django_db

REGISTER = "/en/exchanges/summer-exchange/register/"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def form_data(client, url=REGISTER, **changes):
    """The form as a school fills it in, with the token the page gave."""
    page = BeautifulSoup(client.get(url).content, "html.parser")
    data = {
        "school_name": "Nagano Nishi Junior High School",
        "country": "JP",
        "city": "Nagano",
        "teacher_name": "Sato Hanako",
        "teacher_email": "sato@nishi.example",
        "teacher_phone": "090-1234-5678",
        "students": "2",
        "teachers": "1",
        "min_age": "12",
        "max_age": "14",
        "language": "ja",
        "consent": "on",
        "website": "",
        "token": page.find("input", {"name": "token"})["value"],
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def text_of(response, selector):
    page = BeautifulSoup(response.content, "html.parser")
    return [" ".join(node.get_text().split()) for node in page.select(selector)]


def test_the_programme_page_shows_places_left_and_the_register_button(
    client, programme
):
    capacity.register(programme, school_request(1, students=5))
    response = client.get("/en/exchanges/summer-exchange/")
    assert text_of(response, ".programme-window__places") == ["15 places left"]
    assert text_of(response, ".programme-window .button") == ["Register a school"]


def test_the_programme_page_in_khmer_writes_khmer_digits(client, programme):
    response = client.get("/km/exchanges/summer-exchange/")
    places = text_of(response, ".programme-window__places")[0]
    assert "២០" in places


def test_no_register_button_before_the_window_opens(client, programme_index):
    add_programme(
        programme_index,
        registration_opens=timezone.now() + datetime.timedelta(days=1),
        registration_closes=timezone.now() + datetime.timedelta(days=2),
    )
    response = client.get("/en/exchanges/summer-exchange/")
    assert text_of(response, "#window-heading") == ["Registration has not opened yet"]
    assert text_of(response, ".programme-window .button") == []


def test_a_school_registers_and_sees_its_outcome_at_once(client, programme):
    response = client.post(REGISTER, form_data(client))
    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.teacher_phone == "+819012345678"
    assert registration.language == "ja"
    outcome = client.get(response["Location"])
    assert text_of(outcome, "#outcome-heading") == ["Confirmed for 2 students."]
    assert outcome["Cache-Control"] == "private, no-store"


def test_the_outcome_gives_the_waiting_list_position(client, programme_index):
    add_programme(programme_index, capacity=4, max_students_per_school=4)
    programme = programme_index.get_children().get().specific
    capacity.register(programme, school_request(1, students=4))
    capacity.register(programme, school_request(2, students=3))
    response = client.post(REGISTER, form_data(client))
    outcome = client.get(response["Location"])
    assert text_of(outcome, "#outcome-heading") == ["On the waiting list: number 2."]


def test_the_same_form_sent_twice_registers_once(client, programme):
    data = form_data(client)
    first = client.post(REGISTER, data)
    second = client.post(REGISTER, data)
    assert Registration.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_a_filled_honeypot_registers_nobody(client, programme):
    response = client.post(REGISTER, form_data(client, website="http://spam.example"))
    assert response.status_code == 200
    assert text_of(response, "h1") == ["Registration received"]
    assert not Registration.objects.exists()


@override_settings(KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR=2)
def test_an_address_that_sends_too_many_forms_waits(client, programme):
    for number in range(2):
        client.post(REGISTER, form_data(client, school_name=f"School {number}"))
    response = client.post(REGISTER, form_data(client, school_name="One too many"))
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert Registration.objects.count() == 2
    other = client.post(REGISTER, form_data(client), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 303


def test_a_closed_window_shows_no_form_and_refuses_a_late_post(client, programme):
    data = form_data(client)
    programme.registration_closes = timezone.now() - datetime.timedelta(seconds=1)
    programme.save_revision().publish()
    page = client.get(REGISTER)
    assert text_of(page, ".search-notice") == ["Registration is closed"]
    assert client.post(REGISTER, data).status_code == 200
    assert not Registration.objects.exists()


def test_a_browser_s_form_passes_the_csrf_check(programme):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    data = form_data(strict)
    page = BeautifulSoup(strict.get(REGISTER).content, "html.parser")
    data["csrfmiddlewaretoken"] = page.find("input", {"name": "csrfmiddlewaretoken"})[
        "value"
    ]
    response = strict.post(REGISTER, data, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 303
    assert Registration.objects.count() == 1


def test_the_csrf_token_is_required(programme):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    data = form_data(strict)
    del data["token"]
    response = strict.post(REGISTER, {**data, "csrfmiddlewaretoken": "forged"})
    assert response.status_code == 403
    assert not Registration.objects.exists()


INVALID = [
    (
        "teacher_email",
        "not-an-address",
        "Enter an email address such as name@school.example.",
    ),
    (
        "teacher_phone",
        "12345",
        "Enter a phone number with its country code, for example "
        "+81 90 1234 5678 or +855 12 345 678.",
    ),
    ("students", "11", "At most %(limit_value)s students per school."),
    ("students", "0", "Register at least one student."),
    ("students", "two", "Enter a whole number."),
    ("min_age", "5", "Students must be at least %(limit_value)s years old."),
    ("max_age", "12", None),  # below the youngest given: see the ages test
    ("consent", None, "Registration needs your consent to the privacy notice."),
    ("school_name", "", "Please fill in this field."),
    ("country", "", "Choose the school's country."),
    ("language", "fr", "Choose one of the languages offered."),
]


@pytest.mark.parametrize("language", ["en", "ja", "km"])
@pytest.mark.parametrize(("field", "value", "message"), [i for i in INVALID if i[2]])
def test_each_invalid_field_gets_its_message_in_the_visitors_language(
    client, programme, language, field, value, message
):
    url = f"/{language}/exchanges/summer-exchange/register/"
    response = client.post(url, form_data(client, url, **{field: value}))
    limits = {"students": 10, "min_age": 12}
    with translation.override(language):
        expected = translation.gettext(message)
    if "%(limit_value)s" in message:
        expected = expected % {"limit_value": limits[field]}
    assert text_of(response, f"#id_{field}_error li") == [expected]
    if language != "en":
        assert expected != message % {"limit_value": limits.get(field, "")}
    assert not Registration.objects.exists()


def test_ages_out_of_order_are_refused_on_the_oldest(client, programme):
    response = client.post(REGISTER, form_data(client, min_age="14", max_age="13"))
    assert text_of(response, "#id_max_age_error li") == [
        "The oldest age must not be below the youngest."
    ]


def test_an_invalid_field_is_marked_for_assistive_technology(client, programme):
    response = client.post(REGISTER, form_data(client, teacher_email="nope"))
    page = BeautifulSoup(response.content, "html.parser")
    field = page.find("input", {"name": "teacher_email"})
    assert field["aria-invalid"] == "true"
    assert field["aria-describedby"] == "id_teacher_email_error"


def registration_link(registration):
    with translation.override("en"):
        return links.registration_url(registration)


def test_the_signed_link_opens_the_registration(client, programme):
    registration = capacity.register(programme, school_request(1, students=3))
    response = client.get(registration_link(registration))
    assert response.status_code == 200
    assert text_of(response, "#outcome-heading") == ["Confirmed for 3 students."]
    assert response["X-Robots-Tag"] == "noindex"


def test_a_tampered_link_opens_nothing(client, programme):
    registration = capacity.register(programme, school_request(1, students=3))
    url = registration_link(registration)
    token = url.split("/registration/")[1].rstrip("/")
    forged = signing.dumps({"r": registration.pk, "k": "0"}, salt="another")
    forged = forged.replace(":", "/")
    for bad in (token[:-2] + "xx", forged):
        response = client.get(url.replace(token, bad))
        assert response.status_code == 404
        assert text_of(response, "h1") == ["This link is not valid"]
        assert "teacher1@" not in response.content.decode()


def test_an_expired_link_says_so(client, programme):
    registration = capacity.register(programme, school_request(1, students=3))
    url = registration_link(registration)
    with override_settings(KIZUNA_EXCHANGE_LINK_MAX_AGE=datetime.timedelta(0)):
        response = client.get(url)
    assert response.status_code == 410
    assert text_of(response, "h1") == ["This link has expired"]


def test_cancelling_through_the_link_frees_the_places(client, programme):
    registration = capacity.register(programme, school_request(1, students=3))
    url = registration_link(registration)
    response = client.post(url, {"action": "cancel"})
    assert response.status_code == 303
    page = client.get(response["Location"])
    assert text_of(page, ".search-notice") == ["Your registration is cancelled."]
    assert text_of(page, "#outcome-heading") == ["Cancelled."]
    assert programme.places_left() == 20


def test_reducing_through_the_link_frees_places_for_the_waiting_list(
    client, programme_index
):
    programme = add_programme(programme_index, capacity=10, max_students_per_school=10)
    first = capacity.register(programme, school_request(1, students=10))
    waiting = capacity.register(programme, school_request(2, students=4))
    response = client.post(
        registration_link(first), {"action": "reduce", "students": "6"}
    )
    assert response.status_code == 303
    waiting.refresh_from_db()
    assert waiting.places_offered == 4
    page = client.get(registration_link(waiting))
    assert text_of(page, "#outcome-heading") == ["4 places are offered to you."]
    accepted = client.post(registration_link(waiting), {"action": "accept"})
    waiting.refresh_from_db()
    assert (waiting.state, waiting.places_held) == (RegistrationState.CONFIRMED, 4)
    assert re.search(r"\?done=accepted$", accepted["Location"])


def test_a_reduction_must_be_fewer_students(client, programme):
    registration = capacity.register(programme, school_request(1, students=3))
    response = client.post(
        registration_link(registration), {"action": "reduce", "students": "5"}
    )
    assert response.status_code == 200
    assert text_of(response, "#id_students_error li") == [
        "Give fewer students than now (2 at most)."
    ]


def test_no_personal_data_on_the_public_pages(client, programme):
    capacity.register(programme, school_request(1, students=3))
    for url in (
        "/en/exchanges/",
        "/en/exchanges/summer-exchange/",
        REGISTER,
        "/sitemap.xml",
        "/en/search/?q=Teacher",
    ):
        body = client.get(url).content.decode()
        for secret in ("Teacher 1", "teacher1@school1.example", "+819000000001"):
            assert secret not in body, (url, secret)


def test_the_programmes_are_in_the_sitemap_in_every_language(client, programme):
    capacity.register(programme, school_request(1, students=3))
    body = client.get("/sitemap.xml").content.decode()
    for language in ("en", "ja", "km"):
        assert f"/{language}/exchanges/summer-exchange/</loc>" in body
    assert "/registration/" not in body
    assert "/register/" not in body


def test_the_index_lists_programmes_with_their_state(client, programme_index):
    add_programme(programme_index, "Open one", slug="open-one")
    add_programme(
        programme_index,
        "Closed one",
        slug="closed-one",
        registration_opens=timezone.now() - datetime.timedelta(days=9),
        registration_closes=timezone.now() - datetime.timedelta(days=1),
    )
    response = client.get("/ja/exchanges/")
    assert text_of(response, ".programme-state") == [
        "申し込みは締め切られました",
        "申し込み受付中",
    ]
