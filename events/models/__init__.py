from .categories import EventCategory
from .date_changes import EventDateChange
from .pages import EventIndexPage, EventPage

__all__ = ["EventCategory", "EventDateChange", "EventIndexPage", "EventPage"]
