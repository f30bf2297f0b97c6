"""Wagtail pages of one specific type inserted in bulk, for imports and large fixtures."""

from django.db import connection
from wagtail.models import Page


def insert_pages(pages):
    """Insert unsaved pages of one specific type: the Page rows (bulk_create), then the
    specific rows beside them. Their tree paths must be set already. Returns their ids.

    Django's bulk_create refuses multi-table models, so the second half is one
    executemany over the specific model's own columns.
    """
    model = type(pages[0])
    base_fields = [field.attname for field in Page._meta.concrete_fields]
    rows = Page.objects.bulk_create(
        [
            Page(**{name: getattr(page, name) for name in base_fields if name != "id"})
            for page in pages
        ]
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    values = [
        [
            field.get_db_prep_save(getattr(page, field.attname), connection)
            for field in fields
        ]
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})",
            values,
        )
    return [row.pk for row in rows]
