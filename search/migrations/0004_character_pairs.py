from django.db import migrations

import search.models
from search.text import unspaced_bigrams

INDEX = "search_entry_bigrams"


def fill_character_pairs(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    entries = list(SearchEntry.objects.only("text"))
    for entry in entries:
        entry.bigrams = " ".join(unspaced_bigrams(entry.text))
    SearchEntry.objects.bulk_update(entries, ["bigrams"], batch_size=500)


def create_bigram_index(apps, schema_editor):
    # The HasAll lookup's expression, so that a Japanese or Khmer term of two
    # characters is looked up in the index; other databases scan the table.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchentry "
            "USING gin (string_to_array(bigrams, ' '))"
        )


def drop_bigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_trigram_index")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="bigrams",
            field=search.models.BigramsField(
                blank=True, default="", verbose_name="character pairs"
            ),
        ),
        migrations.RunPython(fill_character_pairs, migrations.RunPython.noop),
        migrations.RunPython(create_bigram_index, drop_bigram_index),
    ]
