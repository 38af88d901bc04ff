from __future__ import annotations

import glob

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache

from sitrep.core.generation import GenerationMemo


def clear_cache() -> None:
    """Forget this test run's cache entries, in every cache alias, and what this process kept
    per content generation (a rolled-back test leaves the generation as it was). On Redis only
    this run's prefixed keys go, of every key version: Django's `clear()` there is FLUSHDB, which
    would wipe whatever else shares the database, and `delete_pattern` matches one version only
    (Wagtail keeps its site root paths under version 2). A database cache (the rate limits'
    alias) lives in the test database, which each test's transaction rolls back; transactional
    tests clear it themselves."""
    GenerationMemo.clear_all()
    for alias in settings.CACHES:
        cache = caches[alias]
        if hasattr(cache, "delete_pattern"):
            client = cache.client.get_client(write=True)
            keys = list(client.scan_iter(match=f"{glob.escape(cache.key_prefix)}:*", count=1000))
            if keys:
                client.delete(*keys)
        elif not isinstance(cache, DatabaseCache):
            cache.clear()
