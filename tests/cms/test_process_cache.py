"""What each process keeps of public content (core.generation) serves later visits
without queries, and an editor's change reaches the very next request."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from core import generation
from core.generation_cache import GenerationCache
from directory.models import Venue
from events.querysets import PAST_IN_FEEDS
from exchanges import capacity
from home.models import StandardPage
from news.models import Agreement
from tests.factories.events import PHNOM_PENH, add_event
from tests.factories.exchanges import (
    add_programme,
    add_programme_index,
    school_request,
)
from tests.factories.images import make_image
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def process_cache(settings):
    settings.KIZUNA_PROCESS_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def publishing(django_capture_on_commit_callbacks):
    """Changes made inside it are committed, as an editor's are, signals and all."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def visit(client, path, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, headers=headers)
    return response, len(queries)


def test_a_second_visit_to_an_article_runs_no_query(client, news_index):
    article = add_article(news_index, "Water forum opens")
    first, _ = visit(client, article.url)
    again, queries = visit(client, article.url)

    assert queries == 0
    assert again.status_code == 200
    assert "Water forum opens" in again.text
    assert first.text.count("Water forum opens") == again.text.count(
        "Water forum opens"
    )


def test_an_edit_published_shows_on_the_next_visit(client, news_index, publishing):
    article = add_article(news_index, "Water forum opens")
    client.get(article.url)

    with publishing():
        article.title = "Water forum closes"
        article.save_revision().publish()

    assert "Water forum closes" in client.get(article.url).text


def test_an_unpublished_page_is_gone_on_the_next_visit(client, news_index, publishing):
    article = add_article(news_index, "Water forum opens")
    client.get(article.url)

    with publishing():
        article.unpublish()

    assert client.get(article.url).status_code == 404


def test_a_page_published_joins_the_menu_at_once(client, home_page, publishing):
    assert "About us" not in client.get("/en/").text

    with publishing():
        about = home_page.add_child(
            instance=StandardPage(title="About us", slug="about", show_in_menus=True)
        )
        about.save_revision().publish()

    assert "About us" in client.get("/en/news/").text


def test_a_restriction_added_to_a_page_is_enforced_on_the_next_visit(
    client, news_index, publishing
):
    article = add_article(news_index, "Board minutes")
    assert "Board minutes" in client.get(article.url).text

    with publishing():
        PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="pw"
        )

    response = client.get(article.url)
    assert 'name="password"' in response.text
    assert "About Board minutes" not in response.text


def test_a_site_given_another_root_answers_from_it_at_once(
    client, home_page, news_index, publishing
):
    assert client.get("/en/news/").status_code == 200

    with publishing():
        site = Site.objects.get()
        site.root_page = news_index
        site.save()

    # The news index is the site's root now: /en/news/ names nothing under it.
    assert client.get("/en/news/").status_code == 404
    assert client.get("/en/").status_code == 200


def test_nothing_is_kept_while_the_shared_cache_does_not_answer(
    client, news_index, monkeypatch, publishing
):
    monkeypatch.setattr(generation, "generation", lambda: None)
    article = add_article(news_index, "Water forum opens")
    client.get(article.url)
    _, queries = visit(client, article.url)
    # Editors' changes still show, with no generation to move on from.
    article.title = "Water forum closes"
    article.save_revision().publish()

    assert queries > 0
    assert "Water forum closes" in client.get(article.url).text


def test_nothing_is_kept_outside_a_request():
    built = []
    for _ in range(2):
        generation.remembered("outside", lambda: built.append(1))

    assert len(built) == 2


def test_the_feed_answers_a_conditional_request_without_a_query(
    client, event_index, publishing
):
    start = datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH)
    add_event(event_index, "Water forum", start=start)
    first = client.get("/en/events/feed.ics")
    again, queries = visit(
        client, "/en/events/feed.ics", **{"If-None-Match": first["ETag"]}
    )
    assert (again.status_code, queries) == (304, 0)

    with publishing():
        add_event(event_index, "Rice fair", start=start)

    after = client.get("/en/events/feed.ics", headers={"If-None-Match": first["ETag"]})
    assert after.status_code == 200
    assert "Rice fair" in after.text


def test_an_event_leaving_the_feed_with_time_changes_its_version(
    client, event_index, monkeypatch
):
    now = datetime.datetime.now(datetime.UTC)
    # Over long enough ago that it leaves the feed within the hour.
    start = (
        now
        - PAST_IN_FEEDS
        - datetime.timedelta(hours=2)
        + datetime.timedelta(minutes=30)
    )
    add_event(event_index, "Old forum", start=start)
    first = client.get("/en/events/feed.ics")
    assert "Old forum" in first.text

    later = now + datetime.timedelta(hours=1)
    monkeypatch.setattr("django.utils.timezone.now", lambda: later)
    after = client.get("/en/events/feed.ics", headers={"If-None-Match": first["ETag"]})
    assert after.status_code == 200
    assert "Old forum" not in after.text


