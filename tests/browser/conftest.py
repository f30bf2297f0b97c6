"""Playwright journeys on Debian's Chromium against pytest-django's live server."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.factories.pages import build_site

CHROMIUM = Path("/usr/bin/chromium")
# Installed by `make node`; the version is pinned in tests/node/package.json.
AXE_SCRIPT = (
    Path(__file__).resolve().parents[1]
    / "node"
    / "node_modules"
    / "axe-core"
    / "axe.min.js"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def skip_or_fail(reason):
    """Skip when a tool is missing on a developer's machine; fail in CI."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the whole browser suite.

    Playwright's sync API keeps an asyncio loop running in this thread while it is
    open, and Django refuses database calls beside a running loop unless told to
    allow them; the flag is set only for as long as the loop runs.
    """
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} not found: install Debian's chromium package")
    allow_async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if allow_async_unsafe is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = allow_async_unsafe


@pytest.fixture(scope="package")
def axe_source():
    """The axe-core script, to be injected into pages under test."""
    if not AXE_SCRIPT.exists():
        skip_or_fail(f"{AXE_SCRIPT} not found: run `make node` to install axe-core")
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab whose relative URLs go to the live server."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}
    )
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def site_tree():
    """(home, news index): the default site, so it serves localhost:<any port>."""
    return build_site()


@pytest.fixture
def news_index(site_tree):
    return site_tree[1]
