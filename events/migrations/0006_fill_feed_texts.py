"""Store the feed text of the events published before feeds joined stored text.

Feeds serialise a missing text on first use, so this only spares the first request
after the upgrade that work.
"""

from django.core.management import call_command
from django.db import migrations


def fill(apps, schema_editor):
    if apps.get_model("events", "EventPage").objects.filter(live=True).exists():
        call_command("store_feed_texts", verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("events", "0005_stored_feed_texts")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
