"""The programme's editor form, and the public registration and management forms."""

import uuid
import zoneinfo

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.timezones import is_known_time_zone, wall_clock
from core.widgets import TimeZoneInput
from directory.enums import Country

from .phones import normalise_phone

REQUIRED = _("Please fill in this field.")
# Whole numbers only: "2.5 students" or "two" get this message.
WHOLE_NUMBER = _("Enter a whole number.")
# Accompanying teachers per school: enough for any group, bounded against mistakes.
MAX_TEACHERS = 20


class ExchangeProgrammePageForm(WagtailAdminPageForm):
    """Coordinators type the window's times as the host's clock shows them, and tick
    the languages offered (see EventPageForm for the same reading of times)."""

    languages = forms.MultipleChoiceField(
        label=_("Languages of correspondence"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].widget = TimeZoneInput(
            shown_beside=("registration_opens", "registration_closes")
        )
        programme = self.instance
        if programme.pk:
            current = timezone.get_current_timezone()
            for name in ("registration_opens", "registration_closes"):
                self.initial[name] = wall_clock(
                    getattr(programme, name), programme.zone, current
                )

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        if zone_name and is_known_time_zone(zone_name):
            zone = zoneinfo.ZoneInfo(zone_name)
            current = timezone.get_current_timezone()
            for name in ("registration_opens", "registration_closes"):
                if cleaned.get(name):
                    cleaned[name] = wall_clock(cleaned[name], current, zone)
        return cleaned


def _integer(label, *, min_value, max_value, min_message, max_message, **kwargs):
    return forms.IntegerField(
        label=label,
        min_value=min_value,
        max_value=max_value,
        error_messages={
            "required": REQUIRED,
            "invalid": WHOLE_NUMBER,
            "min_value": min_message,
            "max_value": max_message,
        },
        **kwargs,
    )


class RegistrationForm(forms.Form):
    """A school's registration for ``programme``; every message is the project's own
    (translated), shown on its field."""

    school_name = forms.CharField(
        label=_("School name"), max_length=200, error_messages={"required": REQUIRED}
    )
    country = forms.ChoiceField(
        label=_("Country"),
        choices=[("", "—"), *Country.choices],
        error_messages={
            "required": _("Choose the school's country."),
            "invalid_choice": _("Choose the school's country."),
        },
    )
    city = forms.CharField(
        label=_("City"), max_length=100, error_messages={"required": REQUIRED}
    )
    teacher_name = forms.CharField(
        label=_("Contact teacher's name"),
        max_length=200,
        error_messages={"required": REQUIRED},
    )
    teacher_email = forms.EmailField(
        label=_("Contact teacher's email"),
        error_messages={
            "required": REQUIRED,
            "invalid": _("Enter an email address such as name@school.example."),
        },
    )
    teacher_phone = forms.CharField(
        label=_("Contact teacher's phone"),
        max_length=32,
        help_text=_("With the country code, for example +81 90 1234 5678."),
        error_messages={"required": REQUIRED},
    )
    teachers = _integer(
        _("Accompanying teachers"),
        min_value=0,
        max_value=MAX_TEACHERS,
        min_message=_("The number of teachers cannot be negative."),
        max_message=_("At most %(limit_value)s teachers per school."),
    )
    accepts_fewer = forms.BooleanField(
        label=_("We accept fewer places than we asked for"),
        required=False,
        help_text=_(
            "If the programme cannot take all your students, confirm the places left "
            "and put the rest on the waiting list."
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the coordinators keep these details to run the programme, "
            "as the privacy notice says."
        ),
        error_messages={
            "required": _("Registration needs your consent to the privacy notice.")
        },
    )
    # Left empty by people (it is hidden); bots that fill every box fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    # Made when the form is shown: the same form sent twice makes one registration.
    token = forms.UUIDField(widget=forms.HiddenInput)

    field_order = [
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
        "consent",
        "website",
        "token",
    ]

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.programme = programme
        self.initial.setdefault("token", uuid.uuid4())
        most = programme.max_students_per_school
        self.fields["students"] = _integer(
            _("Students"),
            min_value=1,
            max_value=most,
            min_message=_("Register at least one student."),
            max_message=_("At most %(limit_value)s students per school."),
        )
        ages = {
            "min_value": programme.min_age,
            "max_value": programme.max_age,
            "min_message": _("Students must be at least %(limit_value)s years old."),
            "max_message": _("Students must be at most %(limit_value)s years old."),
        }
        self.fields["min_age"] = _integer(_("Youngest student's age"), **ages)
        self.fields["max_age"] = _integer(_("Oldest student's age"), **ages)
        offered = [
            (code, name)
            for code, name in settings.LANGUAGES
            if code in programme.languages
        ]
        self.fields["language"] = forms.ChoiceField(
            label=_("Language of our emails"),
            choices=offered,
            initial=self._visitor_language(offered),
            error_messages={
                "required": _("Choose a language for our emails."),
                "invalid_choice": _("Choose one of the languages offered."),
            },
        )
        self.order_fields(self.field_order)

    @staticmethod
    def _visitor_language(offered):
        codes = [code for code, _name in offered]
        return get_language() if get_language() in codes else (codes or [None])[0]

    def clean_teacher_phone(self):
        return normalise_phone(
            self.cleaned_data["teacher_phone"], self.data.get("country", "")
        )

    def clean(self):
        cleaned = super().clean()
        youngest, oldest = cleaned.get("min_age"), cleaned.get("max_age")
        if youngest is not None and oldest is not None and oldest < youngest:
            self.add_error(
                "max_age", _("The oldest age must not be below the youngest.")
            )
        return cleaned

    @property
    def is_bot(self):
        return bool(self.data.get("website"))


class ReduceForm(forms.Form):
    """Fewer students for a registration (never more: that is a new registration)."""

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["students"] = _integer(
            _("Students"),
            min_value=1,
            max_value=max(registration.students - 1, 1),
            min_message=_("Keep at least one student, or cancel the registration."),
            max_message=_("Give fewer students than now (%(limit_value)s at most)."),
        )
