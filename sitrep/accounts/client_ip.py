"""The client address that login throttling counts against.

Behind our proxy (SITREP_BEHIND_PROXY) REMOTE_ADDR is the proxy itself, so every failure would
count against one address and lock everybody out together; the client is then the address the
proxy appended to X-Forwarded-For. Only the entries our own proxies appended are trusted: the
left-most ones are whatever the client sent and an attacker could rotate them at will.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def forwarded_client(header: str, proxy_count: int) -> str | None:
    """The address that the outermost of our `proxy_count` proxies saw connect to it."""
    hops = [hop.strip() for hop in header.split(",") if hop.strip()]
    if proxy_count < 1 or len(hops) < proxy_count:
        return None
    return hops[-proxy_count]


def client_ip(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    if not settings.SITREP_BEHIND_PROXY:
        return remote
    forwarded = forwarded_client(
        request.META.get("HTTP_X_FORWARDED_FOR", ""), settings.SITREP_PROXY_COUNT
    )
    return forwarded or remote
