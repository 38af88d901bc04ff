"""Finding and rewriting the links of HTML, CSS and XML/text documents.

Pure: each function takes the document and `rewrite(url, absolute)`, a function that returns
the replacement for one URL (`absolute`: the place needs an absolute URL — feeds, the sitemap,
Open Graph tags, JSON-LD — rather than a relative link). The exporter passes a function that
also records every URL it sees, so the same pass finds the pages to export next; the checker
passes one that only records. Our templates write attributes in double quotes (Django's
templates and `format_html` do), which the patterns rely on.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

Rewrite = Callable[[str, bool], str]

TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>")
URL_ATTRIBUTE = re.compile(r'(\s(?:href|src|action|poster)=")([^"]*)(")')
SRCSET = re.compile(r'(\ssrcset=")([^"]*)(")')
META_URL = re.compile(
    r'^<meta\s+(?:property|name)="(?:og:url|og:image|twitter:image)"\s+content="([^"]*)"'
)
CANONICAL = re.compile(r'\srel="canonical"')
JSON_LD = re.compile(r'(<script type="application/ld\+json">)(.*?)(</script>)', re.S)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
QUOTED_STRING_URL = re.compile(r'"(https?://[^"\s]+)"')


def _rewrite_srcset(value: str, rewrite: Rewrite) -> str:
    candidates = []
    for candidate in value.split(","):
        parts = candidate.strip().split(None, 1)
        if not parts:
            continue
        parts[0] = rewrite(parts[0], False)
        candidates.append(" ".join(parts))
    return ", ".join(candidates)


def _rewrite_tag(tag: str, rewrite: Rewrite) -> str:
    if tag.startswith("<link") and CANONICAL.search(tag):
        # The canonical address stays the main site's: a mirror is a copy of it.
        return tag
    meta = META_URL.match(tag)
    if meta:
        url = html.unescape(meta.group(1))
        new = html.escape(rewrite(url, True))
        return tag[: meta.start(1)] + new + tag[meta.end(1) :]

    def attribute(match: re.Match[str]) -> str:
        url = html.unescape(match.group(2))
        return match.group(1) + html.escape(rewrite(url, False)) + match.group(3)

    def srcset(match: re.Match[str]) -> str:
        value = _rewrite_srcset(html.unescape(match.group(2)), rewrite)
        return match.group(1) + html.escape(value) + match.group(3)

    return SRCSET.sub(srcset, URL_ATTRIBUTE.sub(attribute, tag))


def rewrite_html(document: str, rewrite: Rewrite) -> str:
    """Every href, src, srcset, action and Open Graph URL of `document`; absolute URLs inside
    JSON-LD blocks. The canonical link is left alone."""
    document = TAG.sub(lambda match: _rewrite_tag(match.group(0), rewrite), document)

    def json_ld(match: re.Match[str]) -> str:
        body = QUOTED_STRING_URL.sub(lambda m: f'"{rewrite(m.group(1), True)}"', match.group(2))
        return match.group(1) + body + match.group(3)

    return JSON_LD.sub(json_ld, document)


def rewrite_css(document: str, rewrite: Rewrite) -> str:
    def url(match: re.Match[str]) -> str:
        target = match.group(2).strip()
        if target.startswith(("data:", "#")):
            return match.group(0)
        quote = match.group(1)
        return f"url({quote}{rewrite(target, False)}{quote})"

    return CSS_URL.sub(url, document)


def rewrite_absolute_urls(document: str, prefixes: tuple[str, ...], rewrite: Rewrite) -> str:
    """Every absolute URL that starts with one of `prefixes` in a text document (feeds, the
    sitemap, robots.txt, CSV, JSON). XML escapes `&` as `&amp;` in URLs: undone and redone."""
    if not prefixes:
        return document
    pattern = re.compile(
        "(?:" + "|".join(re.escape(prefix) for prefix in prefixes) + r""")[^\s"'<>,]*"""
    )

    def url(match: re.Match[str]) -> str:
        found = match.group(0)
        escaped = "&amp;" in found
        new = rewrite(found.replace("&amp;", "&") if escaped else found, True)
        return new.replace("&", "&amp;") if escaped else new

    return pattern.sub(url, document)
