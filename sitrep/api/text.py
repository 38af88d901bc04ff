"""Rendered body HTML as plain text for API clients (feed readers, bots, re-publishers). Pure."""

from __future__ import annotations

import html
import re

from django.utils.html import strip_tags

# Where a block-level element ends, the text breaks: "<p>a</p><p>b</p>" is two lines, not "ab".
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|figcaption|figure|div)>|<br\s*/?>", re.I)
SPACES = re.compile(r"[ \t\r\f\v]+")


def html_to_text(markup: str) -> str:
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", markup)))
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
