"""The calendar's index page: its listings, filters and the feed of all public events."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.routing import ViewRestrictionsInOneQuery
from core.seo import public_url, webcal_url
from directory.models import Venue

from .. import listing
from ..feeds import calendar_feed_response
from ..time_display import month_title
from .categories import EventCategory
from .feed_texts import EventFeedText
from .pages import EventPage


class EventIndexPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event index page")

    def get_events(self):
        return EventPage.objects.public_listing().descendant_of(self)

    def next_dates(self, count, *, include_cancelled=True):
        """The next date of each of the ``count`` soonest events."""
        return listing.next_dates(
            self.get_events(),
            timezone.now(),
            count,
            include_cancelled=include_cancelled,
        )

    def feed_url(self, request=None, query=None):
        """The iCalendar feed of this calendar, narrowed like ``query``."""
        narrowed = query.feed_query_string() if query else ""
        return self.get_url(request) + self.reverse_subpage("feed") + narrowed

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        query = listing.CalendarQuery.from_query(request.GET, today)
        events = self.get_events()
        countries, cities = listing.places(Venue.used_by(events))
        feed_url = self.feed_url(request, query)
        context.update(
            query=query,
            this_month=f"{today:%Y-%m}",
            month_title=month_title(query.month_start) if query.month else "",
            **listing.month_notices(request.GET, query, today),
            categories=EventCategory.used_by(events),
            countries=countries,
            cities=cities,
            feed_url=feed_url,
            feed_https_url=public_url(request, feed_url),
            webcal_url=webcal_url(request, feed_url),
            **listing.calendar_view(
                request, query.apply(events), query, timezone.now()
            ),
        )
        return context

    # Wagtail routes "feed.ics/" (it appends the slash); links read "feed.ics".
    @re_path(r"^feed\.ics/?$", name="feed")
    def feed(self, request):
        """All public events as an iCalendar feed (?category=…&country=… narrow it)."""
        return calendar_feed_response(
            request,
            self,
            known_categories=lambda: EventCategory.known_to_visitors(self.get_events()),
            texts=EventFeedText.objects,
        )
