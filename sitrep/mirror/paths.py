"""Where each public URL lives in the static mirror, and links between mirror files.

Pure: no Django, no I/O. docs/mirror.md describes the layout. A URL's file depends on the URL
alone (never on the response), so a page's links can be rewritten before their targets are
rendered:

- `/en/issues/` → `en/issues/index.html` (a directory with index.html);
- `/en/issues/?page=3` → `en/issues/page/3/index.html`; `?page=1` is the page itself;
- any other query, e.g. `/en/trends/?range=all` → `en/trends/_/range-all/index.html`;
- feeds `/en/feed/rss/` → `en/feed/rss.xml` (a file name that every static host serves as XML);
- files keep their names: `/sitemap.xml`, `/en/trends/data.csv`; with a query the query goes
  into the name: `/en/trends/data.csv?range=all` → `en/trends/data--range-all.csv`.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, quote, urlencode

FEED = re.compile(r"/feed/(rss|atom)/$")
PAGE_PARAM = "page"
NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def canonical_query(query: str) -> str:
    """The query with its parameters sorted and `page=1` dropped (page 1 is the page itself)."""
    pairs = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if not (key == PAGE_PARAM and value == "1")
    ]
    return urlencode(sorted(pairs))


def _query_slug(query: str) -> str:
    return NOT_ALNUM.sub("-", query).strip("-") or "q"


def output_file(path: str, query: str = "") -> str:
    """The mirror file (relative to the mirror's root, no leading slash) that holds `path`
    (a decoded URL path starting with "/") with `query`."""
    query = canonical_query(query)
    relative = path.lstrip("/")
    feed = FEED.search(path)
    if feed:
        stem = relative[: -len("/")]
        return f"{stem}--{_query_slug(query)}.xml" if query else f"{stem}.xml"
    if not relative or relative.endswith("/"):
        directory = relative
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            if len(pairs) == 1 and pairs[0][0] == PAGE_PARAM and pairs[0][1].isdigit():
                directory += f"page/{pairs[0][1]}/"
            else:
                directory += f"_/{_query_slug(query)}/"
        return f"{directory}index.html"
    if not query:
        return relative
    head, name = posixpath.split(relative)
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    named = f"{stem}--{_query_slug(query)}" + (f".{extension}" if extension else "")
    return posixpath.join(head, named)


def relative_link(from_file: str, to_file: str) -> str:
    """A link from mirror file `from_file` to mirror file `to_file`, URL-quoted. Index files are
    named (`../issues/index.html`): a file:// copy shows a directory listing, not its
    index.html, for a link that ends in a slash."""
    start = posixpath.dirname(from_file) or "."
    link = posixpath.relpath(to_file, start)
    return quote(link, safe="/.-_~")


def public_path(file: str) -> str:
    """The path under a mirror's base URL for `file`: `en/issues/index.html` → `en/issues/`
    (what a web server serves from a directory's index.html)."""
    if file == "index.html":
        return ""
    if file.endswith("/index.html"):
        return quote(file[: -len("index.html")], safe="/.-_~")
    return quote(file, safe="/.-_~")


def file_for_public_path(path: str) -> str:
    """The reverse of `public_path` for a decoded path under the base URL (used by the
    checker): a directory means its index.html."""
    path = path.lstrip("/")
    if not path or path.endswith("/"):
        return f"{path}index.html"
    return path
