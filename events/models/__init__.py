from .categories import EventCategory
from .pages import EventDateChange, EventIndexPage, EventPage

__all__ = ["EventCategory", "EventDateChange", "EventIndexPage", "EventPage"]
