import pytest
from bs4 import BeautifulSoup


class SearchPage:
    """The search page as a visitor reads it."""

    def __init__(self, response):
        self.response = response
        self.html = response.content.decode()
        self.soup = BeautifulSoup(self.html, "html.parser")

    @property
    def titles(self):
        return [a.get_text() for a in self.soup.select(".search-result__title a")]

    @property
    def count_heading(self):
        heading = self.soup.select_one(".search-results__count")
        return heading.get_text(" ", strip=True) if heading else None

    def text_of(self, selector):
        return [node.get_text(" ", strip=True) for node in self.soup.select(selector)]


@pytest.fixture
def search(client):
    """``search("ja", "カシュー")`` → the rendered search page at /ja/search/?q=カシュー."""

    def run(language, query, **params):
        response = client.get(f"/{language}/search/", {"q": query, **params})
        assert response.status_code == 200
        return SearchPage(response)

    return run
