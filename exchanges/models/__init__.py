from .pages import ExchangeProgrammeIndexPage, ExchangeProgrammePage
from .registrations import OutboxEmail, Registration

__all__ = [
    "ExchangeProgrammeIndexPage",
    "ExchangeProgrammePage",
    "OutboxEmail",
    "Registration",
]
