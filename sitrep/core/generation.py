"""One site-wide content generation, bumped on every change that a public page can show.

Cached pages (sitrep/pagecache), fragments and API headers put the generation in their keys, so a
change makes all of them fresh on the next request, in every process that shares the store. For a
weekly publication a single counter is simpler and safer than tracking which pages a change
affects (docs/performance.md, "Invalidation").

The generation must be shared by every web process, worker and management command, so it never
lives in a per-process cache: with REDIS_URL it is a Redis key (the `pages` cache alias); in the
embedded default it is a small file (SITREP_CONTENT_GENERATION_FILE), replaced atomically on a
bump and read on every request (a few microseconds).

Its value is the time of the bump in nanoseconds: a new value differs from every old one without
a read-modify-write (two processes bumping at once cannot both write the same "next" number), and
it doubles as the time the content last changed (Last-Modified).
"""

from __future__ import annotations

import copy
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import models, transaction
from django.db.models import DEFERRED

GENERATION_KEY = "sitrep:content-generation"


def _file() -> str | os.PathLike | None:
    # As set (no Path built): read on every request, several times.
    return getattr(settings, "SITREP_CONTENT_GENERATION_FILE", None) or None


def _write_file(path: str | os.PathLike, value: int) -> None:
    folder = Path(path).parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".generation-")
    with os.fdopen(fd, "w") as handle:
        handle.write(str(value))
    os.replace(tmp, path)  # atomic: a reader sees the old file or the new one, never half


def _read_file(path: str | os.PathLike) -> int:
    # Read every time (one open and a 20-byte read): remembering the file's inode and mtime
    # instead would be fooled when bumps come faster than the file system's timestamp
    # resolution and an inode is reused.
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        _write_file(path, time.time_ns())
        fd = os.open(path, os.O_RDONLY)
    try:
        raw = os.read(fd, 64)
    finally:
        os.close(fd)
    try:
        return int(raw)
    except ValueError:  # never half-written (os.replace), but never fail a page for it
        return time.time_ns()


def content_generation() -> int:
    path = _file()
    if path is not None:
        return _read_file(path)
    store = caches[settings.SITREP_PAGE_CACHE_ALIAS]
    value = store.get(GENERATION_KEY)
    if value is None:
        # add() so that two processes starting at once agree on the first value.
        store.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = store.get(GENERATION_KEY)
    return int(value)


def _bump() -> None:
    value = max(time.time_ns(), content_generation() + 1)
    path = _file()
    if path is not None:
        _write_file(path, value)
    else:
        caches[settings.SITREP_PAGE_CACHE_ALIAS].set(GENERATION_KEY, value, timeout=None)


def bump_content_generation() -> None:
    """Make every cached page and fragment fresh. Bumped at once (so this process and tests see
    the change) and again when the surrounding transaction commits: a page rendered by another
    process between the first bump and the commit read the old rows, and the second bump retires
    what it stored."""
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)


class GenerationMemo:
    """Values that are the same for every request of one content generation, kept in this process.

    What a page reads from a handful of rows that change rarely and all at once — the sites, the
    home pages, whether any page is private, the publication's settings — costs a query (and
    Django's work to build it) on every uncached render. Kept per generation, it is read once
    per process and content change instead. Correct by construction, as the page cache: the
    generation is read before the rows, so a value computed from rows older than a bump is never
    kept under the newer generation (the second bump at commit retires what was read between
    the first bump and the commit); a change makes every process compute afresh.

    Keep values immutable, or hand out fresh objects built from them: a request may change what
    it is given. Entries of one generation are bounded by `max_entries` (keys may come from a
    request, such as the host name); the oldest go first.
    """

    every: list[GenerationMemo] = []

    def __init__(self, compute, max_entries: int = 64) -> None:
        self.compute = compute
        self.max_entries = max_entries
        self.generation: int | None = None
        self.values: dict = {}
        GenerationMemo.every.append(self)

    def get(self, key=None):
        generation = content_generation()
        if generation != self.generation:
            self.generation, self.values = generation, {}
        values = self.values
        try:
            return values[key]
        except KeyError:
            pass
        value = self.compute() if key is None else self.compute(key)
        if generation == self.generation:  # not replaced meanwhile by a newer generation
            if len(values) >= self.max_entries:
                del values[next(iter(values))]
            values[key] = value
        return value

    @classmethod
    def clear_all(cls) -> None:
        """Forget every memo's values: for tests, whose rolled-back transactions change rows
        without leaving a new generation behind."""
        for memo in cls.every:
            memo.generation, memo.values = None, {}


@dataclass(frozen=True)
class Row:
    """One model instance's field values, kept to build fresh instances from without a query."""

    model: type[models.Model]
    db: str
    values: tuple

    @classmethod
    def of(cls, instance: models.Model) -> Row:
        """Deferred fields (`only()`) stay deferred in the instances built."""
        fields = instance._meta.concrete_fields
        values = tuple(instance.__dict__.get(field.attname, DEFERRED) for field in fields)
        return cls(type(instance), instance._state.db or "default", values)

    def build(self):
        """A fresh instance: a copy of one built from the row once. Django copies a model
        instance as it unpickles one from a cache, without running `__init__` again (which, for
        a page, walks every field and every relation of the model): ~19 → ~6 µs a page, a
        dozen of them on an uncached article. Field values are shared, as they were between
        instances built from the same row."""
        try:
            prototype = self.__dict__["_prototype"]
        except KeyError:
            prototype = self.model.from_db(self.db, None, self.values)
            object.__setattr__(self, "_prototype", prototype)  # frozen: not one of its fields
        return copy.copy(prototype)
