"""Many published, indexed news articles at once, for search tests and bench/ scripts.

Rows are inserted directly (see core.bulk_pages) and indexed through the search
backend, as Wagtail's ``update_index`` would; no revisions. Given kinds, images, tags
and parties, the articles are dressed as the demo's are (see ``Dressing``).
"""

import datetime
import random
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.bulk_pages import insert_pages
from news.enums import Sector
from news.models import Agreement, NewsArticlePage, NewsArticleTag
from search.indexing import root_content_type
from search.models import SearchEntry
from search.text import stored_text, unspaced_bigrams

# Words the articles are written from, the commonest first.
JAPANESE_WORDS = (
    "日本", "カンボジア", "協力", "大臣", "訪問", "学校", "交流", "研修", "農業", "支援",
    "会議", "道路", "工場", "覚書", "署名", "視察団", "カシュー", "コメ", "輸出", "病院",
)  # fmt: skip
KHMER_WORDS = (
    "ជប៉ុន", "កម្ពុជា", "កិច្ចសហប្រតិបត្តិការ", "រដ្ឋមន្ត្រី", "ទស្សនកិច្ច", "សាលារៀន",
    "ការផ្លាស់ប្តូរ", "វគ្គបណ្តុះបណ្តាល", "កសិកម្ម", "ជំនួយ", "កិច្ចប្រជុំ", "ផ្លូវ",
    "រោងចក្រ", "អនុស្សរណៈ", "ហត្ថលេខា", "ភ្នំពេញ", "ស្វាយចន្ទី", "អង្ករ", "ការនាំចេញ",
    "មន្ទីរពេទ្យ",
)  # fmt: skip
ENGLISH_WORDS = (
    "Japan", "Cambodia", "cooperation", "minister", "visit", "school", "exchange",
    "training", "agriculture", "support", "meeting", "road", "factory", "memorandum",
    "signing", "delegation", "cashew", "rice", "exports", "hospital",
)  # fmt: skip


def _sentence(words, rng, count, joiner):
    """``count`` words drawn as in real text: the first words of a list are common,
    the last ones rare (the last is in about one article in twenty)."""
    weights = [1 / (rank + 1) ** 1.5 for rank in range(len(words))]
    return joiner.join(rng.choices(words, weights, k=count))


@dataclass(frozen=True)
class Dressing:
    """What makes bulk articles look like the demo's: a kind and a main image each, a
    body in each language (a heading, paragraphs, a captioned image, every third a
    quote), two tags, and on every ``agreement_every``-th article two agreements
    between ``parties``, who are also the article's organisations."""

    kinds: tuple
    images: tuple
    tags: tuple
    parties: tuple
    agreement_every: int = 10


def bulk_add_articles(index, count, *, seed=1, batch=1000, dressing=None):
    """Add ``count`` live articles under ``index`` in three languages, written from
    the word lists above (the same ones for the same ``seed``), and index them.
    Without ``dressing`` they have only a title, a date and an introduction."""
    rng = random.Random(seed)
    index.refresh_from_db()
    last_child = index.get_last_child()
    first_step = (
        Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    )
    now = timezone.now()
    ids = []
    for offset in range(0, count, batch):
        articles = [
            _article(index, n, first_step, now, rng, dressing)
            for n in range(offset, min(count, offset + batch))
        ]
        ids += insert_pages(articles)
        if dressing:
            _add_relations(articles, offset, rng, dressing)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    backend = get_search_backend()
    for offset in range(0, len(ids), batch):
        backend.add_bulk(
            NewsArticlePage,
            NewsArticlePage.objects.filter(pk__in=ids[offset : offset + batch]),
        )
    return ids


def bulk_add_entries(count, *, language, seed=1):
    """``count`` index entries in ``language`` of objects that do not exist, written
    from the same words: a table as big as a large site's, cheaply."""
    rng = random.Random(seed)
    words = {"ja": JAPANESE_WORDS, "km": KHMER_WORDS}.get(language, ENGLISH_WORDS)
    content_type = root_content_type(NewsArticlePage)
    now = timezone.now()
    entries = []
    for n in range(count):
        text = stored_text(_sentence(words, rng, 16, " "))
        entries.append(
            SearchEntry(
                content_type=content_type,
                object_id=f"absent-{n}",
                language=language,
                title=text,
                text=text,
                bigrams=" ".join(unspaced_bigrams(text)),
                indexed_at=now,
            )
        )
    SearchEntry.objects.bulk_create(entries, batch_size=2000)


