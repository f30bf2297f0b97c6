import pytest

from tests.factories.pages import add_article, make_kind

pytestmark = pytest.mark.django_db


def test_pages_render_in_each_language(client, news_index):
    add_article(
        news_index,
        "Foreign Minister visits Phnom Penh",
        title_ja="外務大臣プノンペン訪問",
        kind=make_kind(),
    )
    for lang, expected in [
        ("en", "Foreign Minister visits Phnom Penh"),
        ("ja", "外務大臣プノンペン訪問"),
        ("km", "Foreign Minister visits Phnom Penh"),
    ]:
        for path in ["/", "/news/", "/news/foreign-minister-visits-phnom-penh/"]:
            response = client.get(f"/{lang}{path}")
            assert response.status_code == 200, (lang, path)
        assert expected in response.content.decode()
