from __future__ import annotations

from django.core.cache import cache


def clear_cache() -> None:
    """Forget this test run's cache entries. On Redis only this run's prefixed keys go: Django's
    `clear()` there is FLUSHDB, which would wipe whatever else shares the database."""
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()
