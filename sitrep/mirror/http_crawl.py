"""A small crawler for a served mirror: follows every link from the start pages and reports
each one that does not answer 200 (docs/mirror.md, "Checking a published mirror").

`export_static --check` reads the files; this reads what a web server (nginx, a bucket, a
gateway) actually serves, under whatever path prefix the mirror lives. Standard library only.
"""

from __future__ import annotations

import posixpath
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.error import HTTPError, URLError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import Request, urlopen

from . import links

FOLLOWED_TYPES = ("text/html", "text/css", "xml", "text/plain")


@dataclass
class CrawlResult:
    fetched: int = 0
    bytes_total: int = 0
    broken: list[tuple[str, int, str]] = field(default_factory=list)  # (url, status, source)


def _links(body: str, content_type: str, prefix: str) -> list[str]:
    found: list[str] = []

    def record(url: str, _absolute: bool) -> str:
        found.append(url)
        return url

    if "html" in content_type:
        links.rewrite_html(body, record)
    elif "css" in content_type:
        links.rewrite_css(body, record)
    else:
        links.rewrite_absolute_urls(body, (prefix,), record)
    return found


def crawl(starts: Iterable[str], *, prefix: str | None = None, timeout: float = 10) -> CrawlResult:
    """Fetch every URL under `prefix` (default: the folder of the first start URL) reachable
    from `starts`."""
    starts = list(starts)
    if prefix is None:
        first = urlsplit(starts[0])
        prefix = f"{first.scheme}://{first.netloc}{posixpath.dirname(first.path.rstrip('/'))}/"
    result = CrawlResult()
    queue: deque[tuple[str, str]] = deque((url, "") for url in starts)
    seen = set(starts)
    while queue:
        url, source = queue.popleft()
        try:
            with urlopen(
                Request(url, headers={"User-Agent": "sitrep-mirror-check"}), timeout=timeout
            ) as response:  # noqa: E501
                body = response.read()
                content_type = response.headers.get("Content-Type", "")
                status = response.status
        except HTTPError as error:
            result.broken.append((url, error.code, source))
            continue
        except URLError as error:
            result.broken.append((url, 0, f"{source} ({error.reason})"))
            continue
        result.fetched += 1
        result.bytes_total += len(body)
        if status != 200:
            result.broken.append((url, status, source))
            continue
        if not any(kind in content_type for kind in FOLLOWED_TYPES):
            continue
        for link in _links(body.decode("utf-8", "replace"), content_type, prefix):
            target, _fragment = urldefrag(urljoin(url, link))
            if not target.startswith(prefix) or "/pagefind/" in target:
                continue
            # The mirror's search page reads ?q= in the browser: the file is the same.
            target = target.split("?", 1)[0]
            if target not in seen:
                seen.add(target)
                queue.append((target, url))
    return result
