"""Chromium runs the public site and the Wagtail admin under their policies without
refusing anything: the policies allow what the pages need, and no more."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from tests.factories.events import add_event, add_event_index
from tests.factories.images import make_image
from tests.factories.pages import add_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"


def watch_for_refusals(page):
    """Chromium reports each resource a policy blocks as a console error."""
    refusals = []
    page.on(
        "console",
        lambda message: (
            refusals.append(message.text)
            if "Content Security Policy" in message.text
            or "Permissions-Policy" in message.text
            else None
        ),
    )
    return refusals


def test_public_pages_need_nothing_their_policy_refuses(page, site_tree):
    home, news = site_tree
    article = add_article(news, "Kagawa and Siem Reap sign a partnership")
    events = add_event_index(home)
    start = timezone.now() + datetime.timedelta(days=10)
    add_event(events, "Clean water forum", slug="water-forum", start=start)
    refusals = watch_for_refusals(page)

    for path in [
        "/en/",
        "/ja/news/",
        f"/km/news/{article.slug}/",
        "/en/events/",
        "/en/events/water-forum/",
        "/en/search/?q=water",
        "/en/no-such-page/",
    ]:
        page.goto(path)
        page.wait_for_load_state("networkidle")

    assert refusals == [], "\n".join(refusals)


def test_the_admin_works_under_its_policy(page, live_server, site_tree):
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    make_image()
    refusals = watch_for_refusals(page)

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    for path in [
        "/admin/",
        f"/admin/pages/{site_tree[1].pk}/",
        f"/admin/pages/add/news/newsarticlepage/{site_tree[1].pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
    ]:
        page.goto(path)
        page.wait_for_load_state("networkidle")
    # The userbar on a public page, as a logged-in editor sees it.
    page.goto("/en/")
    expect(page.locator("wagtail-userbar")).to_be_attached()

    assert refusals == [], "\n".join(refusals)
