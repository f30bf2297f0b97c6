"""Read an itinerary back from a spreadsheet in the export's layout (``spreadsheets.py``).

Every row is checked before anything is saved, and each problem is named by its row
(as the spreadsheet numbers it, the header being row 1) and column. One problem and
nothing is imported: the rows are saved in one transaction or not at all.
"""

import csv
import datetime
import io
import zipfile
import zoneinfo

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from core.signals import public_content_changed
from core.timezones import is_known_time_zone
from directory.models import Venue

from ..enums import CITY_PLACES, City, ItemKind, TravelMode
from ..models import ItineraryItem, Member
from .spreadsheets import COLUMNS, NAME_SEPARATOR, NO, YES

# A long visit is a few hundred items; more rows than this is not an itinerary.
MAX_ROWS = 1000
TRUE_VALUES, FALSE_VALUES = {YES, "true", "1"}, {NO, "false", "0", ""}
# Which column a model field's error belongs to.
FIELD_COLUMNS = {
    "start": "start",
    "end": "end",
    "time_zone": "zone",
    "arrival_time_zone": "to",
    "kind": "kind",
    "title": "title_en",
    "title_en": "title_en",
    "title_ja": "title_ja",
    "title_km": "title_km",
    "public_description": "title_en",
    "venue": "place",
    "city": "place",
    "from_city": "from",
    "to_city": "to",
    "travel_mode": "mode",
    "internal_notes": "notes",
    NON_FIELD_ERRORS: "date",
}


class SheetImportError(Exception):
    def __init__(self, problems):
        super().__init__(problems)
        self.problems = problems


class CellError(Exception):
    """A cell cannot be read; ``column`` names it when it is not the cell being read."""

    def __init__(self, message, column=""):
        super().__init__(message)
        self.column = column


def read_rows(name, data):
    """The rows of an .xlsx or .csv file as lists of cell values, header first."""
    try:
        if name.lower().endswith(".csv"):
            text = data.decode("utf-8-sig")
            rows = list(csv.reader(io.StringIO(text)))
        else:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            rows = [
                list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)
            ]
            workbook.close()
    except UnicodeDecodeError:
        raise SheetImportError([_("The CSV file is not in UTF-8.")]) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, IndexError, ValueError):
        raise SheetImportError(
            [_("This is not a spreadsheet Kizuna can read.")]
        ) from None
    except csv.Error:
        raise SheetImportError(
            [_("This is not a spreadsheet Kizuna can read.")]
        ) from None
    return rows


def text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(text(value))
    except ValueError:
        raise CellError(_("Write the date as YYYY-MM-DD.")) from None


def parse_time(value):
    if isinstance(value, datetime.datetime):
        return value.time()
    if isinstance(value, datetime.time):
        return value
    try:
        return datetime.datetime.strptime(text(value), "%H:%M").time()
    except ValueError:
        raise CellError(_("Write the time as HH:MM.")) from None


def parse_end(value, day):
    """An end on the start's day ("17:00") or on another ("2019-12-21 08:00")."""
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    value = text(value)
    if " " in value:
        date_text, _space, time_text = value.partition(" ")
        try:
            day = datetime.date.fromisoformat(date_text)
        except ValueError:
            raise CellError(_("Write the end as HH:MM or YYYY-MM-DD HH:MM.")) from None
        value = time_text
    return datetime.datetime.combine(day, parse_time(value))


def choice(value, choices):
    value = text(value)
    if value and value not in choices.values:
        raise CellError(
            _("“%(value)s” is not one of: %(choices)s.")
            % {"value": value, "choices": ", ".join(choices.values)}
        )
    return value


