"""Reading the gettext catalogs the site ships and those Django, Wagtail and others ship."""

import re
import sys
from pathlib import Path

import django
from babel.messages.catalog import PYTHON_FORMAT
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings

COMMITTED_LOCALE = settings.BASE_DIR / "locale"
# Wagtail's and Django's admin strings in Khmer, which neither ships.
OVERLAY_LOCALE = COMMITTED_LOCALE / "overlay"
TRANSLATED = ["ja", "km"]
BRACE_FORMAT = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")


def catalog_path(locale_dir, code):
    return Path(locale_dir) / code / "LC_MESSAGES" / "django.po"


def read_catalog(locale_dir, code):
    with open(catalog_path(locale_dir, code), "rb") as po_file:
        return read_po(po_file, locale=code)


def label(message):
    msgid = message.id[0] if message.pluralizable else message.id
    return f"{message.context}|{msgid}" if message.context else msgid


def msgstrs(message):
    return list(message.string) if message.pluralizable else [message.string]


def untranslated(catalog):
    """Msgids a reader of this language would see in English (empty or fuzzy msgstr)."""
    return [
        label(message)
        for message in catalog
        if message.id and (message.fuzzy or not all(msgstrs(message)))
    ]


def placeholders(text, python_format):
    """The {name} placeholders of a string, and its %(name)s and %s ones (without the
    literal %%) where it is a Python format string."""
    found = {(name, "{}") for name in BRACE_FORMAT.findall(text)}
    if python_format:
        found |= {(name, kind) for name, _spec, kind in PYTHON_FORMAT.findall(text)}
    return found - {("", "%")}


def broken_placeholders(catalog):
    """Msgids whose translation lost or invented a placeholder."""
    broken = []
    for message in catalog:
        if not message.id:
            continue
        python_format = "python-format" in message.flags
        msgids = list(message.id) if message.pluralizable else [message.id]
        # With one plural form, that form serves every count, so it needs them all.
        expected = set().union(
            *(placeholders(msgid, python_format) for msgid in msgids)
        )
        if any(
            placeholders(msgstr, python_format) != expected
            for msgstr in msgstrs(message)
        ):
            broken.append(label(message))
    return broken


def is_project_app(path):
    """Whether an app lives in this repository (a virtualenv inside it holds packages)."""
    return path.is_relative_to(settings.BASE_DIR) and not path.is_relative_to(
        sys.prefix
    )


def installed_catalogs(code):
    """The catalogs of Django and the installed packages (not the project's own apps),
    which the project's catalogs take precedence over."""
    package_dirs = [
        Path(config.path)
        for config in apps.get_app_configs()
        if not is_project_app(Path(config.path))
    ]
    paths = [
        catalog_path(directory / "locale", code)
        for directory in [*package_dirs, Path(django.__file__).parent / "conf"]
    ]
    return [read_catalog(path.parents[2], code) for path in paths if path.exists()]


def compile_catalogs(target, sources):
    """Compile the ``sources`` locale folders' catalogs into ``target``, one folder each,
    as `make messages` compiles them beside their .po files."""
    compiled = []
    for source in sources:
        folder = target / source.relative_to(settings.BASE_DIR)
        for code in TRANSLATED:
            if not catalog_path(source, code).exists():
                continue
            (folder / code / "LC_MESSAGES").mkdir(parents=True)
            with open(folder / code / "LC_MESSAGES" / "django.mo", "wb") as mo_file:
                write_mo(mo_file, read_catalog(source, code))
        compiled.append(folder)
    return compiled
