"""A reader's query as a Wagtail search query: every word by its spelling or by its keys, and
any alias by every one of its names. Pure: no database (the aliases are passed in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wagtail.search.query import And, Or, Phrase, PlainText, SearchQuery

from . import transliterate
from .backend import Key, KeyPrefix

MAX_QUERY_CHARS = 200
MAX_WORDS = 12
# Shorter keys are too common to match as a prefix (`mk`, `ptn`): those must match exactly
# (the index also stores each key without a case ending, so Минском is found by Минск).
PREFIX_FROM = 4


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]
    keys: frozenset[str]  # every key a result may match on, for highlighting
    query: SearchQuery | None
    shortened: bool


def _word_alternatives(word: str) -> list[SearchQuery]:
    alternatives: list[SearchQuery] = [PlainText(word)]
    keys = transliterate.query_keys(word)
    for key in sorted(keys | {transliterate.coarse(k) for k in keys}):
        alternatives.append(KeyPrefix(key) if len(key) >= PREFIX_FROM else Key(key))
    return alternatives


def _find(words: Sequence[str], name: Sequence[str]) -> int:
    for start in range(len(words) - len(name) + 1):
        if tuple(words[start : start + len(name)]) == tuple(name):
            return start
    return -1


def parse(text: str, aliases: Sequence[Sequence[str]] = ()) -> ParsedQuery:
    """`aliases`: groups of names, each group one entity in every spelling."""
    shortened = len(text) > MAX_QUERY_CHARS
    words = transliterate.words(text[:MAX_QUERY_CHARS])[:MAX_WORDS]
    parts: list[SearchQuery] = []
    covered: set[int] = set()
    keys: set[str] = set()
    for group in aliases:
        names = [tuple(transliterate.words(name)) for name in group]
        names = [name for name in names if name]
        for name in names:
            start = _find(words, name)
            if start < 0 or covered.intersection(range(start, start + len(name))):
                continue
            covered.update(range(start, start + len(name)))
            alternatives: list[SearchQuery] = []
            for other in names:
                if len(other) == 1:
                    alternatives.extend(_word_alternatives(other[0]))
                else:
                    # The exact phrase, or its words in any inflection (Саюзную дзяржаву).
                    alternatives.append(Phrase(" ".join(other)))
                    alternatives.append(And([Or(_word_alternatives(word)) for word in other]))
                for word in other:
                    keys |= transliterate.query_keys(word)
            parts.append(Or(alternatives))
            break
    for index, word in enumerate(words):
        if index in covered:
            continue
        keys |= transliterate.query_keys(word)
        parts.append(Or(_word_alternatives(word)))
    query: SearchQuery | None = None
    if len(parts) == 1:
        query = parts[0]
    elif parts:
        query = And(parts)
    return ParsedQuery(tuple(words), frozenset(keys), query, shortened)
