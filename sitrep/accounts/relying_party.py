"""Where passkeys (WebAuthn) are valid: the relying party ID and the origins a browser may
report signing in from (docs/editorial.md, "Accounts"; docs/configuration.md).

A passkey is bound to its relying party ID, a host name: it works on that host and its
subdomains, and a change of ID makes every registered passkey useless. Browsers refuse IP
addresses as an ID but treat http://localhost as secure, so a development site at 127.0.0.1
uses passkeys at http://localhost instead.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def relying_party_id(site_url: str) -> str:
    """The host name of the site's public address; loopback addresses become localhost."""
    host = (urlsplit(site_url).hostname or "localhost").lower()
    return "localhost" if host in LOOPBACK else host


def _origin(scheme: str, host: str, port: int | None) -> str:
    default = {"https": 443, "http": 80}.get(scheme)
    return f"{scheme}://{host}" if port in (None, default) else f"{scheme}://{host}:{port}"


def _within(host: str, rp_id: str) -> bool:
    return host == rp_id or host.endswith("." + rp_id)


def allowed_origins(site_url: str, allowed_hosts: list[str], rp_id: str) -> list[str]:
    """The site's own origin, then https:// on every other allowed host under the relying
    party ID (the admin may answer on www. or admin. too). Loopback addresses are reached
    as localhost, the only plain-http origin browsers allow passkeys on."""
    parts = urlsplit(site_url)
    scheme = parts.scheme or "https"
    host = (parts.hostname or "localhost").lower()
    if host in LOOPBACK:
        host = "localhost"
    origins = [_origin(scheme, host, parts.port)]
    for entry in allowed_hosts:
        candidate = entry.strip().lower().lstrip(".")
        if not candidate or "*" in candidate or _is_ip(candidate) or candidate in LOOPBACK:
            continue
        origin = _origin("https", candidate, None)
        if _within(candidate, rp_id) and origin not in origins:
            origins.append(origin)
    return origins
