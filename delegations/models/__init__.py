"""A delegation's visit: who travels, what they do where and when, and how long the
journeys between the cities usually take.

Members' contact details and notes are personal data: none of these models inherits
``index.Indexed`` or has ``search_fields``, so nothing here reaches Wagtail's search
index or Kizuna's site search. Public output (summaries, feeds) must pick its fields.
"""

from .itinerary import ItineraryItem, city_of_venue
from .tokens import FeedToken
from .travel import TravelTime
from .visits import Delegation, Member, validate_attendees

__all__ = [
    "Delegation",
    "FeedToken",
    "ItineraryItem",
    "Member",
    "TravelTime",
    "city_of_venue",
    "validate_attendees",
]