class RowReader:
    """Turns one row into an unsaved item and its attendees, or the row's problems."""

    def __init__(self, delegation, venues):
        self.delegation = delegation
        self.venues = venues
        self.members = {m.name: m for m in Member.objects.filter(delegation=delegation)}

    def read(self, cells):
        item = ItineraryItem(delegation=self.delegation)
        problems, values = [], {}
        readers = {
            "date": parse_date,
            "start": parse_time,
            "kind": lambda v: choice(v, ItemKind) or ItemKind.MEETING,
            "place": self.place,
            "from": lambda v: choice(v, City),
            "to": lambda v: choice(v, City),
            "mode": lambda v: choice(v, TravelMode),
            "attendees": self.attendees,
            "public": self.public,
            "zone": self.zone,
        }
        for column, reader in readers.items():
            try:
                values[column] = reader(cells[column])
            except CellError as error:
                problems.append((column, str(error)))
        if problems:
            return None, (), problems
        item.kind = values["kind"]
        item.venue, item.city = values["place"]
        item.from_city, item.to_city, item.travel_mode = (
            values["from"],
            values["to"],
            values["mode"],
        )
        item.title = item.title_en = text(cells["title_en"])
        item.title_ja, item.title_km = text(cells["title_ja"]), text(cells["title_km"])
        item.is_public = values["public"]
        item.internal_notes = text(cells["notes"])
        item.time_zone = values["zone"]
        try:
            self.place_in_time(item, values, cells["end"])
        except CellError as error:
            return None, (), [(error.column, str(error))]
        try:
            # The venue and delegation are known to exist: no query per row for them.
            item.full_clean(
                exclude=["delegation", "venue"],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as error:
            return (
                None,
                (),
                [
                    (FIELD_COLUMNS.get(field, "date"), " ".join(messages))
                    for field, messages in error.message_dict.items()
                ],
            )
        return item, values["attendees"], []

    def place_in_time(self, item, values, end_cell):
        """Aware start and end from the local date and times in the item's zones."""
        zone = item.time_zone or self.default_zone(item)
        if not zone:
            raise CellError(_("Choose a venue, a city or a time zone."), "zone")
        arrival = (
            CITY_PLACES[item.to_city][1] if item.is_travel and item.to_city else zone
        )
        try:
            end = parse_end(end_cell, values["date"])
        except CellError as error:
            raise CellError(str(error), "end") from None
        item.start = datetime.datetime.combine(
            values["date"], values["start"], zoneinfo.ZoneInfo(zone)
        )
        item.end = end.replace(tzinfo=zoneinfo.ZoneInfo(arrival))

    def default_zone(self, item):
        if item.venue and not item.is_travel:
            return item.venue.time_zone
        city = item.from_city if item.is_travel else item.city
        return CITY_PLACES[city][1] if city else ""

    def zone(self, value):
        value = text(value)
        if value and not is_known_time_zone(value):
            raise CellError(
                _("“%(value)s” is not a known time zone.") % {"value": value}
            )
        return value

    def place(self, value):
        """(venue, city): a venue by its English name, else one of the cities."""
        value = text(value)
        if not value:
            return None, ""
        if value in self.venues:
            return self.venues[value], ""
        if value in City.values:
            return None, value
        raise CellError(_("No venue or city is called “%(value)s”.") % {"value": value})

    def attendees(self, value):
        names = [name.strip() for name in text(value).split(NAME_SEPARATOR.strip())]
        names = [name for name in names if name]
        strangers = [name for name in names if name not in self.members]
        if strangers:
            raise CellError(
                _("Not a member of this delegation: %(names)s.")
                % {"names": ", ".join(strangers)}
            )
        return [self.members[name] for name in names]

    def public(self, value):
        value = text(value).lower()
        if value in TRUE_VALUES:
            return True
        if value in FALSE_VALUES:
            return False
        raise CellError(_("Write yes or no."))


def cell_rows(rows):
    """(row number, {column: value}) of the data rows, empty rows left out."""
    header = [text(value) for value in rows[0]] if rows else []
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise SheetImportError(
            [
                _("The first row must name the columns; missing: %(columns)s.")
                % {"columns": ", ".join(missing)}
            ]
        )
    if len(rows) - 1 > MAX_ROWS:
        raise SheetImportError(
            [_("The file has more than %(count)d rows.") % {"count": MAX_ROWS}]
        )
    positions = {column: header.index(column) for column in COLUMNS}
    for number, row in enumerate(rows[1:], start=2):
        if any(text(value) for value in row):
            padded = list(row) + [None] * (len(header) - len(row))
            yield number, {column: padded[at] for column, at in positions.items()}


def import_itinerary(delegation, name, data):
    """Add the file's items to ``delegation``; returns how many. Raises SheetImportError
    with every problem found, having saved nothing."""
    rows = list(cell_rows(read_rows(name, data)))
    places = {text(cells["place"]) for _number, cells in rows}
    venues = {
        venue.name_en or venue.name: venue
        for venue in Venue.objects.filter(name_en__in=places - {""})
    }
    reader = RowReader(delegation, venues)
    items, problems = [], []
    for number, cells in rows:
        item, attendees, row_problems = reader.read(cells)
        problems.extend(
            _("Row %(row)d, column “%(column)s”: %(message)s")
            % {"row": number, "column": column, "message": message}
            for column, message in row_problems
        )
        items.append((item, attendees))
    if problems:
        raise SheetImportError(problems)
    with transaction.atomic():
        saved = ItineraryItem.objects.bulk_create([item for item, _attendees in items])
        ItineraryItem.attendees.through.objects.bulk_create(
            ItineraryItem.attendees.through(itineraryitem=item, member=member)
            for item, (_unsaved, attendees) in zip(saved, items, strict=True)
            for member in attendees
        )
    if (
        delegation.has_public_summary
    ):  # bulk_create sends no post_save (cms.invalidation)
        public_content_changed.send(sender=ItineraryItem)
    return len(saved)
