"""Rich-text sanitising: keep only the HTML that Wagtail's editor itself can produce.

Draftail only ever writes a small, known subset of HTML, but rich text also reaches the database
by other paths (a shell, an import, a wagtail-localize translation, a future API), and Wagtail
renders stored rich text as it is. This module is the one allowlist: given the editor features of
a field or block, it returns the stored HTML with every other tag, attribute and URL scheme
removed. It is pure (no ORM), built on nh3 (the Rust ammonia sanitiser with an HTML5 parser, so
it parses the way browsers do and is not fooled by mutation tricks), and idempotent.

Where it runs: see docs/security.md ("Rich text").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import nh3

# Schemes a link in stored rich text may use: what Wagtail's link chooser writes (external URL,
# email, phone). Relative URLs and #anchors are kept; javascript:, data:, vbscript: … are not.
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


@dataclass(frozen=True)
class _Allow:
    tags: frozenset[str] = frozenset()
    attributes: Mapping[str, frozenset[str]] = field(default_factory=dict)


# What each Draftail feature stores (Wagtail's contentstate DB conversion rules, plus the
# <strong>/<em> spellings that its HTML-to-contentstate reader also accepts as bold/italic).
_FEATURE_ALLOW: dict[str, _Allow] = {
    "h1": _Allow(frozenset({"h1"})),
    "h2": _Allow(frozenset({"h2"})),
    "h3": _Allow(frozenset({"h3"})),
    "h4": _Allow(frozenset({"h4"})),
    "h5": _Allow(frozenset({"h5"})),
    "h6": _Allow(frozenset({"h6"})),
    "bold": _Allow(frozenset({"b", "strong"})),
    "italic": _Allow(frozenset({"i", "em"})),
    "ol": _Allow(frozenset({"ol", "li"})),
    "ul": _Allow(frozenset({"ul", "li"})),
    "hr": _Allow(frozenset({"hr"})),
    "blockquote": _Allow(frozenset({"blockquote"})),
    "code": _Allow(frozenset({"code"})),
    "superscript": _Allow(frozenset({"sup"})),
    "subscript": _Allow(frozenset({"sub"})),
    "strikethrough": _Allow(frozenset({"s"})),
    "link": _Allow(frozenset({"a"}), {"a": frozenset({"href", "linktype", "id"})}),
    "document-link": _Allow(frozenset({"a"}), {"a": frozenset({"linktype", "id"})}),
    "image": _Allow(
        frozenset({"embed"}), {"embed": frozenset({"embedtype", "id", "format", "alt"})}
    ),
    "embed": _Allow(frozenset({"embed"}), {"embed": frozenset({"embedtype", "url"})}),
}
# Paragraphs and line breaks need no feature: every Draftail editor writes them.
_ALWAYS = _Allow(frozenset({"p", "br"}))

# Wagtail's own rich-text features when a field names none (wagtail.rich_text.features default).
DEFAULT_FEATURES = (
    "bold",
    "italic",
    "h2",
    "h3",
    "h4",
    "ol",
    "ul",
    "hr",
    "link",
    "document-link",
    "image",
    "embed",
)

_ALLOWED_VALUES = {
    ("a", "linktype"): {"page", "document"},
    ("embed", "embedtype"): {"image", "media"},
    ("embed", "format"): {"left", "right", "fullwidth"},
}
_DIGITS = re.compile(r"\d{1,19}")
# nh3 serialises <embed> as an HTML void element; Wagtail's rewriter only finds "<embed … />".
# After nh3 every attribute value is quoted with ">" escaped, so this pattern cannot misfire.
_EMBED_OPEN = re.compile(r"<embed(\b[^>]*?)\s*/?>")
# Wagtail's editor writes "<br/>"; writing the same keeps re-saved text byte-identical.
_VOID_BARE = re.compile(r"<(br|hr)>")


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    allowed = _ALLOWED_VALUES.get((tag, name))
    if allowed is not None:
        return value if value in allowed else None
    if name == "id":
        # Wagtail's page/document/image references are database ids: nothing else belongs here.
        return value if _DIGITS.fullmatch(value) else None
    if tag == "embed" and name == "url":
        # nh3 checks schemes only on attributes HTML defines as URLs; a media embed's url is ours.
        return value if value.lower().startswith(("https://", "http://")) else None
    return value


def _allowlist(features: Iterable[str] | None) -> tuple[frozenset[str], dict[str, set[str]]]:
    names = DEFAULT_FEATURES if features is None else tuple(features)
    tags = set(_ALWAYS.tags)
    attributes: dict[str, set[str]] = {}
    for name in names:
        allow = _FEATURE_ALLOW.get(name)
        if allow is None:
            continue  # a custom feature we do not know stores nothing we let through
        tags |= allow.tags
        for tag, attrs in allow.attributes.items():
            attributes.setdefault(tag, set()).update(attrs)
    return frozenset(tags), attributes


_cache: dict[tuple[str, ...] | None, tuple[frozenset[str], dict[str, set[str]]]] = {}


def sanitise_rich_text(html: str, features: Iterable[str] | None = None) -> str:
    """Return stored rich-text HTML with everything the editor (with these features) cannot
    produce removed. `features=None` means Wagtail's default feature list."""
    if not html:
        return html
    key = None if features is None else tuple(features)
    allow = _cache.get(key)
    if allow is None:
        allow = _cache[key] = _allowlist(key)
    tags, attributes = allow
    cleaned = nh3.clean(
        html,
        tags=set(tags),
        # Content of these is dropped, not kept as text: a script's source is never prose.
        clean_content_tags={"script", "style", "template", "noscript", "iframe", "object"},
        attributes=attributes,
        attribute_filter=_filter_attribute,
        url_schemes=set(URL_SCHEMES),
        # Wagtail adds rel to external links when it renders; storing one would only churn diffs.
        link_rel=None,
    )
    cleaned = _VOID_BARE.sub(r"<\1/>", cleaned)
    if "embed" in tags:
        cleaned = _EMBED_OPEN.sub(r"<embed\1/>", cleaned)
    return cleaned


def sanitise_stream_data(block: Any, data: Any) -> Any:
    """Sanitise the rich text inside raw (JSON-ish) StreamField data for the given block definition.

    Walks StreamBlock / StructBlock / ListBlock data the way Wagtail stores it, so that every
    RichTextBlock however deeply nested is reached without converting the other blocks (no image
    or page look-ups). Returns new data; unknown shapes are passed through unchanged.
    """
    from wagtail import blocks  # imported here so the module stays importable without Django set up

    if isinstance(block, blocks.RichTextBlock):
        return sanitise_rich_text(data, block.features) if isinstance(data, str) else data
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(data, list):
            return data
        out = []
        for item in data:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                child = block.child_blocks[item["type"]]
                item = {**item, "value": sanitise_stream_data(child, item.get("value"))}
            out.append(item)
        return out
    if isinstance(block, blocks.StructBlock):
        if not isinstance(data, dict):
            return data
        return {
            name: sanitise_stream_data(block.child_blocks[name], value)
            if name in block.child_blocks
            else value
            for name, value in data.items()
        }
    if isinstance(block, blocks.ListBlock):
        if not isinstance(data, list):
            return data
        child = block.child_block
        return [
            {**item, "value": sanitise_stream_data(child, item.get("value"))}
            if isinstance(item, dict) and item.get("type") == "item"
            else sanitise_stream_data(child, item)
            for item in data
        ]
    return data
