"""A delegation's itinerary as a spreadsheet (XLSX or CSV), one item a row.

Planners come from spreadsheets: the same layout reads back in (``sheet_import.py``).
Times are local to the item's place; an end on another day gives its date too.
"""

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from .programme import load_items, local_end, local_start

COLUMNS = (
    "date",
    "start",
    "end",
    "zone",
    "kind",
    "title_en",
    "title_ja",
    "title_km",
    "place",
    "from",
    "to",
    "mode",
    "attendees",
    "public",
    "notes",
)
# Between the names of the attending members in one cell.
NAME_SEPARATOR = "; "
YES, NO = "yes", "no"
CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def item_row(item):
    start, end = local_start(item), local_end(item)
    end_text = end.strftime("%H:%M")
    if end.date() != start.date():
        end_text = f"{end.date().isoformat()} {end_text}"
    venue = item.venue
    return (
        start.date().isoformat(),
        start.strftime("%H:%M"),
        end_text,
        item.time_zone,
        item.kind,
        item.title_en or "",
        item.title_ja or "",
        item.title_km or "",
        (venue.name_en or venue.name) if venue else item.city,
        item.from_city,
        item.to_city,
        item.travel_mode,
        NAME_SEPARATOR.join(item.attendee_names),
        YES if item.is_public else NO,
        item.internal_notes,
    )


def xlsx(rows):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("itinerary")
    sheet.append(COLUMNS)
    for row in rows:
        # Every cell is text: a title starting with "=" must not become a formula.
        sheet.append([_text_cell(sheet, value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _text_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def csv_bytes(rows):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    # With a byte-order mark, Excel opens Japanese and Khmer as UTF-8.
    return output.getvalue().encode("utf-8-sig")


WRITERS = {"xlsx": xlsx, "csv": csv_bytes}


def export(delegation, file_format):
    """(content, content type) of the itinerary in ``file_format`` ("xlsx" or "csv")."""
    rows = [item_row(item) for item in load_items(delegation)]
    return WRITERS[file_format](rows), CONTENT_TYPES[file_format]
