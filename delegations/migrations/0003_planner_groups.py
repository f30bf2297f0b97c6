"""The planner's two groups: "Delegation planners" edit delegations, members, items and
travel times; "Delegation viewers" only read them. Both may use the admin and choose
from the directory."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PLANNED = ("delegation", "member", "itineraryitem", "traveltime")
DIRECTORY = ("organisation", "person", "venue")
GROUPS = {
    "Delegation planners": [
        *(f"delegations.{action}_{model}" for model in PLANNED for action in ("add", "change", "delete", "view")),
        *(f"directory.view_{model}" for model in DIRECTORY),
        "wagtailadmin.access_admin",
    ],
    "Delegation viewers": [
        *(f"delegations.view_{model}" for model in PLANNED),
        *(f"directory.view_{model}" for model in DIRECTORY),
        "wagtailadmin.access_admin",
    ],
}


def permissions(apps, names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return found


def create_groups(apps, schema_editor):
    # Permissions are made after all migrations; these groups need them now.
    for label in ("delegations", "directory"):
        app_config = apps.get_app_config(label)
        # create_permissions skips an app stub without a models module.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, permission_names in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions(apps, permission_names))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("delegations", "0002_shipped_travel_times"),
        ("directory", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
