"""The coordinators' screens: each programme's registrations, with their states, the
waiting list in order, the actions on each school (admin_actions.py) and Wagtail's own
CSV and XLSX export. Registrations hold contact details: only users with their
permissions (the "Exchange coordinators" group) reach these screens."""

import django_filters
from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, When
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from directory.enums import Country

from .admin_actions import ACTIONS, registration_policy
from .enums import RegistrationState
from .models import ErasedRegistrationCount, ExchangeProgrammePage, Registration
from .models.registrations import ACTIVE_STATES


class RegistrationFilterSet(WagtailFilterSet):
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"),
        queryset=ExchangeProgrammePage.objects.order_by("-registration_opens"),
    )
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=RegistrationState.choices
    )
    country = django_filters.ChoiceFilter(label=_("Country"), choices=Country.choices)

    class Meta:
        model = Registration
        fields = ["programme", "state", "country"]


def waiting_position():
    """Each waiting registration's place in its programme's waiting list (1 first)."""
    ahead = (
        Registration.objects.filter(
            programme=OuterRef("programme"),
            state__in=ACTIVE_STATES,
            places_waiting__gt=0,
            arrival__lte=OuterRef("arrival"),
        )
        .order_by()
        .values("programme")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Case(
        When(Q(state__in=ACTIVE_STATES, places_waiting__gt=0), then=Subquery(ahead)),
        default=None,
        output_field=IntegerField(),
    )


class RegistrationContactForm(WagtailAdminModelForm):
    """Saves only its own fields: the places, counted meanwhile under the programme's
    lock by a school or another coordinator, are left as they are in the database."""

    def save(self, commit=True):
        registration = super().save(commit=False)
        if commit:
            registration.save(update_fields=[*self.fields, "updated_at"])
        return registration


class RegistrationIndexView(IndexView):
    action_url_names = None

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("programme")
            .annotate(waiting_position=waiting_position())
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.user_has_permission("change"):
            return buttons
        for priority, (name, view_class) in enumerate(ACTIONS.items(), start=40):
            if view_class.is_available(instance):
                buttons.append(
                    MenuItem(
                        view_class.page_title,
                        url=reverse(self.action_url_names[name], args=[instance.pk]),
                        priority=priority,
                    )
                )
        return buttons


class StudentsColumn(Column):
    """ "8 (5 held, 3 waiting)": the students and where they stand."""

    def get_value(self, instance):
        parts = [
            (instance.places_held, pgettext_lazy("places", "held")),
            (instance.places_offered, pgettext_lazy("places", "offered")),
            (instance.places_waiting, pgettext_lazy("places", "waiting")),
        ]
        detail = ", ".join(f"{count} {label}" for count, label in parts if count)
        return f"{instance.students} ({detail})" if detail else str(instance.students)


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "form"
    menu_label = _("School registrations")
    # A registration is made by its school's form; coordinators change its places
    # only through the actions, which count them under the programme's lock.
    copy_view_enabled = False
    inspect_view_enabled = True
    # Else the programme page's "usage" screen would list each school to any editor.
    add_to_reference_index = False
    index_view_class = RegistrationIndexView
    filterset_class = RegistrationFilterSet
    # The database's own search: registrations are in no search index.
    search_backend_name = None
    search_fields = ["school_name", "city", "teacher_name"]
    # Per programme, in order of arrival: filtered to waiting, the waiting list.
    ordering = ["programme__registration_opens", "programme_id", "arrival"]
    list_per_page = 50
    list_export = [
        "programme",
        "arrival",
        "school_name",
        "get_country_display",
        "city",
        "teacher_name",
        "teacher_email",
        "teacher_phone",
        "students",
        "teachers",
        "min_age",
        "max_age",
        "get_language_display",
        "accepts_fewer",
        "get_state_display",
        "places_held",
        "places_offered",
        "places_waiting",
        "waiting_position",
        "offer_expires_at",
        "created_at",
    ]
    export_headings = {
        "get_country_display": _("Country"),
        "get_language_display": _("Language of correspondence"),
        "get_state_display": _("State"),
        "waiting_position": _("Position on the waiting list"),
    }
    export_filename = "registrations"
    inspect_view_fields = [
        "programme",
        "school_name",
        "country",
        "city",
        "teacher_name",
        "teacher_email",
        "teacher_phone",
        "students",
        "teachers",
        "min_age",
        "max_age",
        "language",
        "accepts_fewer",
        "state",
        "places_held",
        "places_offered",
        "places_waiting",
        "offer_expires_at",
        "refusal_reason",
        "delegation",
        "created_at",
    ]
    # Only what the school might correct by telephone; never its places.
    edit_handler = ObjectList(
        [
            FieldPanel("school_name"),
            FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
            MultiFieldPanel(
                [
                    FieldPanel("teacher_name"),
                    FieldRowPanel(
                        [FieldPanel("teacher_email"), FieldPanel("teacher_phone")]
                    ),
                    FieldPanel("language"),
                ],
                heading=_("Contact teacher"),
            ),
            FieldRowPanel(
                [FieldPanel("teachers"), FieldPanel("min_age"), FieldPanel("max_age")]
            ),
        ],
        base_form_class=RegistrationContactForm,
    )

    @property
    def list_display(self):
        return [
            "school_name",
            Column("programme", label=_("Programme")),
            Column("get_state_display", label=_("State"), sort_key="state"),
            Column("get_country_display", label=_("Country"), sort_key="country"),
            StudentsColumn("students", label=_("Students"), sort_key="students"),
            Column(
                "waiting_position",
                label=_("Position on the waiting list"),
                sort_key="arrival",
            ),
            DateColumn("created_at", label=_("Registered at"), sort_key="created_at"),
        ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            action_url_names={name: self.get_url_name(name) for name in ACTIONS},
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"<int:pk>/{name.replace('_', '-')}/",
                    view_class.as_view(index_url_name=self.get_url_name("index")),
                    name=name,
                )
                for name, view_class in ACTIONS.items()
            ),
        ]


class ErasedRegistrationCountViewSet(ModelViewSet):
    """What stays of past programmes' registrations (erasure.py), to read only."""

    model = ErasedRegistrationCount
    icon = "table"
    menu_label = _("Counts of erased registrations")
    copy_view_enabled = False
    list_display = ["programme", "country", "state", "registrations", "students"]
    list_filter = ["programme", "country", "state"]
    ordering = ["programme_id", "country", "state"]
    form_fields = ["registrations", "students"]
    list_export = [
        "programme",
        "get_country_display",
        "get_state_display",
        "registrations",
        "students",
        "erased_at",
    ]
    export_headings = {
        "get_country_display": _("Country"),
        "get_state_display": _("State"),
    }
    export_filename = "erased-registration-counts"


class ExchangesMenuGroup(ViewSetGroup):
    menu_label = _("School exchanges")
    menu_icon = "form"
    menu_order = 320
    items = (
        RegistrationViewSet("exchange_registrations"),
        ErasedRegistrationCountViewSet("exchange_erased_counts"),
    )


def programme_registrations_button(page, user, *args, **kwargs):
    """The programme's registrations, from its page in the page explorer and editor,
    for the users who may see them."""
    if page.specific_class is not ExchangeProgrammePage:
        return
    if not registration_policy.user_has_permission(user, "view"):
        return
    index = reverse("exchange_registrations:index")
    yield Button(
        _("Registrations"),
        url=f"{index}?programme={page.pk}",
        icon_name="form",
        priority=45,
    )
