from django.db import migrations

import search.models
from search.text import unspaced_bigrams

INDEX = "search_entry_bigrams"


BATCH = 500


def fill_character_pairs(apps, schema_editor):
    """Entries indexed before get their pairs, a batch at a time (the index of a big
    site does not fit in memory at once)."""
    SearchEntry = apps.get_model("search", "SearchEntry")
    batch = []
    for entry in SearchEntry.objects.only("text").iterator(chunk_size=BATCH):
        entry.bigrams = " ".join(unspaced_bigrams(entry.text))
        batch.append(entry)
        if len(batch) == BATCH:
            SearchEntry.objects.bulk_update(batch, ["bigrams"])
            batch = []
    SearchEntry.objects.bulk_update(batch, ["bigrams"])


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
