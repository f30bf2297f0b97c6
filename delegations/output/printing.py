"""The printed programme of a delegation, one per language, as HTML and as PDF.

Laid out like the seminar table of seed 004: a block a day, the date once beside it,
then each item's local time, place, programme and attendees.
"""

from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from PIL import ImageFile

from core.languages import local_date, local_digits

from .programme import load_items, local_end, local_start, place_of, programme_days

STYLESHEET = "delegations/print/programme.css"


@dataclass(frozen=True)
class PrintRow:
    time: str
    place: str
    title: str
    description: str
    attendees: str


def local_time(item, host_zone):
    """ "09:30–11:00" in the item's zone; the zone's abbreviation where it is not the
    host zone's, and on both ends of a journey into another zone."""
    start, end = local_start(item), local_end(item)
    start_text, end_text = start.strftime("%H:%M"), end.strftime("%H:%M")
    if start.date() != end.date():
        end_text = f"{local_date(end.date(), 'medium')} {end_text}"
    if start.tzname() != end.tzname():
        start_text, end_text = (
            f"{start_text} {start.tzname()}",
            f"{end_text} {end.tzname()}",
        )
    elif item.time_zone != host_zone:
        end_text = f"{end_text} {end.tzname()}"
    return local_digits(f"{start_text}–{end_text}")


def print_row(item, host_zone):
    return PrintRow(
        time=local_time(item, host_zone),
        place=place_of(item),
        title=item.title,
        description=item.public_description,
        attendees=", ".join(item.attendee_names) or _("Whole delegation"),
    )


def programme_html(delegation, language, *, for_pdf=False):
    """The programme in ``language``: its own HTML page, without the admin's."""
    with translation.override(language):
        items = load_items(delegation)
        days = [
            {
                "label": local_date(day.date, "full"),
                "rows": [
                    print_row(item, delegation.host_time_zone) for item in day.items
                ],
            }
            for day in programme_days(items)
        ]
        dates = _("%(first)s to %(last)s") % {
            "first": local_date(delegation.first_day),
            "last": local_date(delegation.last_day),
        }
        return render_to_string(
            "delegations/print/programme.html",
            {
                "delegation": delegation,
                "language": language,
                "dates": dates,
                "days": days,
                "for_pdf": for_pdf,
            },
        )


def programme_pdf(delegation, language):
    """The same programme as a PDF, its fonts embedded (WeasyPrint subsets them)."""
    # Imported here: WeasyPrint loads Pango when imported, which only this needs.
    # Importing it also tells Pillow to accept truncated images, for the whole
    # process; the image upload check relies on Pillow refusing them, so the setting
    # is put back.
    truncated_images = ImageFile.LOAD_TRUNCATED_IMAGES
    import weasyprint

    ImageFile.LOAD_TRUNCATED_IMAGES = truncated_images

    html = programme_html(delegation, language, for_pdf=True)
    return weasyprint.HTML(string=html).write_pdf(
        stylesheets=[weasyprint.CSS(filename=finders.find(STYLESHEET))]
    )
