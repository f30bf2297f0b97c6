"""Users of the planner's groups, as the data migration makes them."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group

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
