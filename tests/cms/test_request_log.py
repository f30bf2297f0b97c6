"""Each request leaves one structured log line, and errors carry its id: never personal data."""

import logging
import re

import pytest
from django.urls import path

from cms import urls

LINE = re.compile(
    r"^method=(?P<method>\w+) path=(?P<path>\S+) status=(?P<status>\d{3}) "
    r"duration_ms=(?P<duration>\d+\.\d) cache=(?P<cache>\S+)$"
)


def request_lines(caplog):
    return [
        LINE.match(record.getMessage())
        for record in caplog.records
        if record.name == "kizuna.request"
    ]


@pytest.mark.django_db
def test_one_line_per_request_with_method_path_status_and_duration(
    client, site_tree, caplog
):
    caplog.set_level(logging.INFO, logger="kizuna.request")

    client.get("/en/news/")
    client.get("/en/no-such-page/")

    first, second = request_lines(caplog)
    assert first["method"] == "GET"
    assert first["path"] == "/en/news/"
    assert first["status"] == "200"
    assert float(first["duration"]) > 0
    assert (second["path"], second["status"]) == ("/en/no-such-page/", "404")


@pytest.mark.django_db
def test_query_strings_and_form_bodies_stay_out_of_the_log(client, site_tree, caplog):
    caplog.set_level(logging.DEBUG)

    client.get("/en/search/?q=tanaka%40example.org")
    client.post("/en/news/", {"email": "tanaka@example.org", "name": "Tanaka"})

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "tanaka" not in logged.lower()
    assert "example.org" not in logged
    assert [line["path"] for line in request_lines(caplog)] == [
        "/en/search/",
        "/en/news/",
    ]


@pytest.mark.django_db
def test_a_members_calendar_token_is_masked(client, caplog):
    caplog.set_level(logging.INFO, logger="kizuna.request")

    client.get("/en/delegations/calendar/s3cr3t-t0ken.ics")

    (line,) = request_lines(caplog)
    assert line["path"] == "/en/delegations/calendar/….ics"
    assert "s3cr3t" not in caplog.text


def failing_view(request):
    raise ValueError("the itinerary could not be sorted")


urlpatterns = [path("boom/", failing_view), *urls.urlpatterns]
handler500 = urls.handler500


@pytest.mark.django_db
@pytest.mark.urls("tests.cms.test_request_log")
def test_an_error_is_logged_with_its_traceback_and_the_requests_id(caplog):
    from django.test import Client

    caplog.set_level(logging.INFO)
    client = Client(raise_request_exception=False)

    response = client.get(
        "/boom/?email=tanaka%40example.org", HTTP_X_REQUEST_ID="lb-42"
    )

    assert response.status_code == 500
    (error,) = [r for r in caplog.records if r.name == "django.request"]
    (line,) = [r for r in caplog.records if r.name == "kizuna.request"]
    assert error.levelname == "ERROR"
    assert error.exc_info[0] is ValueError
    assert error.getMessage() == "Internal Server Error: /boom/"
    assert error.request_id == line.request_id == "lb-42"
    assert "status=500" in line.getMessage()
    assert "tanaka" not in caplog.text
