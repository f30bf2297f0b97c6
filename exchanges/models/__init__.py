from .erasure import ErasedRegistrationCount
from .pages import ExchangeProgrammeIndexPage, ExchangeProgrammePage
from .registrations import OutboxEmail, Registration

__all__ = [
    "ErasedRegistrationCount",
    "ExchangeProgrammeIndexPage",
    "ExchangeProgrammePage",
    "OutboxEmail",
    "Registration",
]
