from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Site

from core.pagination import paginate

from .backend import TOTAL
from .query import SearchQuery
from .results import fetch_related_facts

RESULTS_PER_PAGE = 10


def search(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    search_query = SearchQuery.from_query(request.GET)
    results = None
    if search_query.terms:
        pages = search_query.pages(language=get_language(), site=site)
        results = paginate(request, pages, RESULTS_PER_PAGE, total=TOTAL)
        fetch_related_facts(results)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": search_query, "results": results},
    )
