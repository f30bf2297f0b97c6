from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "search_entry_text_trgm"


def create_trigram_index(apps, schema_editor):
    # A LIKE '%term%' on PostgreSQL uses it for terms of three characters and more;
    # other databases scan the table as before.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchentry "
            "USING gin (text gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_generic_search_entry")]

    # TrigramExtension does nothing on databases other than PostgreSQL.
    operations = [
        TrigramExtension(),
        migrations.RunPython(create_trigram_index, drop_trigram_index),
    ]
