"""Kizuna's search index as a Wagtail search backend.

``WAGTAILSEARCH_BACKENDS["default"]`` points here, so Wagtail keeps the index current
(its signals on save and delete, ``manage.py update_index``) and the admin's page,
snippet, image and document searches use the same index as the public search page.

Each object has one ``SearchEntry`` per language (see ``search.indexing``). A search
keeps the objects that have an entry matching every term: whole words for spaced
scripts, substrings for Japanese and Khmer (``search.text``). The queryset's own
filters and ordering run in the same SQL query, so any field may be filtered on.
``fields`` is not supported: the whole entry of an object is searched.
"""

from django.db import connections
from django.db.models import (
    BigIntegerField,
    Case,
    CharField,
    Count,
    Exists,
    FloatField,
    IntegerField,
    OrderBy,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.search.backends.base import (
    BaseIndex,
    BaseSearchBackend,
    BaseSearchQueryCompiler,
    BaseSearchResults,
)
from wagtail.search.query import And, Boost, MatchAll, Not, Or, Phrase, PlainText
from wagtail.search.utils import AND, OR

from .indexing import entries_for, is_indexable, object_key, root_content_type
from .models import SearchEntry
from .text import term_pattern, unspaced_bigrams

# The attribute each fetched result carries the number of all results in.
TOTAL = "search_total"
MATCH_ALL = object()
MATCH_NONE = object()


class SubstringIndex(BaseIndex):
    def add_items(self, model, items):
        indexed_at = timezone.now()
        entries = []
        for obj in items:
            if is_indexable(obj):
                entries.extend(entries_for(obj, SearchEntry, indexed_at))
            else:
                # A page unpublished since it was indexed leaves the index.
                self.delete_item(obj)
        SearchEntry.objects.bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["content_type", "object_id", "language"],
            update_fields=["title", "text", "bigrams", "indexed_at"],
        )

    def delete_item(self, item):
        content_type, object_id = object_key(item)
        SearchEntry.objects.filter(
            content_type=content_type, object_id=object_id
        ).delete()

    def reset(self):
        SearchEntry.objects.all().delete()


class SubstringRebuilder:
    """``update_index``: re-add every indexable object, then drop what was not re-added.

    The old entries serve searches until the new ones replace them.
    """

    def __init__(self, index):
        self.index = index

    def start(self):
        self.started = timezone.now()
        return self.index

    def finish(self):
        SearchEntry.objects.filter(indexed_at__lt=self.started).delete()


class SubstringQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"
    HANDLES_ORDER_BY_EXPRESSIONS = True

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The language whose entries are searched; None (the admin) searches them all.
        self.language = language

    def check(self):
        # Filters and ordering run in SQL as they stand, so there is nothing to check.
        pass

    def condition(self, query):
        """A condition on ``SearchEntry`` for ``query``, or MATCH_ALL or MATCH_NONE."""
        if isinstance(query, PlainText | Phrase):
            patterns = self.patterns(query)
            if not patterns:
                return MATCH_NONE
            combine = OR if getattr(query, "operator", "and") == "or" else AND
            return combine([self.pattern_condition(pattern) for pattern in patterns])
        if isinstance(query, Boost):
            return self.condition(query.subquery)
        if isinstance(query, MatchAll):
            return MATCH_ALL
        if isinstance(query, Not):
            inner = self.condition(query.subquery)
            negated = {MATCH_ALL: MATCH_NONE, MATCH_NONE: MATCH_ALL}
            return negated.get(inner) or ~inner
        if isinstance(query, And | Or):
            absorbing, neutral = (
                (MATCH_NONE, MATCH_ALL)
                if isinstance(query, And)
                else (MATCH_ALL, MATCH_NONE)
            )
            parts = [self.condition(subquery) for subquery in query.subqueries]
            if absorbing in parts:
                return absorbing
            parts = [part for part in parts if part is not neutral]
            if not parts:
                return neutral
            return (AND if isinstance(query, And) else OR)(parts)
        raise NotImplementedError(
            f"{type(query).__name__} is not supported by Kizuna's search backend."
        )

    def pattern_condition(self, pattern):
        """The stored text contains ``pattern``; on PostgreSQL, first its character
        pairs, which an index finds (see SearchEntry.bigrams), then the LIKE checks."""
        condition = Q(text__contains=pattern)
        pairs = unspaced_bigrams(pattern)
        if pairs and connections[self.queryset.db].vendor == "postgresql":
            condition &= Q(bigrams__has_all=pairs)
        return condition

    @staticmethod
    def patterns(query):
        """The patterns of a plain text (one per term) or a phrase (one in all)."""
        if isinstance(query, Phrase):
            texts = [query.query_string]
        else:
            texts = query.query_string.split()
        return list(dict.fromkeys(filter(None, map(term_pattern, texts))))

    def title_patterns(self, query):
        """Patterns whose presence in a title ranks a result higher."""
        if isinstance(query, PlainText | Phrase):
            return self.patterns(query)
        if isinstance(query, Boost):
            return self.title_patterns(query.subquery)
        if isinstance(query, And | Or):
            return [p for sub in query.subqueries for p in self.title_patterns(sub)]
        return []

    def entries(self):
        """The entries of the queryset's model in the searched language."""
        entries = SearchEntry.objects.filter(
            content_type=root_content_type(self.queryset.model)
        )
        if self.language:
            entries = entries.filter(language=self.language)
        return entries

    def entries_of_row(self):
        """The entries of the queryset's current row (for a correlated subquery)."""
        return self.entries().filter(
            object_id=Cast(OuterRef("pk"), output_field=CharField())
        )

    def having_entry(self, queryset, condition):
        """``queryset`` narrowed to the objects with an entry meeting ``condition``.

        Integer keys are matched against the matching entries' ids, so PostgreSQL finds
        the entries first, through an index of their text, instead of looking up the
        entries of every object in turn.
        """
        if isinstance(queryset.model._meta.pk, IntegerField):
            ids = (
                self.entries()
                .filter(condition)
                .values(key=Cast("object_id", output_field=BigIntegerField()))
            )
            return queryset.filter(pk__in=ids)
        return queryset.filter(Exists(self.entries_of_row().filter(condition)))

    def matches(self, score_field=None, ranked=None):
        """The queryset narrowed to the matching objects, best first if ranked."""
        ranked = self.order_by_relevance if ranked is None else ranked
        queryset = self.queryset
        condition = self.condition(self.query)
        if condition is MATCH_NONE:
            return queryset.none()
        ordering = list(queryset.query.order_by or queryset.model._meta.ordering)
        score = Value(None, output_field=FloatField())
        if condition is not MATCH_ALL:
            queryset = self.having_entry(queryset, condition)
            if ranked or score_field:
                # In one language an object has one entry, the one that matched:
                # its text need not be searched again for each result.
                matching = self.entries_of_row()
                if not self.language:
                    matching = matching.filter(condition)
                score = Subquery(self.title_hits(matching)[:1])
            if ranked:
                ordering = [OrderBy(score, descending=True), *ordering]
        if score_field:
            queryset = queryset.annotate(**{score_field: score})
        # A stable order keeps pages of results from overlapping.
        return queryset.order_by(*ordering, "-pk")

    def title_hits(self, matching):
        """How many of the search's patterns the best matching entry has in its title."""
        hits = sum(
            (
                Case(When(title__contains=pattern, then=Value(1)), default=Value(0))
                for pattern in self.title_patterns(self.query)
            ),
            start=Value(0),
        )
        return matching.annotate(hits=hits).order_by("-hits").values("hits")


class SubstringSearchResults(BaseSearchResults):
    supports_facet = True

    def get_queryset(self):
        return self.query_compiler.matches(self._score_field)

    def _do_search(self):
        # Each result carries the number of all matches (COUNT(*) OVER ()), so that a
        # page of results and its count are one query (see core.pagination).
        queryset = self.get_queryset().annotate(**{TOTAL: Window(Count("*"))})
        return list(queryset[self.start : self.stop])

    def _do_count(self):
        return self.get_queryset()[self.start : self.stop].count()

    def facet(self, field_name):
        """{value: number of matching objects} for one field, the commonest first."""
        rows = (
            self.query_compiler.matches(ranked=False)
            .order_by()
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return {row[field_name]: row["count"] for row in rows}


class SubstringSearchBackend(BaseSearchBackend):
    query_compiler_class = SubstringQueryCompiler
    autocomplete_query_compiler_class = SubstringQueryCompiler
    index_class = SubstringIndex
    results_class = SubstringSearchResults
    rebuilder_class = SubstringRebuilder

    def search(self, query, model_or_queryset, *, language=None, **kwargs):
        """Wagtail's ``search``; ``language`` limits it to that language's entries."""
        return self._search(
            self.query_compiler_class,
            query,
            model_or_queryset,
            language=language,
            **self.search_options(**kwargs),
        )

    # Every search matches inside words where the script needs it, so autocomplete
    # (the admin's search) is the same search.
    def autocomplete(self, query, model_or_queryset, *, language=None, **kwargs):
        return self.search(query, model_or_queryset, language=language, **kwargs)

    @staticmethod
    def search_options(fields=None, operator=None, order_by_relevance=True):
        return {
            "fields": fields,
            "operator": operator,
            "order_by_relevance": order_by_relevance,
        }


SearchBackend = SubstringSearchBackend
