"""Links that add one date of an event to Google Calendar or Outlook.com.

The services read times in UTC; an all-day date range ends on the day after the last day
(exclusive), as in iCalendar.
"""

import datetime
from urllib.parse import quote, urlencode

GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render"
OUTLOOK_CALENDAR = "https://outlook.live.com/calendar/0/deeplink/compose"


def google_calendar_url(occurrence, page_url):
    event = occurrence.event
    if event.all_day:
        first, after = _all_day_dates(occurrence)
        dates = f"{first:%Y%m%d}/{after:%Y%m%d}"
    else:
        dates = "/".join(
            f"{_utc(moment):%Y%m%dT%H%M%SZ}"
            for moment in (occurrence.start, occurrence.end)
        )
    return _link(
        GOOGLE_CALENDAR,
        action="TEMPLATE",
        text=event.title,
        dates=dates,
        details=_details(event, page_url),
        location=event.location,
    )


def outlook_calendar_url(occurrence, page_url):
    event = occurrence.event
    if event.all_day:
        first, after = _all_day_dates(occurrence)
        times = {
            "startdt": first.isoformat(),
            "enddt": after.isoformat(),
            "allday": "true",
        }
    else:
        times = {
            "startdt": f"{_utc(occurrence.start):%Y-%m-%dT%H:%M:%SZ}",
            "enddt": f"{_utc(occurrence.end):%Y-%m-%dT%H:%M:%SZ}",
        }
    return _link(
        OUTLOOK_CALENDAR,
        subject=event.title,
        **times,
        location=event.location,
        body=_details(event, page_url),
    )


def _link(base, **parameters):
    # %20 rather than +, which not every calendar service reads as a space.
    return f"{base}?{urlencode(parameters, quote_via=quote)}"


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def _all_day_dates(occurrence):
    """First day and the day after the last, in the event's own zone."""
    zone = occurrence.event.zone
    return occurrence.start.astimezone(zone).date(), occurrence.end.astimezone(
        zone
    ).date()


def _details(event, page_url):
    return "\n\n".join(
        part for part in (event.summary, event.online_url, page_url) if part
    )
