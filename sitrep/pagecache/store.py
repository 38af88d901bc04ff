"""Where stored pages live: the shared `pages` cache alias (files or Redis), with a small copy in
each process's memory. The memory copy needs no invalidation of its own: every key holds the
content generation, so after a change no request asks for an old key again."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches

from .entries import Entry

# Enough for the pages a newsletter spike reads (home, issue, its articles, in 3 languages)
# while keeping a worker well under its memory budget.
MEMORY_MAX_BYTES = 8 * 1024 * 1024
MEMORY_MAX_ENTRIES = 256


class _Memory:
    def __init__(self) -> None:
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.bytes = 0
        self.lock = threading.Lock()

    def get(self, key: str) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if entry.expires_at < time.time():
            self.discard(key)
            return None
        return entry

    def put(self, key: str, entry: Entry) -> None:
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            self.entries[key] = entry
            self.bytes += entry.size
            while self.entries and (
                self.bytes > MEMORY_MAX_BYTES or len(self.entries) > MEMORY_MAX_ENTRIES
            ):
                _, dropped = self.entries.popitem(last=False)
                self.bytes -= dropped.size

    def discard(self, key: str) -> None:
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.bytes -= old.size

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.bytes = 0


memory = _Memory()


def lookup(key: str) -> Entry | None:
    entry = memory.get(key)
    if entry is not None:
        return entry
    entry = caches[settings.SITREP_PAGE_CACHE_ALIAS].get(key)
    if isinstance(entry, Entry) and entry.expires_at >= time.time():
        memory.put(key, entry)
        return entry
    return None


def save(key: str, entry: Entry) -> None:
    timeout = max(1, int(entry.expires_at - time.time()))
    caches[settings.SITREP_PAGE_CACHE_ALIAS].set(key, entry, timeout=timeout)
    memory.put(key, entry)
