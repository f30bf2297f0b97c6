"""What a result shows beside its title, whatever its page type, without importing it.

A page class may define ``search_result_facts()``: short facts such as a date, a place
or a kind (a ``datetime.date`` is written as a date in the visitor's language, any
other value as text, empty ones are left out), and ``search_result_related``: the
relations those facts read, fetched for a whole page of results in one query each.
"""

import datetime
from collections import defaultdict

from django.db.models import prefetch_related_objects


def fetch_related_facts(pages):
    """Fetch what ``pages``' facts read: a few queries per page type, not per page."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for page_type, pages_of_type in by_type.items():
        related = getattr(page_type, "search_result_related", ())
        if related:
            prefetch_related_objects(pages_of_type, *related)


def result_facts(page):
    """``[{"date": …} or {"text": …}]`` for the facts ``page`` gives, in order."""
    facts = getattr(page, "search_result_facts", None)
    return [
        {"date": fact} if isinstance(fact, datetime.date) else {"text": str(fact)}
        for fact in (facts() if facts else [])
        if fact
    ]
