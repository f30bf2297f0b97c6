import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The index is derived data: drop the per-page table and key entries generically.

    Run ``manage.py update_index`` after migrating to fill it again.
    """

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.DeleteModel(name="SearchEntry"),
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_id", models.CharField(max_length=64, verbose_name="object ID")),
                ("language", models.CharField(max_length=8, verbose_name="language")),
                ("title", models.TextField(verbose_name="title")),
                ("text", models.TextField(verbose_name="text")),
                ("indexed_at", models.DateTimeField(verbose_name="indexed at")),
                ("content_type", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="contenttypes.contenttype", verbose_name="content type")),
            ],
            options={
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
                "constraints": [models.UniqueConstraint(fields=("content_type", "object_id", "language"), name="search_entry_object_language")],
            },
        ),
    ]
