"""Reading the public calendar's pages in tests."""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories.events import PHNOM_PENH


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(soup):
    return [a.get_text(strip=True) for a in soup.select(".event-card__title a")]


def text_of(element):
    return " ".join(element.get_text().split())


def days_from_today(days, hour, zone=PHNOM_PENH):
    today = timezone.now().astimezone(zone).date()
    return datetime.datetime.combine(
        today + datetime.timedelta(days=days), datetime.time(hour), zone
    )
