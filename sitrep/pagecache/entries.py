"""A stored page: status, headers and the body in every encoding, with the caching headers each
answer carries already assembled, so a hit only picks a header list and a body."""

from __future__ import annotations

import gzip
import hashlib
import time
from dataclasses import dataclass, field

import brotli
from django.utils.http import http_date, parse_http_date_safe

from .policy import compressible

# Headers the page cache writes itself on every answer.
OWN_HEADERS = frozenset(
    {
        "content-length",
        "content-encoding",
        "vary",
        "cache-control",
        "etag",
        "last-modified",
        "expires",
        "date",
        "x-page-cache",
    }
)
# Below this, compression costs more than it saves.
MIN_COMPRESS_BYTES = 256
# Brotli quality: 11 takes ~10x longer than 8 on a 40 kB page for ~3 % fewer bytes; each page is
# compressed once per content generation, but its first reader waits for it.
BROTLI_QUALITY = 8
# Brotli's window: 64 kB. With a window above 16 bits, qualities 5-9 use a hash table of
# 2^15 x 2^(quality-1) entries, 16 MB at quality 8, on every page stored — the biggest single
# allocation of a web worker. At 16 bits brotli uses a small forgetful hash chain instead:
# measured on the 520-week archive's 27 public page kinds (6-87 kB), 0.1 % more bytes in all
# (≤ 1.2 % on pages over 64 kB), 2.4 times less CPU. Readers decompress the same page.
BROTLI_WINDOW_BITS = 16
GZIP_LEVEL = 6


@dataclass(slots=True)
class Entry:
    status: int
    bodies: dict[str, bytes]
    # Per encoding: the full header list of a 200 answer.
    headers: dict[str, list[tuple[str, str]]]
    not_modified_headers: list[tuple[str, str]]
    etag: str
    last_modified: int
    expires_at: float
    size: int = field(default=0)


def build_entry(
    status: int,
    headers: list[tuple[str, str]],
    body: bytes,
    *,
    changed_at: int,
    vary_language: bool,
    browser_max_age: int,
    shared_max_age: int,
    lifetime: int,
) -> Entry:
    content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
    kept = [(k, v) for k, v in headers if k.lower() not in OWN_HEADERS]
    bodies = {"identity": body}
    if len(body) >= MIN_COMPRESS_BYTES and compressible(content_type):
        bodies["gzip"] = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
        bodies["br"] = brotli.compress(body, quality=BROTLI_QUALITY, lgwin=BROTLI_WINDOW_BITS)
    # Weak: the encodings of one page are the same content (RFC 9110 8.8.3).
    etag = 'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    last_modified = http_date(changed_at)
    vary = "Accept-Encoding, Accept-Language" if vary_language else "Accept-Encoding"
    if status == 200:
        cache_control = f"public, max-age={browser_max_age}, s-maxage={shared_max_age}"
    else:  # a 404 may become a page at the next publish: shared caches keep it briefly
        cache_control = f"public, max-age={min(browser_max_age, 60)}, s-maxage=60"
    common = [
        ("Vary", vary),
        ("Cache-Control", cache_control),
        ("ETag", etag),
        ("Last-Modified", last_modified),
    ]
    per_encoding = {}
    for encoding, data in bodies.items():
        extra = [] if encoding == "identity" else [("Content-Encoding", encoding)]
        per_encoding[encoding] = [
            *kept,
            *common,
            *extra,
            ("Content-Length", str(len(data))),
        ]
    return Entry(
        status=status,
        bodies=bodies,
        headers=per_encoding,
        not_modified_headers=[(k, v) for k, v in kept if k.lower() != "content-type"] + common,
        etag=etag,
        last_modified=changed_at,
        expires_at=time.time() + lifetime,
        size=sum(len(b) for b in bodies.values()),
    )


def not_modified(entry: Entry, if_none_match: str, if_modified_since: str) -> bool:
    """Conditional GET (RFC 9110 13.2.2): If-None-Match wins over If-Modified-Since."""
    if entry.status != 200:
        return False
    if if_none_match:
        if if_none_match.strip() == "*":
            return True
        wanted = entry.etag.removeprefix("W/")
        return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))
    if if_modified_since:
        since = parse_http_date_safe(if_modified_since)
        return since is not None and entry.last_modified <= since
    return False
