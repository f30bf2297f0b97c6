"""The demo's administrator can save their account settings, a language among them."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from cms.demo.loading import ensure_admin


def submitted_fields(html):
    """The fields a browser would submit from the account settings form, as shown."""
    form = BeautifulSoup(html, "html.parser").find(
        "form", attrs={"method": re.compile("^post$", re.IGNORECASE)}
    )
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in {"submit", "file"}:
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "") if field.name == "input" else field.text
    return data


@pytest.mark.django_db
def test_the_demo_admin_can_choose_the_admin_language(client):
    admin, _created = ensure_admin("admin", "kizuna-demo")
    client.force_login(admin)
    data = submitted_fields(client.get("/admin/account/").text)
    data["locale-preferred_language"] = "ja"

    response = client.post("/admin/account/", data)

    assert response.status_code == 302
    assert admin.wagtail_userprofile.preferred_language == "ja"


@pytest.mark.django_db
def test_the_demo_admin_has_a_name_and_an_email():
    admin, created = ensure_admin("admin", "kizuna-demo")

    assert created
    assert (admin.get_full_name(), admin.email) == (
        "Demo Administrator",
        "admin@example.org",
    )


@pytest.mark.django_db
def test_an_existing_admin_without_details_gets_them_and_keeps_the_rest():
    get_user_model().objects.create_superuser(
        "admin", password="chosen-by-the-owner", first_name="Sokha"
    )

    admin, created = ensure_admin("admin", "kizuna-demo")

    admin.refresh_from_db()
    assert not created
    assert admin.check_password("chosen-by-the-owner")
    assert (admin.get_full_name(), admin.email) == (
        "Sokha Administrator",
        "admin@example.org",
    )
