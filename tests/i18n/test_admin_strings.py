"""The Wagtail admin reads as Wagtail translated it: the project's strings do not replace
Wagtail's or Django's own, and Khmer editors get the admin in Khmer."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from wagtail.users.models import UserProfile

from tests.i18n.catalogs import (
    COMMITTED_LOCALE,
    OVERLAY_LOCALE,
    TRANSLATED,
    installed_catalogs,
    label,
    msgstrs,
    read_catalog,
)


def translations(catalogs):
    """Each msgid without context and its first translation, the first catalog winning."""
    found = {}
    for catalog in catalogs:
        for message in catalog:
            if message.id and not message.context and all(msgstrs(message)):
                found.setdefault(label(message), msgstrs(message))
    return found


@pytest.mark.parametrize("code", TRANSLATED)
def test_project_strings_leave_django_s_and_wagtail_s_translations_alone(code):
    """Django merges the project's catalog over every installed one, so a msgid both use
    would change Wagtail's admin too: the project's take a context (pgettext)."""
    ours = translations([read_catalog(COMMITTED_LOCALE, code)])
    below = installed_catalogs(code)
    if (OVERLAY_LOCALE / code).exists():
        below.insert(0, read_catalog(OVERLAY_LOCALE, code))
    theirs = translations(below)

    assert {
        msgid: (ours[msgid][0], theirs[msgid][0])
        for msgid in ours.keys() & theirs.keys()
        if ours[msgid] != theirs[msgid]
    } == {}


@pytest.fixture
def admin_client_in(client, db):
    def log_in(code):
        user = User.objects.create_superuser("editor", "editor@example.org", "pw")
        UserProfile.objects.create(user=user, preferred_language=code)
        client.force_login(user)
        return client

    return log_in


def main_menu(client):
    """The main menu's top-level items, {name: label}, as the admin sidebar gets them."""
    html = BeautifulSoup(client.get("/admin/").content, "html.parser")
    props = json.loads(html.select_one("#wagtail-sidebar-props").get_text())
    [menu] = [
        module["_args"][0]
        for module in props["modules"]
        if module["_type"] == "wagtail.sidebar.MainMenuModule"
    ]
    return {item["_args"][0]["name"]: item["_args"][0]["label"] for item in menu}


def test_japanese_admin_menu_says_pages_as_wagtail_does(
    admin_client_in, compiled_catalogs
):
    menu = main_menu(admin_client_in("ja"))

    assert (menu["explorer"], menu["documents"], menu["settings"]) == (
        "ページ",
        "ドキュメント",
        "設定",
    )


def test_khmer_admin_menu_reads_in_khmer(admin_client_in, compiled_catalogs):
    menu = main_menu(admin_client_in("km"))

    assert {name: menu[name] for name in ["explorer", "images", "documents"]} == {
        "explorer": "ទំព័រ",
        "images": "រូបភាព",
        "documents": "ឯកសារ",
    }
    assert (menu["reports"], menu["settings"], menu["help"]) == (
        "របាយការណ៍",
        "ការកំណត់",
        "ជំនួយ",
    )


def test_khmer_page_editor_reads_in_khmer(
    admin_client_in, news_index, compiled_catalogs
):
    client = admin_client_in("km")

    response = client.get(f"/admin/pages/{news_index.pk}/edit/")
    html = BeautifulSoup(response.content, "html.parser")

    assert [tab.get_text(strip=True) for tab in html.select("[role=tab]")] == [
        "ខ្លឹមសារ()",
        "ផ្សព្វផ្សាយ()",
    ]
    assert [button.get_text(strip=True) for button in html.select("footer button")] == [
        "រក្សាទុកសេចក្តីព្រាង",
        "សកម្មភាពផ្សេងទៀត",
        "ផ្សាយ",
        "ដាក់ជូន Moderators approval",
    ]
    assert [link.get_text(strip=True) for link in html.select("footer a")] == ["ឈប់ផ្សាយ"]
    assert "សម្រាប់ម៉ាស៊ីនស្វែងរក" in [
        heading.get_text(strip=True) for heading in html.select(".w-panel__heading")
    ]
