"""Which addresses a calendar source may be fetched from: public http(s) hosts only.

A source's URL is typed by an editor and fetched by the server, so without this check it
could read the server's own services (a database's HTTP port, a cloud's metadata
address) and show their answers in the fetch status. The host is checked when the source
is saved and again at each connection, after DNS resolution, on the very address the
fetch then connects to (a name may resolve elsewhere later, and redirects are followed).
"""

import ipaddress
import socket
import urllib.parse

from django.conf import settings
from django.utils.translation import gettext as _

ALLOWED_SCHEMES = ("http", "https")


class AddressRefused(Exception):
    """Why a source's address may not be fetched (translated)."""


def check_url(url):
    """Refuse ``url`` unless it is http(s) and its host resolves to public addresses."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise AddressRefused(_("Only http and https addresses can be fetched."))
    if not parts.hostname:
        raise AddressRefused(_("The address has no host name."))
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as error:
        raise AddressRefused(_("The address has an invalid port.")) from error
    resolve_public(parts.hostname, port)


def resolve_public(host, port):
    """The socket addresses of ``host``, refused if any of them is not public."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise AddressRefused(
            _("The host %(host)s could not be found.") % {"host": host}
        ) from error
    if settings.KIZUNA_CALENDAR_SOURCES_ALLOW_PRIVATE:
        return found
    # Every address is checked, not only the first: a name with one public and one
    # private address would otherwise reach the private one on a retry.
    for *_details, sockaddr in found:
        if not is_public(sockaddr[0]):
            raise AddressRefused(
                _(
                    "%(host)s is a private or local address; only public calendars "
                    "can be fetched."
                )
                % {"host": host}
            )
    return found


# IPv6 addresses that carry an IPv4 one a gateway may connect to: NAT64's well-known
# prefix (RFC 6052), besides IPv4-mapped and 6to4 addresses.
NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_public(ip):
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if address in NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            address = embedded
    return address.is_global and not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def connect_public(
    address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None
):
    """``socket.create_connection`` to the host's checked addresses, and no others."""
    host, port = address[:2]
    last_error = OSError(f"no address for {host}")
    for *_details, sockaddr in resolve_public(host, port):
        try:
            return socket.create_connection(sockaddr[:2], timeout, source_address)
        except OSError as error:
            last_error = error
    raise last_error
