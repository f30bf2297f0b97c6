"""Users of the "Exchange coordinators" group, as the data migration makes it."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group

migration = importlib.import_module("exchanges.migrations.0003_coordinators_group")
COORDINATORS = migration.GROUP


def ensure_group():
    """The group as the data migration makes it; a transactional test before this one
    (the browser journeys) flushes the tables, migration data included."""
    if Group.objects.filter(name=COORDINATORS).exists():
        return
    for label in {name.split(".")[0] for name in migration.PERMISSIONS}:
        create_permissions(apps.get_app_config(label), verbosity=0)
    group = Group.objects.create(name=COORDINATORS)
    group.permissions.add(*migration.permissions(apps, migration.PERMISSIONS))


def coordinator(username="coordinator", password="pw"):
    user = get_user_model().objects.create_user(username, password=password)
    ensure_group()
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user
