"""The public registration form and a school's own registration page (signed link)."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.throttling import within_rate_limit

from . import capacity, display, links
from .forms import ReduceForm, RegistrationForm
from .models import Registration

RATE_WINDOW_SECONDS = 3600
DONE_NOTICES = {
    "accepted": _("You accepted the places offered: they are confirmed."),
    "reduced": _("Your numbers are changed."),
    "cancelled": _("Your registration is cancelled."),
}


def register(request, programme):
    """Show the form; on a valid POST register and send the school to its own page,
    where the outcome is shown at once (confirmed, waiting with its position)."""
    context = {"page": programme, "self": programme}
    now = timezone.now()
    if not programme.accepts_registrations(now):
        context["window_state"] = programme.window_state(now)
        return _private(TemplateResponse(request, "exchanges/register.html", context))
    if request.method != "POST":
        context["form"] = RegistrationForm(programme=programme)
        return _private(TemplateResponse(request, "exchanges/register.html", context))
    if not within_rate_limit(
        "exchange-registration",
        request,
        limit=settings.KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR,
        seconds=RATE_WINDOW_SECONDS,
    ):
        response = TemplateResponse(
            request, "exchanges/too_many.html", context, status=429
        )
        response["Retry-After"] = str(RATE_WINDOW_SECONDS)
        return _private(response)
    form = RegistrationForm(request.POST, programme=programme)
    if form.is_bot:
        # Bots are told nothing that would teach them the honeypot.
        return _private(TemplateResponse(request, "exchanges/received.html", context))
    if form.is_valid():
        try:
            registration = capacity.register(programme, school_request(form), now=now)
        except capacity.CapacityError as error:
            form.add_error(None, error.message)
        else:
            address = links.registration_url(registration, request=request)
            return HttpResponseRedirect(f"{address}?new=1", status=303)
    context["form"] = form
    return _private(TemplateResponse(request, "exchanges/register.html", context))


def school_request(form):
    data = form.cleaned_data
    return capacity.SchoolRequest(
        idempotency_key=data["token"],
        **{
            name: data[name]
            for name in capacity.SchoolRequest.__dataclass_fields__
            if name != "idempotency_key"
        },
    )


def manage_registration(request, programme, token):
    """The school's registration, its offer to accept, its numbers to reduce, and
    cancelling; reached only through the signed link in its emails."""
    found, expired = links.read_token(token)
    registration = None
    if found:
        registration_id, key = found
        registration = (
            Registration.objects.filter(pk=registration_id, programme=programme)
            .select_related("programme")
            .first()
        )
        if registration and not registration.idempotency_key.hex.startswith(key):
            registration = None
    if registration is None:
        context = {"page": programme, "expired": expired}
        return _private(
            TemplateResponse(
                request,
                "exchanges/link_invalid.html",
                context,
                status=410 if expired else 404,
            )
        )
    done, error, reduce_form = None, None, ReduceForm(registration=registration)
    if request.method == "POST":
        done, error, reduce_form = _act(request, registration)
        if done:
            return HttpResponseRedirect(f"{request.path}?done={done}", status=303)
        registration.refresh_from_db()
    context = {
        "page": programme,
        "self": programme,
        "registration": registration,
        "position": registration.waiting_position(),
        "reduce_form": reduce_form,
        "error": error,
        "notice": DONE_NOTICES.get(request.GET.get("done", "")),
        "just_registered": request.GET.get("new") == "1",
        "dates": display.programme_dates(programme),
        "registered_at": display.moment(registration.created_at, programme.zone),
        "offer_expires": registration.offer_expires_at
        and display.moment(registration.offer_expires_at, programme.zone),
    }
    return _private(TemplateResponse(request, "exchanges/registration.html", context))


def _act(request, registration):
    """Run the school's action: (what was done, a refusal, the reduce form)."""
    action = request.POST.get("action")
    reduce_form = ReduceForm(registration=registration)
    try:
        if action == "accept":
            capacity.accept_offer(registration)
            return "accepted", None, reduce_form
        if action == "cancel":
            capacity.cancel(registration)
            return "cancelled", None, reduce_form
        if action == "reduce":
            reduce_form = ReduceForm(request.POST, registration=registration)
            if reduce_form.is_valid():
                capacity.reduce(registration, reduce_form.cleaned_data["students"])
                return "reduced", None, reduce_form
    except capacity.CapacityError as refusal:
        return None, refusal.message, reduce_form
    return None, None, reduce_form


def _private(response):
    """Personal pages and forms: never cached, never indexed, and the signed link in
    the address never sent on to another site ("same-origin", not "no-referrer",
    which makes browsers send ``Origin: null`` and fail Django's CSRF check)."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "same-origin"
    return response