def _article(index, n, first_step, now, rng, dressing):
    slug = f"bulk-article-{first_step + n}"
    title = _sentence(ENGLISH_WORDS, rng, 4, " ").capitalize()
    article = NewsArticlePage(
        title=title,
        title_en=title,
        title_ja=_sentence(JAPANESE_WORDS, rng, 4, "の"),
        title_km=_sentence(KHMER_WORDS, rng, 4, ""),
        draft_title=title,
        slug=slug,
        path=Page._get_path(index.path, index.depth + 1, first_step + n),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        locale_id=index.locale_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n % 2000),
        intro=_sentence(ENGLISH_WORDS, rng, 12, " ") + ".",
        intro_ja=_sentence(JAPANESE_WORDS, rng, 12, "、") + "。",
        intro_km=_sentence(KHMER_WORDS, rng, 12, "") + "។",
    )
    if dressing:
        _dress(article, n, rng, dressing)
    return article


# (words, how words are joined, how a sentence ends) in each language.
LANGUAGES = {
    "en": (ENGLISH_WORDS, " ", "."),
    "ja": (JAPANESE_WORDS, "、", "。"),
    "km": (KHMER_WORDS, "", "។"),
}


def _text(lang, rng, count):
    words, joiner, stop = LANGUAGES[lang]
    return _sentence(words, rng, count, joiner) + stop


def _dress(article, n, rng, dressing):
    image = dressing.images[n % len(dressing.images)]
    article.kind = dressing.kinds[n % len(dressing.kinds)]
    article.image = image
    for lang in LANGUAGES:
        body = [
            {"type": "heading", "value": _text(lang, rng, 3)[:-1]},
            {
                "type": "paragraph",
                "value": f"<p>{_text(lang, rng, 30)} {_text(lang, rng, 25)}</p>",
            },
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": _text(lang, rng, 8),
                    "caption": _text(lang, rng, 10),
                },
            },
            {"type": "paragraph", "value": f"<p>{_text(lang, rng, 40)}</p>"},
        ]
        if n % 3 == 0:
            quote = {"text": _text(lang, rng, 20), "attribution": _text(lang, rng, 2)}
            body.append({"type": "quote", "value": quote})
        setattr(article, f"image_alt_{lang}", _text(lang, rng, 8))
        setattr(article, f"body_{lang}", body)


def _add_relations(articles, offset, rng, dressing):
    """The dressed articles' tags, and agreements with their parties, who are also the
    articles' organisations: a few queries a batch."""
    tags, parties = dressing.tags, dressing.parties
    NewsArticleTag.objects.bulk_create(
        NewsArticleTag(content_object_id=article.pk, tag=tags[(n + step) % len(tags)])
        for n, article in enumerate(articles, offset)
        for step in (0, 1)
    )
    signed = []  # (agreement, its parties)
    organisations = set()  # (article id, organisation id)
    for n, article in enumerate(articles, offset):
        if n % dressing.agreement_every:
            continue
        for position in (0, 1):
            agreement = Agreement(
                page_id=article.pk,
                sort_order=position,
                sector=Sector.values[(n + position) % len(Sector.values)],
                signed_on=article.date,
                place_en="Phnom Penh",
                place_ja="プノンペン",
                place_km="ភ្នំពេញ",
                **{f"title_{lang}": _text(lang, rng, 5)[:-1] for lang in LANGUAGES},
            )
            among = [parties[(n + position + step) % len(parties)] for step in (0, 1)]
            signed.append((agreement, among))
            organisations.update((article.pk, party.pk) for party in among)
    Agreement.objects.bulk_create(agreement for agreement, _among in signed)
    Agreement.parties.through.objects.bulk_create(
        Agreement.parties.through(agreement_id=agreement.pk, organisation_id=party.pk)
        for agreement, among in signed
        for party in among
    )
    NewsArticlePage.organisations.through.objects.bulk_create(
        NewsArticlePage.organisations.through(
            newsarticlepage_id=article_id, organisation_id=organisation_id
        )
        for article_id, organisation_id in sorted(organisations)
    )
