from .categories import EventCategory
from .date_changes import EventDateChange
from .imports import ImportRun
from .pages import EventIndexPage, EventPage
from .sources import CalendarSource

__all__ = [
    "CalendarSource",
    "EventCategory",
    "EventDateChange",
    "EventIndexPage",
    "EventPage",
    "ImportRun",
]
