"""The public pages: the list of exchange programmes and each programme."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.routing import ViewRestrictionsInOneQuery
from core.timezones import validate_time_zone
from core.visibility import public
from directory.models import Organisation
from events.models import EventPage

from .. import display
from ..enums import ProgrammeStatus, WindowState
from ..forms import ExchangeProgrammePageForm
from .registrations import Registration


def _views():
    # The views run the capacity module, which locks programmes of this module.
    from .. import views

    return views


# The students' ages an editor may give: primary school to university.
YOUNGEST, OLDEST = 6, 25


def all_languages():
    return ["en", "ja", "km"]


class LiveCountsMixin:
    """Pages that show places left and whether registration is open, which change with
    every school's registration and with the clock: caches in front (the page cache,
    Varnish) must ask again each time rather than serve a count that is gone."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if "no-store" not in response.get("Cache-Control", ""):
            patch_cache_control(response, no_cache=True)
        return response


class ExchangeProgrammeIndexPage(LiveCountsMixin, ViewRestrictionsInOneQuery, Page):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["exchanges.ExchangeProgrammePage"]
    max_count = 1

    class Meta:
        verbose_name = _("exchange programme index page")

    def get_programmes(self):
        """Live public programmes, soonest registration deadline first, each with its
        places taken counted in the same query."""
        return (
            public(ExchangeProgrammePage.objects.live())
            .child_of(self)
            .with_places_taken()
            .order_by("registration_closes", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["programmes"] = [
            (programme, programme.window_state(now))
            for programme in self.get_programmes()
        ]
        return context


class ExchangeProgrammeQuerySet(PageQuerySet):
    def with_places_taken(self):
        """Each programme's places taken, counted in the same query (for listings)."""
        return self.annotate(
            annotated_places_taken=Registration.objects.places_taken_by_programme()
        )


class ExchangeProgrammePage(
    LiveCountsMixin, ViewRestrictionsInOneQuery, RoutablePageMixin, Page
):
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences for lists and search results.")
    )
    description = RichTextField(_("description"), blank=True)
    host_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("host"),
        null=True,
        blank=True,
        # Removing an organisation from the directory must not remove the programme.
        on_delete=models.SET_NULL,
        related_name="+",
    )
    visiting_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("visiting side"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        null=True,
        blank=True,
        # The calendar's event gives the programme its dates; deleting it leaves the
        # programme without dates rather than deleting the registrations with it.
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The programme's dates come from this event of the calendar."),
    )
    time_zone = models.CharField(
        _("host time zone"),
        max_length=64,
        default="Asia/Tokyo",
        validators=[validate_time_zone],
        help_text=_("Registration opens and closes at these times in this zone."),
    )
    # Aware instants (UTC in the database), typed and shown in ``time_zone``.
    registration_opens = models.DateTimeField(_("registration opens"))
    registration_closes = models.DateTimeField(_("registration closes"))
    capacity = models.PositiveIntegerField(
        _("capacity"),
        validators=[MinValueValidator(1)],
        help_text=_("Places, counted in students."),
    )
    max_students_per_school = models.PositiveIntegerField(
        _("maximum students per school"), validators=[MinValueValidator(1)]
    )
    min_age = models.PositiveSmallIntegerField(
        _("youngest age"),
        validators=[MinValueValidator(YOUNGEST), MaxValueValidator(OLDEST)],
    )
    max_age = models.PositiveSmallIntegerField(
        _("oldest age"),
        validators=[MinValueValidator(YOUNGEST), MaxValueValidator(OLDEST)],
    )
    languages = models.JSONField(
        _("languages of correspondence"),
        default=all_languages,
        help_text=_("Schools choose one of these for the emails they receive."),
    )
    status = models.CharField(
        pgettext_lazy("programme", "status"),
        max_length=16,
        choices=ProgrammeStatus,
        default=ProgrammeStatus.OPEN,
    )

    objects = PageManager.from_queryset(ExchangeProgrammeQuerySet)()
    # Shown on every view of the programme; core.routing joins them when routing to it.
    route_select_related = ("host_organisation", "visiting_organisation", "event")

    base_form_class = ExchangeProgrammePageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("host_organisation"),
                        FieldPanel("visiting_organisation"),
                    ]
                ),
                FieldPanel("event"),
            ],
            heading=_("Who and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("time_zone"),
                FieldRowPanel(
                    [
                        FieldPanel("registration_opens"),
                        FieldPanel("registration_closes"),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("capacity"), FieldPanel("max_students_per_school")]
                ),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("languages"),
            ],
            heading=_("Eligibility"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    parent_page_types = ["exchanges.ExchangeProgrammeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exchange programme")

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def clean(self):
        super().clean()
        errors = {}
        opens, closes = self.registration_opens, self.registration_closes
        if opens and closes and closes <= opens:
            errors["registration_closes"] = _("Registration must close after it opens.")
        if self.min_age and self.max_age and self.max_age < self.min_age:
            errors["max_age"] = _("The oldest age must not be below the youngest.")
        if (
            self.capacity
            and self.max_students_per_school
            and self.max_students_per_school > self.capacity
        ):
            errors["max_students_per_school"] = _(
                "A school cannot have more places than the programme."
            )
        if errors:
            raise ValidationError(errors)

    def places_taken(self):
        """Students confirmed or held by a live offer (taken from a prefetched count
        when the listing annotated one)."""
        taken = getattr(self, "annotated_places_taken", None)
        if taken is None:
            taken = Registration.objects.filter(programme=self).places_taken()
        return taken

    def places_left(self):
        return max(self.capacity - self.places_taken(), 0)

    def window_state(self, now):
        """What a visitor may do now (see WindowState)."""
        if self.status == ProgrammeStatus.CANCELLED:
            return WindowState.CANCELLED
        if self.status == ProgrammeStatus.CLOSED or now >= self.registration_closes:
            return WindowState.CLOSED
        if now < self.registration_opens:
            return WindowState.NOT_YET_OPEN
        if self.status == ProgrammeStatus.FULL or self.places_left() <= 0:
            return WindowState.WAITING_LIST
        return WindowState.OPEN

    def accepts_registrations(self, now):
        return self.window_state(now) in (WindowState.OPEN, WindowState.WAITING_LIST)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context.update(
            window_state=self.window_state(now),
            can_register=self.accepts_registrations(now),
            places_left=self.places_left(),
            dates=display.programme_dates(self),
            opens=display.moment(self.registration_opens, self.zone),
            closes=display.moment(self.registration_closes, self.zone),
        )
        return context

    @path("")
    def programme_page(self, request):
        return self.render(request)

    @path("register/", name="register")
    def register(self, request):
        return _views().register(request, self)

    @path("registration/<path:token>/", name="registration")
    def registration(self, request, token):
        return _views().manage_registration(request, self, token)
