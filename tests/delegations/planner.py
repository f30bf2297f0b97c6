"""Users of the planner's groups, as the data migration makes them, and the addresses
of the planner's screens."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group
from django.urls import reverse

PLANNERS = "Delegation planners"
VIEWERS = "Delegation viewers"


def ensure_groups():
    """The groups as the data migration makes them; a transactional test before this
    one (the browser journeys) flushes the tables, migration data included."""
    if Group.objects.filter(name=PLANNERS).exists():
        return
    migration = importlib.import_module("delegations.migrations.0003_planner_groups")
    names = {name for names in migration.GROUPS.values() for name in names}
    for label in {name.split(".")[0] for name in names}:
        create_permissions(apps.get_app_config(label), verbosity=0)
    for group_name, permission_names in migration.GROUPS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*migration.permissions(apps, permission_names))


def user_in(group_name, username=None, password="pw"):
    user = get_user_model().objects.create_user(
        username or group_name.split()[-1].lower(), password=password
    )
    if group_name:
        ensure_groups()
        user.groups.add(Group.objects.get(name=group_name))
    return user


def planner_urls(delegation):
    item = delegation.items.first()
    return {
        "index": reverse("delegations:index"),
        "add": reverse("delegations:add"),
        "edit": reverse("delegations:edit", args=[delegation.pk]),
        "inspect": reverse("delegations:inspect", args=[delegation.pk]),
        "history": reverse("delegations:history", args=[delegation.pk]),
        "itinerary": reverse("delegations:itinerary", args=[delegation.pk]),
        "item_add": reverse("delegations:item_add", args=[delegation.pk]),
        "item_edit": reverse("delegations:item_edit", args=[delegation.pk, item.pk]),
        "item_delete": reverse(
            "delegations:item_delete", args=[delegation.pk, item.pk]
        ),
        "duplicate_day": reverse("delegations:duplicate_day", args=[delegation.pk]),
        "copy": reverse("delegations:copy_itinerary", args=[delegation.pk]),
    }


def output_urls(delegation):
    """The printed programme, its PDF, the exports, the import and the feed tokens."""
    pk = delegation.pk
    return {
        **{
            f"print_{code}": reverse("delegation_output:print", args=[pk, code])
            for code in ("en", "ja", "km")
        },
        "pdf": reverse("delegation_output:pdf", args=[pk, "ja"]),
        "xlsx": reverse("delegation_output:xlsx", args=[pk]),
        "csv": reverse("delegation_output:csv", args=[pk]),
        "import": reverse("delegation_output:import", args=[pk]),
        "feeds": reverse("delegation_output:feeds", args=[pk]),
        "travel_times": reverse("wagtailsnippets_delegations_traveltime:list"),
    }


def every_screen(delegation):
    return {**planner_urls(delegation), **output_urls(delegation)}
