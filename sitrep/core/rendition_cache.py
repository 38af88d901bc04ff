"""Wagtail's rendition cache, without writing back what it has just read.

`Image.get_renditions()` stores every rendition it returns in the cache unless the rendition is
marked `_from_cache`. Renditions it reads from the cache (rather than from prefetched rows) are
not marked, so every uncached page pickled and wrote back each rendition it had just read: two
to four cache writes an article, one or more for each teaser with an image (Wagtail 8.0). These
backends mark what they return to the rendition look-up (the `renditions` alias, settings.py).
"""

from __future__ import annotations

from django.core.cache.backends.locmem import LocMemCache


class _MarkedAsRead:
    def get_many(self, keys, version=None):
        found = super().get_many(keys, version=version)
        for rendition in found.values():
            rendition._from_cache = True
        return found


class LocMemRenditionCache(_MarkedAsRead, LocMemCache):
    pass


def __getattr__(name: str):
    # RedisRenditionCache, built on first use: the embedded default never imports the Redis
    # client (a web worker's memory, docs/performance.md).
    if name == "RedisRenditionCache":
        from django_redis.cache import RedisCache

        cls = type("RedisRenditionCache", (_MarkedAsRead, RedisCache), {"__module__": __name__})
        globals()[name] = cls
        return cls
    raise AttributeError(name)
