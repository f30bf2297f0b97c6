"""The signed link that opens a school's registration without an account."""

from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core import signing

SALT = "exchanges.registration"


def registration_token(registration):
    """A token naming the registration, signed and dated (django.core.signing), as a
    path: Wagtail serves only word characters and hyphens in a segment, and the
    signature's parts are base64 between colons."""
    token = signing.dumps(
        {"r": registration.pk, "k": registration.idempotency_key.hex[:8]}, salt=SALT
    )
    return token.replace(":", "/")


def read_token(token):
    """The (registration id, key prefix) a token names, or None if it was altered or
    is older than KIZUNA_EXCHANGE_LINK_MAX_AGE; ``expired`` says which."""
    try:
        data = signing.loads(
            token.strip("/").replace("/", ":"),
            salt=SALT,
            max_age=settings.KIZUNA_EXCHANGE_LINK_MAX_AGE,
        )
    except signing.SignatureExpired:
        return None, True
    except signing.BadSignature:
        return None, False
    if not isinstance(data, dict) or not isinstance(data.get("r"), int):
        return None, False
    return (data["r"], str(data.get("k", ""))), False


def registration_url(registration, *, request=None):
    """The absolute address of the registration's page in the active language."""
    programme = registration.programme
    path = programme.url + programme.reverse_subpage(
        "registration", kwargs={"token": registration_token(registration)}
    )
    if base := settings.KIZUNA_PUBLIC_BASE_URL:
        return urljoin(base, urlsplit(path).path)
    if request is not None:
        return request.build_absolute_uri(path)
    return urljoin(programme.get_site().root_url, urlsplit(path).path)
