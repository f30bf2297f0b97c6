"""Snippets that editors put in order, so visitors see them as editors arranged them.

Sorting by name sorts by code point: 学校 before 覚書 in Japanese, and nothing a reader
would recognise in Khmer. Editors drag such snippets into order in the admin listing
(Wagtail's reorder view, which finds ``sort_order_field`` on the model).
"""

from django.db import migrations, models
from wagtail.models import Orderable


class EditorOrdered(Orderable):
    """An Orderable snippet listed everywhere in its editors' order; a new one goes last."""

    class Meta:
        abstract = True
        # Plain names, as modelcluster sorts unsaved relations by them; every row has
        # a place (save and the migration give one), and pk breaks a tie between two
        # saved at once.
        ordering = ["sort_order", "pk"]

    def save(self, *args, **kwargs):
        if self.sort_order is None:
            last = type(self)._default_manager.aggregate(last=models.Max("sort_order"))
            self.sort_order = 0 if last["last"] is None else last["last"] + 1
        super().save(*args, **kwargs)


def number_existing(app_label, model_name):
    """A migration operation giving rows saved before editor ordering a place: after
    any numbered ones, in the order visitors saw them until then (by name)."""

    def number(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        numbered = model.objects.aggregate(last=models.Max("sort_order"))["last"]
        start = 0 if numbered is None else numbered + 1
        rows = list(model.objects.filter(sort_order=None).order_by("name", "pk"))
        for position, row in enumerate(rows, start):
            row.sort_order = position
        model.objects.bulk_update(rows, ["sort_order"])

    return migrations.RunPython(number, migrations.RunPython.noop)
