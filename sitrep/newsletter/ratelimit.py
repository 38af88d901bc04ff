"""Abuse limits for signup requests, kept in the cache only. See docs/newsletter.md.

Keys never contain an IP address or an email address: both are reduced to a keyed hash first
(IPv6 addresses to their /64 network, since one host usually owns a whole /64), and the counters
expire on their own. Nothing here touches the database.

- per client IP: NEWSLETTER["LIMIT_PER_IP_PER_HOUR"] requests per clock hour;
- per address: NEWSLETTER["LIMIT_PER_ADDRESS_PER_HOUR"] requests per clock hour;
- per address: NEWSLETTER["CONFIRMATIONS_PER_ADDRESS_PER_DAY"] confirmation emails in any
  rolling 24 hours (one cache key per slot, each living 24 hours, so the limit cannot be doubled
  at a window edge).

Every counter changes with one atomic cache operation (`add`, `incr`: a lock in the local-memory
cache, SET NX / INCR in Redis), never read-modify-write, so concurrent requests cannot slip past
a limit by reading the same old value.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache

DAY = 24 * 3600
HOUR = 3600
_PREFIX = "nl:rl:"


def _hash(kind: str, value: str) -> str:
    key = hashlib.sha256(b"sitrep.newsletter.ratelimit" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, f"{kind}|{value}".encode(), hashlib.sha256).hexdigest()[:32]


def ip_bucket(ip: str | None) -> str:
    """The unit an IP limit applies to: the address for IPv4, the /64 network for IPv6."""
    if not ip:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(ip.strip())
    except ValueError:
        return "invalid"
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _hit(key: str, limit: int, period: int, now: float) -> bool:
    """Count one request in the current fixed window; True if it is within the limit."""
    if limit <= 0:
        return True  # 0 disables the limit
    window_key = f"{_PREFIX}{key}:{int(now // period)}"
    timeout = period + 60
    if cache.add(window_key, 1, timeout=timeout):
        return True  # the first request of the window (limit >= 1)
    try:
        count = cache.incr(window_key)
    except ValueError:  # expired between add() and incr(): a new window starts with this one
        count = 1 if cache.add(window_key, 1, timeout=timeout) else cache.incr(window_key)
    return count <= limit


def allow_request(*, client_ip: str | None, email_hash: str, now: float | None = None) -> bool:
    """Count one signup request from this IP for this address; False if either is over its
    hourly limit (both counters are incremented either way, so hammering does not help)."""
    now = time.time() if now is None else now
    limits = settings.NEWSLETTER
    ip_ok = _hit(
        "ip:" + _hash("ip", ip_bucket(client_ip)), limits["LIMIT_PER_IP_PER_HOUR"], HOUR, now
    )
    address_ok = _hit(
        "addr:" + _hash("addr", email_hash), limits["LIMIT_PER_ADDRESS_PER_HOUR"], HOUR, now
    )
    return ip_ok and address_ok


def take_confirmation_slot(email_hash: str) -> bool:
    """Reserve one of the address's confirmation emails for the last 24 hours; False if none is
    left. Call it only when an email is about to be enqueued.

    Slot i is the cache key <hash>:i, taken with `add` (atomic: only one caller can create it)
    and expiring 24 hours later; with `limit` slots at most `limit` emails go out in any
    24 hours, however many requests arrive at once."""
    limit = settings.NEWSLETTER["CONFIRMATIONS_PER_ADDRESS_PER_DAY"]
    if limit <= 0:
        return True
    key = f"{_PREFIX}confirm:{_hash('confirm', email_hash)}"
    return any(cache.add(f"{key}:{slot}", 1, timeout=DAY) for slot in range(limit))
