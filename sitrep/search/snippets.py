"""The few words around a match, with every matching word marked. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import transliterate

TOKEN = re.compile(r"\w+|\W+")
WINDOW_WORDS = 30


# Snippets are made for every result page: the same words recur from page to page. Bounded for a
# web worker's memory (issue 10): 16,384 words take ~4.5 MB (65,536 took 18 MB); a miss costs
# ~5 µs.
_normal_word = lru_cache(maxsize=16384)(transliterate.normalise)


def _matches(token: str, words: frozenset[str], keys: frozenset[str]) -> bool:
    normal = _normal_word(token)
    if normal in words:
        return True
    token_keys = transliterate.word_keys(token)
    if not token_keys:
        return False
    for key in token_keys:
        for wanted in keys:
            if key == wanted or (len(wanted) >= 4 and key.startswith(wanted)):
                return True
    return False


def highlight(text: str, words: frozenset[str], keys: frozenset[str]) -> SafeString:
    """Up to WINDOW_WORDS words of `text` around the first match, matches in <mark>."""
    tokens = TOKEN.findall(text)
    word_positions = [
        i for i, token in enumerate(tokens) if token[:1].isalnum() or token[:1] == "_"
    ]
    matching = {i for i in word_positions if _matches(tokens[i], words, keys)}
    first = min(matching, default=word_positions[0] if word_positions else 0)
    order = word_positions.index(first) if first in word_positions else 0
    start_word = max(order - WINDOW_WORDS // 3, 0)
    chosen = word_positions[start_word : start_word + WINDOW_WORDS]
    if not chosen:
        return mark_safe("")
    begin, end = chosen[0], chosen[-1] + 1
    out = ["… " if begin > 0 else ""]
    for index in range(begin, end):
        token = tokens[index]
        if index in matching:
            out.append(f"<mark>{escape(token)}</mark>")
        else:
            out.append(escape(token))
    if end < len(tokens):
        out.append(" …")
    return mark_safe("".join(out))
