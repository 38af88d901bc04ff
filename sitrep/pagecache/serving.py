"""Answering from a stored page and storing a rendered one: shared by the WSGI layer and the
middleware, so both key, answer and store alike (docs/performance.md)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus

from django.conf import settings

from sitrep.core.generation import content_generation

from . import store
from .entries import Entry, build_entry, not_modified
from .policy import cache_key, preferred_encoding

logger = logging.getLogger(__name__)

# Set on the environ by the WSGI layer: the key it looked up (and missed), so the middleware
# neither looks again nor reads a newer generation than the one the request started under.
KEY_ENVIRON = "sitrep.pagecache.key"
MISSING = object()


def request_key(environ: Mapping[str, str]) -> tuple[str, int] | None:
    """The key this request's page is stored under and the content generation it holds, or None
    when the page cache neither answers nor stores this request."""
    if not settings.PAGE_CACHE_ENABLED:
        return None
    try:
        generation = content_generation()
    except Exception:  # the shared store is down: answer uncached rather than fail
        logger.exception("page cache: cannot read the content generation")
        return None
    key = cache_key(environ, generation)
    return None if key is None else (key, generation)


def find(key: str) -> Entry | None:
    try:
        return store.lookup(key)
    except Exception:
        logger.exception("page cache: lookup failed")
        return None


def keep(
    key: str,
    generation: int,
    status: int,
    headers: list[tuple[str, str]],
    body: bytes,
    vary_language: bool,
) -> Entry:
    entry = build_entry(
        status,
        headers,
        body,
        # The generation is the time of the last change, in nanoseconds.
        changed_at=generation // 1_000_000_000,
        vary_language=vary_language,
        browser_max_age=settings.PAGE_BROWSER_MAX_AGE,
        shared_max_age=settings.PAGE_SHARED_MAX_AGE,
        lifetime=settings.PAGE_CACHE_SECONDS,
    )
    try:
        store.save(key, entry)
    except Exception:
        logger.exception("page cache: store failed")
    return entry


def answer(entry: Entry, environ: Mapping[str, str], state: str):
    """(status, headers, body) for this request from a stored page: the encoding the client
    accepts, or 304 when its copy is current."""
    if not_modified(
        entry, environ.get("HTTP_IF_NONE_MATCH", ""), environ.get("HTTP_IF_MODIFIED_SINCE", "")
    ):
        return 304, [*entry.not_modified_headers, ("X-Page-Cache", state)], b""
    encoding = preferred_encoding(environ.get("HTTP_ACCEPT_ENCODING", ""))
    if encoding not in entry.bodies:
        encoding = "identity"
    body = b"" if environ.get("REQUEST_METHOD") == "HEAD" else entry.bodies[encoding]
    return entry.status, [*entry.headers[encoding], ("X-Page-Cache", state)], body


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"