def test_an_agreement_edited_shows_at_once_on_its_article(
    client, news_index, publishing
):
    article = add_article(news_index, "Water forum opens")
    article.agreements = [Agreement(title="Water MoU")]
    article.save_revision().publish()
    assert "Water MoU" in client.get(article.url).text

    with publishing():
        article.agreements = [Agreement(title="Irrigation MoU")]
        article.save_revision().publish()

    text = client.get(article.url).text
    assert "Irrigation MoU" in text and "Water MoU" not in text


def render_kept(request, value):
    template = Template(
        '{% load kept_tags %}{% kept "probe" %}{{ value }}{% endkept %}'
    )
    return template.render(Context({"request": request, "value": value}))


def test_kept_html_is_rendered_once_per_generation_and_never_in_a_preview(
    rf, home_page
):
    # As at a request's start and end, without Django's closing of the connection.
    generation._request_started()
    try:
        request = rf.get("/en/")
        kept = [render_kept(request, "live"), render_kept(request, "changed")]
        generation.next_generation()
        after_change = render_kept(request, "changed")
        request.is_preview = True
        previews = [render_kept(request, "draft 1"), render_kept(request, "draft 2")]
    finally:
        generation._request_finished()

    assert kept == ["live", "live"]
    assert after_change == "changed"
    assert previews == ["draft 1", "draft 2"]


def test_an_article_published_joins_the_kept_news_index_at_once(
    client, news_index, publishing
):
    add_article(news_index, "Water forum opens", tags=["water"])
    for path in ("/en/news/", "/en/news/?tag=water"):
        client.get(path)
        _, queries = visit(client, path)
        assert queries == 0

    with publishing():
        add_article(news_index, "Rice fair opens", tags=["water"])

    for path in ("/en/news/", "/en/news/?tag=water"):
        text = client.get(path).text
        assert "Rice fair opens" in text and "Water forum opens" in text


def test_what_is_kept_is_built_again_after_its_longest_life(monkeypatch):
    """A change whose new generation Redis failed to store still shows in time."""
    built = []
    clock = [1000.0]
    monkeypatch.setattr(generation.time, "monotonic", lambda: clock[0])
    generation._request_started()
    try:
        generation.remembered("probe", lambda: built.append(1))
        clock[0] += generation.MAX_AGE - 1
        generation.remembered("probe", lambda: built.append(1))
        clock[0] += 2
        generation.remembered("probe", lambda: built.append(1))
    finally:
        generation._request_finished()

    assert len(built) == 2


def test_a_second_visit_to_an_event_runs_no_query(client, event_index):
    start = datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH)
    event = add_event(event_index, "Water forum", start=start)
    first = client.get(event.url)
    again, queries = visit(client, event.url)

    assert (again.status_code, queries) == (200, 0)
    assert again.text == first.text


@pytest.fixture
def kept_renditions(settings):
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {"BACKEND": "core.generation_cache.GenerationCache"},
    }


def test_renditions_are_kept_and_one_deleted_is_made_again_at_once(
    client, news_index, kept_renditions, publishing, monkeypatch
):
    image = make_image()
    article = add_article(
        news_index, "Water forum opens", image=image, image_alt="The signing"
    )
    client.get(article.url)
    _, queries = visit(client, article.url)
    assert queries == 0

    # Deleted by another process: Wagtail's purge of its cache does not reach this one.
    monkeypatch.setattr(GenerationCache, "delete", lambda *args, **kwargs: True)
    with publishing():
        for rendition in image.renditions.all():
            rendition.delete()

    text = client.get(article.url).text
    assert image.renditions.exists()
    assert all(rendition.url in text for rendition in image.renditions.all())


def test_a_venue_renamed_shows_on_the_kept_event_page_at_once(
    client, event_index, publishing
):
    venue = Venue.objects.create(name="Chaktomuk Hall", time_zone="Asia/Phnom_Penh")
    start = datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH)
    event = add_event(event_index, "Water forum", start=start, venue=venue)
    assert "Chaktomuk Hall" in client.get(event.url).text

    with publishing():
        venue.name = "Chaktomuk Conference Hall"
        venue.save()

    assert "Chaktomuk Conference Hall" in client.get(event.url).text


def test_a_programme_page_shows_its_places_left_after_each_registration(
    client, home_page
):
    programme = add_programme(add_programme_index(home_page), capacity=20)
    assert "20 places left" in client.get(programme.url).text

    # A registration changes no page: the programme's page is read afresh each time.
    capacity.register(programme, school_request(students=4))

    assert "16 places left" in client.get(programme.url).text
