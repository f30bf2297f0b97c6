"""Only the "Exchange coordinators" group sees schools' registrations."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed

from exchanges import capacity
from exchanges.admin_actions import ACTIONS
from exchanges.enums import RegistrationState
from exchanges.models import Registration
from tests.delegations.planner import PLANNERS, user_in
from tests.exchanges.coordinators import COORDINATORS, coordinator
from tests.factories.exchanges import school_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(programme):
    return capacity.register(programme, school_request(1, students=2))


def registration_urls(registration):
    pk = registration.pk
    return {
        "index": reverse("exchange_registrations:index"),
        "csv": reverse("exchange_registrations:index") + "?export=csv",
        "inspect": reverse("exchange_registrations:inspect", args=[pk]),
        "edit": reverse("exchange_registrations:edit", args=[pk]),
        "history": reverse("exchange_registrations:history", args=[pk]),
        **{
            name: reverse(f"exchange_registrations:{name}", args=[pk])
            for name in ACTIONS
        },
    }


def dashboard(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_migration_gives_the_group_its_permissions():
    coordinator()  # the group as the migration made it
    group = Group.objects.get(name=COORDINATORS)
    codenames = set(
        group.permissions.filter(content_type__app_label="exchanges").values_list(
            "codename", flat=True
        )
    )
    assert codenames == {
        "view_registration",
        "change_registration",
        "view_outboxemail",
        "view_erasedregistrationcount",
    }
    assert group.permissions.filter(codename="access_admin").exists()


@pytest.mark.parametrize("group", [None, PLANNERS])
def test_other_admin_users_see_no_menu_and_are_refused(client, registered, group):
    if group:
        user = user_in(group)
    else:
        user = get_user_model().objects.create_user("editor", password="pw")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    home = reverse("wagtailadmin_home")

    assert reverse("exchange_registrations:index") not in dashboard(client)
    for name, url in registration_urls(registered).items():
        response = client.get(url)
        # Wagtail answers a refused admin page with a redirect to its dashboard
        # (and a 403 to a script's request).
        assert (response.status_code, response.url) == (302, home), name
        scripted = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
        assert scripted.status_code == 403, name
        assert registered.teacher_email not in scripted.content.decode(), name
    cancel = client.post(registration_urls(registered)["cancel"])
    assert (cancel.status_code, cancel.url) == (302, home)
    assert Registration.objects.get().state == RegistrationState.CONFIRMED


def test_a_coordinator_has_the_menu_and_every_screen(client, registered):
    client.force_login(coordinator())

    assert reverse("exchange_registrations:index") in dashboard(client)
    for name, url in registration_urls(registered).items():
        assert client.get(url).status_code == 200, name
    inspect = client.get(registration_urls(registered)["inspect"]).content.decode()
    assert registered.teacher_email in inspect


def test_anonymous_visitors_are_sent_to_the_login(client, registered):
    for name, url in registration_urls(registered).items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert response.url.startswith(reverse("wagtailadmin_login")), name


def test_registrations_are_in_no_search_index_and_no_page_usage(
    admin_client, programme
):
    # The admin's viewsets register their models for the reference index as the
    # admin's URLs load: load them before the school registers.
    assert admin_client.get(reverse("wagtailadmin_home")).status_code == 200
    registered = capacity.register(programme, school_request(1, students=2))

    assert not class_is_indexed(Registration)
    assert list(get_search_backend().search("Teacher 1", Registration)) == []
    assert not ReferenceIndex.get_references_to(programme).filter(
        content_type=ContentType.objects.get_for_model(Registration)
    )
    usage = admin_client.get(reverse("wagtailadmin_pages:usage", args=[programme.pk]))
    assert usage.status_code == 200
    assert registered.school_name not in usage.content.decode()


def test_the_site_history_shows_coordinators_decisions_to_coordinators_only(
    client, registered
):
    capacity.cancel(registered)
    log(
        instance=registered,
        action="exchanges.cancel",
        user=coordinator(),
        data={"school": registered.school_name, "students": registered.students},
    )
    history = reverse("wagtailadmin_reports:site_history")

    client.force_login(user_in(PLANNERS))
    assert registered.school_name not in client.get(history).content.decode()
    client.force_login(get_user_model().objects.get(username="coordinator"))
    assert "Cancelled the registration of “School 1”" in (
        client.get(history).content.decode()
    )
