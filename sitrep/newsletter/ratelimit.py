"""Abuse limits for signup requests. See docs/newsletter.md, "Abuse limits".

The counters live in the `ratelimit` cache alias (settings.CACHES), which must survive load and be
shared by every web process: Redis when REDIS_URL is set, otherwise the database cache table
(`RateLimitCache` below; `manage.py createcachetable` creates it). The local-memory cache would
not do: it keeps 300 keys per process and then culls a third of them, so a burst of requests
for other addresses made it forget the ones that were at their limit.

Keys never contain an IP address or an email address: both are reduced to a keyed hash first
(IPv6 addresses to their /64 network, since one host usually owns a whole /64), and the counters
expire on their own.

Addresses are counted by *mailbox* (`validation.mailbox_key`): `victim+1@…`, `victim+2@…` and, at
Gmail, `v.ictim@…` are one inbox, so varying the string does not multiply the emails it gets.

- per client IP: NEWSLETTER["LIMIT_PER_IP_PER_HOUR"] requests per clock hour;
- per mailbox: NEWSLETTER["LIMIT_PER_ADDRESS_PER_HOUR"] requests per clock hour;
- per mailbox: NEWSLETTER["CONFIRMATIONS_PER_ADDRESS_PER_DAY"] emails (confirmation or "already
  subscribed") in any rolling 24 hours (one cache key per slot, each living 24 hours, so the
  limit cannot be doubled at a window edge);
- per recipient domain: NEWSLETTER["CONFIRMATIONS_PER_DOMAIN_PER_HOUR"] such emails per clock
  hour, whatever the mailbox, so no pattern of variants (a catch-all domain, sub-addressing
  schemes we do not fold) can flood one provider.

Every counter changes with one atomic cache operation (`add`, `incr`: SET NX / INCR in Redis, a
unique key and a locked row in the database cache), never read-modify-write, so concurrent
requests cannot slip past a limit by reading the same old value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import pickle
import time
from typing import Any

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.utils.timezone import now as tz_now

from .conf import newsletter_settings
from .validation import mailbox_key

DAY = 24 * 3600
HOUR = 3600
CACHE_ALIAS = "ratelimit"
_PREFIX = "nl:rl:"


class RateLimitCache(DatabaseCache):
    """Django's database cache, fit for counters shared by several processes:

    - `incr` is atomic (the base class reads, adds and writes back, so two processes can both
      read 2 and both write 3): the row is locked (SELECT … FOR UPDATE; on SQLite the IMMEDIATE
      transaction takes the write lock) while it changes;
    - culling only deletes expired rows, never live ones (the base class deletes a share of all
      keys once MAX_ENTRIES is passed, which would forget limits under exactly the load they are
      for). MAX_ENTRIES only says how often expired rows are swept."""

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table = quote(self._table)  # type: ignore[attr-defined]  # set by DatabaseCache
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote('value')} FROM {table} "
                f"WHERE {quote('cache_key')} = %s AND {quote('expires')} > %s{lock}",
                [key, connection.ops.adapt_datetimefield_value(tz_now())],
            )
            row = cursor.fetchone()
            if row is None:
                raise ValueError(f"Key '{key}' not found")
            stored = connection.ops.process_clob(row[0])
            value = pickle.loads(base64.b64decode(stored.encode())) + delta
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(
                f"UPDATE {table} SET {quote('value')} = %s WHERE {quote('cache_key')} = %s",
                [encoded, key],
            )
        return value

    def _cull(self, db: str, cursor: Any, now: Any, num: int) -> None:
        connection = connections[db]
        cursor.execute(
            f"DELETE FROM {connection.ops.quote_name(self._table)} "  # type: ignore[attr-defined]
            f"WHERE {connection.ops.quote_name('expires')} < %s",
            [connection.ops.adapt_datetimefield_value(now)],
        )


def _cache() -> BaseCache:
    return caches[CACHE_ALIAS]


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
    cache = _cache()
    window_key = f"{_PREFIX}{key}:{int(now // period)}"
    timeout = period + 60
    if cache.add(window_key, 1, timeout=timeout):
        return True  # the first request of the window (limit >= 1)
    try:
        count = cache.incr(window_key)
    except ValueError:  # expired between add() and incr(): a new window starts with this one
        count = 1 if cache.add(window_key, 1, timeout=timeout) else cache.incr(window_key)
    return count <= limit


def allow_request(*, client_ip: str | None, address: str, now: float | None = None) -> bool:
    """Count one signup request from this IP for this (cleaned) address's mailbox; False if
    either is over its hourly limit (both counters are incremented either way, so hammering does
    not help)."""
    now = time.time() if now is None else now
    limits = newsletter_settings()
    ip_ok = _hit("ip:" + _hash("ip", ip_bucket(client_ip)), limits.limit_per_ip_per_hour, HOUR, now)
    address_ok = _hit(
        "addr:" + _hash("addr", mailbox_key(address)),
        limits.limit_per_address_per_hour,
        HOUR,
        now,
    )
    return ip_ok and address_ok


def take_confirmation_slot(
    address: str, *, per_domain: bool = True, now: float | None = None
) -> bool:
    """Reserve one email to this (cleaned) address's mailbox: False if the mailbox had its
    CONFIRMATIONS_PER_ADDRESS_PER_DAY emails in the last 24 hours, or its domain its
    CONFIRMATIONS_PER_DOMAIN_PER_HOUR this hour. Call it only when an email is about to be
    enqueued. `per_domain=False` (an editor's import) skips the domain count.

    Mailbox slot i is the cache key <hash>:i, taken with `add` (atomic: only one caller can
    create it) and expiring 24 hours later; with `limit` slots at most `limit` emails go out in
    any 24 hours, however many requests arrive at once. The domain is counted only once the
    mailbox had a slot, so one bombed inbox does not use up its provider's allowance."""
    now = time.time() if now is None else now
    limits = newsletter_settings()
    mailbox = mailbox_key(address)
    limit = limits.confirmations_per_address_per_day
    if limit > 0:
        cache = _cache()
        key = f"{_PREFIX}confirm:{_hash('confirm', mailbox)}"
        if not any(cache.add(f"{key}:{slot}", 1, timeout=DAY) for slot in range(limit)):
            return False
    if not per_domain:
        return True
    domain = mailbox.rpartition("@")[2]
    return _hit(
        "domain:" + _hash("domain", domain),
        limits.confirmations_per_domain_per_hour,
        HOUR,
        now,
    )
