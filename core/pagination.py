from django.core.paginator import Paginator

PAGE_PARAMETER = "page"
# No listing has this many pages; a larger number would overflow the database's OFFSET.
MAX_PAGE = 100_000


class PageFirstPaginator(Paginator):
    """For items whose rows each carry the number of all items (``total``, such as a
    COUNT(*) OVER () annotation): the asked page is fetched first and the count read
    from it, so a page costs one query instead of a count and a page. Only a page past
    the end (or no items) asks for the count apart, to show the last page."""

    def __init__(self, object_list, per_page, *, total):
        super().__init__(object_list, per_page)
        self.total = total

    def get_page(self, number):
        try:
            number = min(max(int(number), 1), MAX_PAGE)
        except (TypeError, ValueError):
            number = 1
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page])
        if not rows:
            return super().get_page(number)
        # Paginator.count is a cached property: the count is known now.
        self.__dict__["count"] = getattr(rows[0], self.total)
        return self._get_page(rows, number, self)


def paginate(request, items, per_page, *, total=None):
    """The requested page of ``items``; a bad or out-of-range number gives the nearest
    page. ``total`` names the attribute each item carries the count of all in, if any."""
    number = request.GET.get(PAGE_PARAMETER)
    if total:
        return PageFirstPaginator(items, per_page, total=total).get_page(number)
    return Paginator(items, per_page).get_page(number)
