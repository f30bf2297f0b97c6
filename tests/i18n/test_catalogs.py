"""Every string of the public UI has a Japanese and a Khmer translation, and keeps one."""

import os
import shutil

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from tests.i18n.catalogs import (
    COMMITTED_LOCALE,
    OVERLAY_LOCALE,
    TRANSLATED,
    broken_placeholders,
    installed_catalogs,
    label,
    read_catalog,
    untranslated,
)

# Folders that hold none of the site's strings; the catalogs hold none either.
IGNORED = [".venv", "node_modules", "tests", "static", "locale"]
REFRESH = " ".join(
    ["python manage.py makemessages --no-obsolete"]
    + [f"-l {code}" for code in TRANSLATED]
    + [f"--ignore={pattern}" for pattern in IGNORED]
)
UNUSED = "Kizuna catalog check: no source contains this"
GETTEXT_PROGRAMS = ["xgettext", "msguniq", "msgmerge", "msgattrib"]


def require_gettext():
    missing = [name for name in GETTEXT_PROGRAMS if shutil.which(name) is None]
    if not missing:
        return
    reason = f"GNU gettext is not installed (no {', '.join(missing)})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must install it to check the catalogs")
    pytest.skip(reason)


@pytest.fixture
def refreshed_catalogs(tmp_path, settings, monkeypatch):
    """The committed catalogs after makemessages, run on a copy of the project.

    makemessages writes to the ``locale`` folder beside the sources it walks, so
    a copy is the only way to leave the committed catalogs untouched.
    """
    require_gettext()
    project = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        project,
        ignore=shutil.ignore_patterns(*IGNORED, ".*", "media", "*.sqlite3"),
    )
    shutil.copytree(COMMITTED_LOCALE, project / "locale")
    # A string no source has: a refresh removes it, proving the copy was refreshed.
    for code in TRANSLATED:
        with open(project / "locale" / code / "LC_MESSAGES" / "django.po", "a") as po:
            po.write(f'\nmsgid "{UNUSED}"\nmsgstr "{UNUSED}"\n')
    settings.LOCALE_PATHS = [project / "locale"]
    monkeypatch.chdir(project)
    call_command(
        "makemessages",
        locale=TRANSLATED,
        ignore_patterns=list(IGNORED),
        no_obsolete=True,
        verbosity=0,
    )
    refreshed = {code: read_catalog(project / "locale", code) for code in TRANSLATED}
    assert [code for code, catalog in refreshed.items() if UNUSED in catalog] == []
    return refreshed


def test_every_source_string_is_translated(refreshed_catalogs):
    """Fails when a template or Python string is new and not yet translated."""
    missing = [
        f"{code}: {msgid}"
        for code, catalog in refreshed_catalogs.items()
        for msgid in untranslated(catalog)
    ]

    assert missing == [], (
        f"Untranslated or fuzzy. Run `{REFRESH}`, translate, compile:\n"
        + "\n".join(missing)
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_committed_catalog_is_complete(code):
    catalog = read_catalog(COMMITTED_LOCALE, code)

    assert (catalog.fuzzy, catalog.plural_forms) == (False, "nplurals=1; plural=0;")
    assert untranslated(catalog) == []
    assert broken_placeholders(catalog) == []


def test_admin_overlay_is_complete():
    """The Khmer overlay's msgids are the list of admin strings chosen for translation:
    each needs its msgstr, with the placeholders of its msgid."""
    catalog = read_catalog(OVERLAY_LOCALE, "km")

    assert (catalog.fuzzy, catalog.plural_forms) == (False, "nplurals=1; plural=0;")
    assert len(catalog) >= 300
    assert untranslated(catalog) == []
    assert broken_placeholders(catalog) == []


def test_admin_overlay_translates_only_strings_wagtail_or_django_use():
    """A msgid that no installed catalog has is a typo: the admin would never show it."""
    known = {
        label(message) for catalog in installed_catalogs("en") for message in catalog
    }

    assert [
        label(message)
        for message in read_catalog(OVERLAY_LOCALE, "km")
        if message.id and label(message) not in known
    ] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "skip_link", "footer_links", "filter_headings"),
    [
        (
            "ja",
            "本文へ移動",
            ["サイトマップ", "ニュースフィード（RSS）", "ニュースフィード（Atom）"],
            ["種類", "年"],
        ),
        (
            "km",
            "រំលងទៅខ្លឹមសារ",
            ["ផែនទីគេហទំព័រ", "ហ្វីដព័ត៌មាន (RSS)", "ហ្វីដព័ត៌មាន (Atom)"],
            ["ប្រភេទ", "ឆ្នាំ"],
        ),
    ],
    ids=TRANSLATED,
)
def test_news_index_reads_in_the_language_of_its_url(
    client,
    news_index,
    compiled_catalogs,
    code,
    skip_link,
    footer_links,
    filter_headings,
):
    response = client.get(f"/{code}/news/")
    html = BeautifulSoup(response.content, "html.parser")

    assert html.select_one(".skip-link").get_text() == skip_link
    assert [a.get_text() for a in html.select(".site-footer__links a")] == footer_links
    assert [h.get_text() for h in html.select(".filters h2")] == filter_headings
