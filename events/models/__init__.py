from .calendar import EventIndexPage
from .categories import EventCategory
from .date_changes import EventDateChange
from .feed_texts import EventFeedText
from .imports import ImportRun
from .pages import EventPage
from .sources import CalendarSource

__all__ = [
    "CalendarSource",
    "EventCategory",
    "EventDateChange",
    "EventFeedText",
    "EventIndexPage",
    "EventPage",
    "ImportRun",
]
