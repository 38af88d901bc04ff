from __future__ import annotations

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache

from sitrep.core.generation import GenerationMemo


def clear_cache() -> None:
    """Forget this test run's cache entries, in every cache alias, and what this process kept
    per content generation (a rolled-back test leaves the generation as it was). On Redis only
    this run's prefixed keys go: Django's `clear()` there is FLUSHDB, which would wipe whatever
    else shares the database. A database cache (the rate limits' alias) lives in the test
    database, which each test's transaction rolls back; transactional tests clear it
    themselves."""
    GenerationMemo.clear_all()
    for alias in settings.CACHES:
        cache = caches[alias]
        if hasattr(cache, "delete_pattern"):
            cache.delete_pattern("*")
        elif not isinstance(cache, DatabaseCache):
            cache.clear()
