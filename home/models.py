from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.routing import ViewRestrictionsInOneQuery, route_in_one_query
from events.models import EventIndexPage
from news.models import NewsArticlePage, NewsIndexPage


class HomePage(ViewRestrictionsInOneQuery, Page):
    intro = RichTextField(_("introduction"), blank=True)
    latest_news_count = 3
    upcoming_events_count = 3

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "exchanges.ExchangeProgrammeIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # The site root routes every public address: one query for the whole path.
        return route_in_one_query(self, request, path_components)

    def latest_news(self):
        return NewsArticlePage.objects.listing().descendant_of(self)[
            : self.latest_news_count
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.latest_news()
        context["news_index"] = NewsIndexPage.objects.live().child_of(self).first()
        event_index = EventIndexPage.objects.live().child_of(self).first()
        context["event_index"] = event_index
        context["upcoming_events"] = (
            self.upcoming_events(event_index) if event_index else []
        )
        return context

    def upcoming_events(self, event_index):
        """The next date of each of the soonest events that will take place: the home
        page has three slots and gives none to a cancelled date."""
        return event_index.next_dates(
            self.upcoming_events_count, include_cancelled=False
        )


class StandardPage(ViewRestrictionsInOneQuery, Page):
    """A page of plain content: about the site, contact, privacy, accessibility."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
