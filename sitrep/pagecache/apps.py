from __future__ import annotations

from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "sitrep.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self) -> None:
        # Every change a public page can show bumps the content generation (docs/performance.md).
        from . import signal_handlers

        signal_handlers.connect()
