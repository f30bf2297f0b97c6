from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.generation import remembered
from core.ordering import EditorOrdered
from core.pagination import PAGE_PARAMETER, paginate
from core.routing import ViewRestrictionsInOneQuery
from core.visibility import public
from directory.models import Organisation, Person
from events.models import EventPage

from .enums import Sector
from .filtering import NewsFilters

LISTING_RENDITION = "fill-640x360"


class NewsKind(EditorOrdered):
    """A kind of news (MoU signing, ministerial visit, …); editors can add more."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), unique=True, help_text=_("Used in filter links.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(EditorOrdered.Meta):
        verbose_name = _("news kind")
        verbose_name_plural = _("news kinds")

    def __str__(self):
        return self.name


class NewsIndexPage(ViewRestrictionsInOneQuery, Page):
    intro = RichTextField(_("introduction"), blank=True)
    per_page = 10
    # Kinds and sectors are the translated filters; tags are editors' keywords, so
    # only the most used show at first and the rest wait behind "More tags".
    tags_shown = 8

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]

    class Meta:
        verbose_name = _("news index page")

    def get_articles(self):
        return NewsArticlePage.objects.listing().descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = NewsFilters.from_query(request.GET)
        all_articles = self.get_articles()
        facets = remembered(("news facets", self.pk), lambda: self.facets(all_articles))
        more_tags = facets["tags"][self.tags_shown :]
        context.update(
            filters=filters,
            articles=remembered(
                ("news listing", self.pk, filters, request.GET.get(PAGE_PARAMETER)),
                lambda: self.listed(request, filters.apply(all_articles)),
            ),
            kinds=facets["kinds"],
            years=facets["years"],
            tags=facets["tags"][: self.tags_shown],
            more_tags=more_tags,
            more_tags_open=any(tag.slug == filters.tag for tag in more_tags),
            sectors=facets["sectors"],
        )
        return context

    def listed(self, request, articles):
        """The requested page of ``articles``, read (kept in the process until the
        next publish, for each filter and page number)."""
        page = paginate(request, articles, self.per_page)
        page.object_list = list(page.object_list)
        return page

    @staticmethod
    def facets(articles):
        """What the filters offer: the kinds, years, tags and sectors ``articles`` use
        (kept in the process until the next publish, whatever the filters chosen)."""
        return {
            "kinds": list(NewsKind.objects.filter(pk__in=articles.values("kind"))),
            "years": [d.year for d in articles.dates("date", "year", order="DESC")],
            "tags": list(NewsArticleTag.tags_used_by(articles)),
            "sectors": Agreement.sectors_used_by(articles),
        }


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    @classmethod
    def tags_used_by(cls, articles):
        """Tags of ``articles``, the most used among them first."""
        items = "news_newsarticletag_items"
        return (
            Tag.objects.filter(**{f"{items}__content_object__in": articles})
            .annotate(
                uses=Count(
                    items, filter=Q(**{f"{items}__content_object__in": articles})
                )
            )
            .order_by("-uses", "name")
        )


class NewsArticleQuerySet(PageQuerySet):
    def listing(self):
        """Live, public articles, newest first, with what a listing shows fetched up front."""
        images = get_image_model().objects.prefetch_renditions(LISTING_RENDITION)
        return public(
            self.live()
            .select_related("kind")
            .prefetch_related("tags", Prefetch("image", queryset=images))
            .order_by("-date", "-first_published_at")
        )


class NewsArticlePage(ViewRestrictionsInOneQuery, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.ForeignKey(
        NewsKind,
        verbose_name=_("kind"),
        null=True,
        blank=True,
        # An editor deleting a kind should not delete its articles.
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    intro = models.TextField(
        _("introduction"), help_text=_("One or two sentences shown in lists and feeds.")
    )
    image = models.ForeignKey(
        get_image_model(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        # Deleting an image leaves the article without one rather than deleting it.
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        through=NewsArticleTag, blank=True, verbose_name=_("tags")
    )
    organisations = ParentalManyToManyField(
        Organisation,
        blank=True,
        verbose_name=_("organisations"),
        related_name="articles",
    )
    people = ParentalManyToManyField(
        Person, blank=True, verbose_name=_("people"), related_name="articles"
    )
    # News sits above the calendar: the article names its events, and an event page
    # lists its articles through the reverse accessor, so events never import news.
    related_events = ParentalManyToManyField(
        EventPage,
        blank=True,
        verbose_name=_("related events"),
        related_name="news_articles",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Main image")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("tags"),
                FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
                FieldPanel("people", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_events", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags, organisations, people and events"),
        ),
        InlinePanel("agreements", heading=_("Agreements signed"), label=_("Agreement")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(NewsArticleQuerySet)()
    og_type = "article"
    # Shown on every view of the article; core.routing joins them when routing to it,
    # and fetches those of route_prefetch_related with it.
    route_select_related = ("kind", "image")

    @staticmethod
    def route_prefetch_related():
        return (
            Prefetch(
                "agreements",
                queryset=Agreement.objects.prefetch_related("parties", "signatories"),
            ),
            # The main image's renditions (the page's and the sharing card's) at once.
            "image__renditions",
            "organisations",
            "people",
            "tags",
            Prefetch(
                "related_events",
                queryset=EventPage.objects.public_listing().order_by("-start"),
                to_attr="public_related_events",
            ),
        )

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    # The relations search_result_facts reads, fetched once for a page of results.
    search_result_related = ("kind",)

    def search_result_facts(self):
        """Date and kind shown beside the title in site search results."""
        return [self.date, self.kind.name if self.kind else None]

    def listed_related_events(self):
        """The related events a visitor may see, latest first."""
        if hasattr(self, "public_related_events"):  # fetched when routed to the page
            return self.public_related_events
        return self.related_events.public_listing().order_by("-start")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        agreements = self.agreements.all()
        if "agreements" not in getattr(self, "_prefetched_objects_cache", {}):
            agreements = agreements.prefetch_related("parties", "signatories")
        agreements = list(agreements)
        context["news_index"] = self.get_parent()
        context["agreements"] = agreements
        context["shared_signing"] = Agreement.shared_signing(agreements)
        # A column nobody fills says nothing: signatories show when some are recorded.
        context["show_signatories"] = any(a.signatories.all() for a in agreements)
        return context

    def clean(self):
        super().clean()
        if self.image and not self.image_alt:
            raise ValidationError(
                {
                    "image_alt": _(
                        "Describe the main image for people who cannot see it."
                    )
                }
            )


class Agreement(ClusterableModel, Orderable):
    """Structured facts of an MoU or exchange of notes recorded on a news article."""

    page = ParentalKey(
        NewsArticlePage, on_delete=models.CASCADE, related_name="agreements"
    )
    title = models.CharField(_("title"), max_length=255)
    sector = models.CharField(
        _("sector"), max_length=32, choices=Sector, default=Sector.OTHER
    )
    signed_on = models.DateField(_("date of signing"), null=True, blank=True)
    place = models.CharField(_("place of signing"), max_length=255, blank=True)
    parties = ParentalManyToManyField(
        Organisation, blank=True, verbose_name=_("parties"), related_name="agreements"
    )
    signatories = ParentalManyToManyField(
        Person, blank=True, verbose_name=_("signatories"), related_name="agreements"
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel(
            [FieldPanel("sector"), FieldPanel("signed_on"), FieldPanel("place")]
        ),
        FieldPanel("parties", widget=forms.CheckboxSelectMultiple),
        FieldPanel("signatories", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self):
        return self.title

    @staticmethod
    def shared_signing(agreements):
        """The agreement with the date and place that all ``agreements`` share, if any.

        A table then says them once above its rows instead of on each row.
        """
        signings = {(a.signed_on, a.place) for a in agreements}
        if len(signings) == 1 and any(next(iter(signings))):
            return agreements[0]
        return None

    @classmethod
    def sectors_used_by(cls, articles):
        used = set(
            cls.objects.filter(page__in=articles).values_list("sector", flat=True)
        )
        return [(value, label) for value, label in Sector.choices if value in used]
