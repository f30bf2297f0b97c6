from .pages import EventDateChange, EventIndexPage, EventPage
from .places import EventCategory, Venue

__all__ = ["EventCategory", "EventDateChange", "EventIndexPage", "EventPage", "Venue"]
