"""The content bench/pages.py serves: the demo, filled up to a large site's size.

Run inside ``manage.py shell`` (bench/pages.py does), with bench/ on the path:
the demo, then, through the bulk factories the tests share, news articles up to
ARTICLES (dressed as the demo's: kinds, images, bodies, tags, agreements), EVENTS more
events, delegations up to DELEGATIONS and programmes up to PROGRAMMES, a few schools
registered on each new one. Prints what the database then holds.

``print_query_counts`` counts the queries of the pages bench/pages.py measures and
of a few more public pages, on the same database, with the page cache off.
"""

import datetime
import sys
import zoneinfo
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.images import get_image_model

from delegations.models import Delegation, ItineraryItem, Member
from directory.models import Organisation, Venue
from events.models import EventIndexPage, EventPage
from exchanges import capacity
from exchanges.models import (
    ExchangeProgrammeIndexPage,
    ExchangeProgrammePage,
    Registration,
)
from news.models import NewsArticlePage, NewsIndexPage, NewsKind
from tests.factories.bulk_delegations import bulk_add_delegations
from tests.factories.bulk_events import bulk_add_events
from tests.factories.bulk_news import Dressing, bulk_add_articles
from tests.factories.events import make_venue
from tests.factories.exchanges import add_programme, school_request
from tests.queries import count_queries

ARTICLES, EVENTS, DELEGATIONS, PROGRAMMES = 500, 1000, 20, 5
SCHOOLS_PER_PROGRAMME = 6
PHNOM_PENH = zoneinfo.ZoneInfo("Asia/Phnom_Penh")
# The bulk events: one a day from here (so March 2027 has 31 of them, and weekly
# repeats of the ones before), each tenth repeating weekly.
FIRST_EVENT = datetime.datetime(2027, 1, 1, 10, 0, tzinfo=PHNOM_PENH)


def load():
    call_command("load_demo", "--image-width", "96", stdout=StringIO())
    index = EventIndexPage.objects.get()
    event_ids = bulk_add_events(
        index, EVENTS, first_start=FIRST_EVENT, venues=[make_venue()], repeat_every=10
    )
    organisations = list(Organisation.objects.order_by("pk"))
    bulk_add_articles(
        NewsIndexPage.objects.get(),
        ARTICLES - NewsArticlePage.objects.count(),
        dressing=Dressing(
            kinds=tuple(NewsKind.objects.order_by("pk")),
            images=tuple(get_image_model().objects.order_by("pk")),
            tags=tuple(Tag.objects.order_by("pk")),
            parties=tuple(organisations),
        ),
    )
    bulk_add_delegations(
        DELEGATIONS - Delegation.objects.count(),
        first_day=FIRST_EVENT.date(),
        venues=list(Venue.objects.order_by("pk")),
        organisations=organisations,
        events=list(EventPage.objects.filter(pk__in=event_ids[:50])),
    )
    add_programmes(PROGRAMMES - ExchangeProgrammePage.objects.count(), organisations)
    for model in (
        NewsArticlePage,
        EventPage,
        Delegation,
        Member,
        ItineraryItem,
        ExchangeProgrammePage,
        Registration,
    ):
        sys.stdout.write(
            f"{model.objects.count():>6} {model._meta.verbose_name_plural}\n"
        )


def add_programmes(count, organisations):
    """``count`` open programmes, each on an upcoming bulk event, a few schools each."""
    index = ExchangeProgrammeIndexPage.objects.get()
    events = EventPage.objects.filter(slug__startswith="bulk-event-").order_by("start")
    for n, event in enumerate(events[30 : 30 * (count + 1) : 30]):
        programme = add_programme(
            index,
            f"Summer exchange {n + 1}",
            slug=f"bulk-exchange-{n + 1}",
            event=event,
            host_organisation=organisations[n % len(organisations)],
            visiting_organisation=organisations[(n + 1) % len(organisations)],
            capacity=30,
        )
        for school in range(SCHOOLS_PER_PROGRAMME):
            capacity.register(
                programme, school_request(n * 100 + school + 1, students=4)
            )


def print_query_counts(paths, conditional):
    """Print the queries of one anonymous visit to each of ``paths`` (after a first
    visit, as tests/queries.py counts them), then of a visit to ``conditional`` with
    its ETag, which answers 304: one ``count path`` line each."""
    client = Client(HTTP_HOST="localhost")
    for path in paths:
        sys.stdout.write(f"{count_queries(client, path)} {path}\n")
    etag = client.get(conditional)["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(conditional, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304, response.status_code
    sys.stdout.write(f"{len(queries)} {conditional} (304)\n")
