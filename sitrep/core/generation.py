"""One site-wide content generation, bumped on every change that a public page can show.

Cached fragments and responses put the generation in their keys, so a change makes all of them
fresh on the next request, in every process that shares the cache. For a weekly publication a
single counter is simpler and safer than tracking which pages a change affects.
"""

from __future__ import annotations

from django.core.cache import cache

GENERATION_KEY = "sitrep:content-generation"


def content_generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # add() so that two processes starting at once agree on the first value.
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return int(value)


def bump_content_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): any new value differs from every old key
        cache.set(GENERATION_KEY, content_generation() + 1, timeout=None)
