"""Public summaries in sitemap.xml, each in every language with its alternates."""

import pytest

from delegations.enums import Visibility
from tests.cms.test_sitemap import in_each_language, read_sitemap
from tests.delegations.factories import make_delegation

pytestmark = pytest.mark.django_db


def test_public_summaries_are_listed_in_every_language_and_private_ones_not(
    client, home_page
):
    make_delegation(slug="nagano-mission", visibility=Visibility.PUBLIC_SUMMARY)
    make_delegation(slug="draft-visit", visibility=Visibility.PRIVATE)
    make_delegation(name="No address yet")

    urls = read_sitemap(client)

    assert set(urls) == (
        in_each_language("/")
        | in_each_language("/news/")
        | in_each_language("/delegations/nagano-mission/")
    )
    for language in ("en", "ja", "km"):
        summary = urls[f"http://testserver/{language}/delegations/nagano-mission/"]
        assert summary["alternates"] == {
            "en": "http://testserver/en/delegations/nagano-mission/",
            "ja": "http://testserver/ja/delegations/nagano-mission/",
            "km": "http://testserver/km/delegations/nagano-mission/",
            "x-default": "http://testserver/delegations/nagano-mission/",
        }


def test_the_summary_names_its_language_versions_like_a_page(client, home_page):
    make_delegation(slug="nagano-mission", visibility=Visibility.PUBLIC_SUMMARY)

    html = client.get("/ja/delegations/nagano-mission/").content.decode()

    assert (
        '<link rel="alternate" hreflang="km" '
        'href="http://testserver/km/delegations/nagano-mission/">'
    ) in html
    assert (
        '<link rel="canonical" href="http://testserver/ja/delegations/nagano-mission/">'
    ) in html
