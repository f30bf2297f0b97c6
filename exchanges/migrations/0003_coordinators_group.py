"""The "Exchange coordinators" group: the only one that sees schools' registrations
(personal data). Coordinators review them, read the emails written to schools and the
anonymous counts left after erasure, and turn a confirmed school into a delegation of
the planner (so they may add delegations, their members and directory organisations,
and read them)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Exchange coordinators"
PERMISSIONS = [
    "exchanges.view_registration",
    "exchanges.change_registration",
    "exchanges.view_outboxemail",
    "exchanges.view_erasedregistrationcount",
    "delegations.add_delegation",
    "delegations.view_delegation",
    "delegations.add_member",
    "delegations.view_member",
    "directory.add_organisation",
    "directory.view_organisation",
    "wagtailadmin.access_admin",
]


def permissions(apps, names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return found


def create_group(apps, schema_editor):
    # Permissions are made after all migrations; this group needs them now.
    for label in ("exchanges", "delegations", "directory"):
        app_config = apps.get_app_config(label)
        # create_permissions skips an app stub without a models module.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*permissions(apps, PERMISSIONS))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("exchanges", "0002_coordinators"),
        ("delegations", "0005_delegation_slug"),
        ("directory", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
