"""Spelling-independent keys for names written in Belarusian, Russian or any Latin spelling.

Лукашэнка, Лукашенко, Lukashenka, Lukashenko and Lukašenka are different strings of the same
name. Every word is folded to a coarse phonetic skeleton: one symbol per class of consonant
sound (т/ц → t, д/дз → d, г/ґ/х/h/g → h, в/ў/w → v, ч → q, ш → x, щ/шч → xq, ж → j), doubled
symbols collapsed, a word-initial vowel run kept as `w` and every other vowel dropped — which
also absorbs akanne, yakanne and most case endings (Магілёве, Могилёва, Mahiliou → `mhlv`).
What no key can catch (translations, acronyms, prothetic letters) goes to the editors' alias
snippet. See docs/search.md; measured background in the project's transliteration notes.

Pure functions, no I/O: `word_keys()` for one word, `text_keys()` for a text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Symbols: consonant classes as below, vowels a e i o u y, glide J; vowels and glides vanish.
VOWELS = frozenset("aeiouyJ")
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "ё": "e", "ж": "j",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "J", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "v", "ф": "f", "х": "h",
    "ц": "t", "ч": "q", "ш": "x", "щ": "xq", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "u",
    "я": "a", "є": "e",
}  # fmt: skip
CYRILLIC_DIGRAPHS = (("дз", "d"), ("дж", "dj"), ("шч", "xq"))
# Ordered: longer spellings first. "ch" is handled apart (ч in English, х in Łacinka/Czech).
LATIN_DIGRAPHS = (
    ("shch", "xq"), ("szcz", "xq"), ("tsch", "q"), ("sch", "x"), ("tch", "q"), ("dzh", "dj"),
    ("zh", "j"), ("kh", "h"), ("gh", "h"), ("sh", "x"), ("sz", "x"), ("cz", "q"), ("ts", "t"),
    ("tz", "t"), ("dz", "d"), ("dź", "d"), ("ks", "ks"),
)  # fmt: skip
LATIN = {
    "a": "a", "b": "b", "c": "t", "d": "d", "e": "e", "f": "f", "g": "h", "h": "h", "i": "i",
    "j": "J", "k": "k", "l": "l", "m": "m", "n": "n", "o": "o", "p": "p", "q": "k", "r": "r",
    "s": "s", "t": "t", "u": "u", "v": "v", "w": "v", "x": "ks", "y": "y", "z": "z",
    "š": "x", "č": "q", "ž": "j", "ŭ": "v", "ł": "l", "ĺ": "l", "ś": "s", "ź": "z", "ń": "n",
    "ć": "t", "ë": "e",
}  # fmt: skip
# Letters that mark a Łacinka, national-system or Czech spelling, where "ch" is х.
SLAVIC_LATIN = frozenset("łŭčšžćśźńĺáéíýůěř")
# Latin letters that look like Cyrillic ones and turn up inside Cyrillic words (Мiнск, Cветлана).
LOOKALIKES = str.maketrans("aceiopxykmtb", "асеіорхукмтв")
STRESS_MARKS = dict.fromkeys((0x0301, 0x0300))
APOSTROPHES = re.compile("[’'ʼʹʺ`´‘]")
WORD = re.compile(r"\w+")
POSSESSIVE = re.compile("(?<=[a-z])['’]s\\b")
CYRILLIC_LETTER = re.compile("[а-яёіўґєї]")
MIN_KEY = 2
# Case endings that leave a consonant (-ам/-ом/-ем, -ах, -оў/-ов): a query's key with one of
# these at the end also tries the key without it.
ENDING_SYMBOLS = frozenset("mhv")


def normalise(text: str) -> str:
    """NFC, lower case, no stress marks, no apostrophes, ё as е: safe for display-free matching."""
    text = unicodedata.normalize("NFC", text).lower()
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(STRESS_MARKS))
    text = POSSESSIVE.sub("", text)  # Moscow's → moscow
    return APOSTROPHES.sub("", text).replace("ё", "е")


def _cyrillic_symbols(word: str) -> str:
    for spelling, symbol in CYRILLIC_DIGRAPHS:
        word = word.replace(spelling, f"<{symbol}>")
    out = []
    for part in re.split(r"(<[^>]*>)", word):
        if part.startswith("<"):
            out.append(part[1:-1])
        else:
            out.extend(CYRILLIC.get(char, "") for char in part)
    return "".join(out)


def _strip_accents(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def _latin_symbols(word: str, ch: str) -> str:
    slavic = bool(SLAVIC_LATIN.intersection(word))
    word = word.replace("ch", "\0")
    for spelling, symbol in LATIN_DIGRAPHS:
        word = word.replace(spelling, f"<{symbol}>")
    out = []
    for part in re.split(r"(<[^>]*>)", word):
        if part.startswith("<"):
            out.append(part[1:-1])
            continue
        for index, char in enumerate(part):
            if char == "\0":
                out.append(ch)
            elif char == "c" and not slavic:
                # English c is k before a, o, u and consonants (Moscow), ц before e, i, y.
                following = part[index + 1] if index + 1 < len(part) else ""
                out.append("t" if following in ("e", "i", "y") else "k")
            elif char in LATIN:
                out.append(LATIN[char])
            else:
                out.append(LATIN.get(_strip_accents(char), ""))
    return "".join(out)


def _latin_u_as_v(symbols: str) -> str:
    """u after a, e or o before a consonant or at the end is ў written in Latin (Mahiliou)."""
    chars = list(symbols)
    for index, char in enumerate(chars):
        if char == "u" and index and chars[index - 1] in "aeo":
            following = chars[index + 1] if index + 1 < len(chars) else ""
            if not following or following not in VOWELS:
                chars[index] = "v"
    return "".join(chars)


def _skeleton(symbols: str) -> str:
    chars = list(symbols)
    collapsed: list[str] = []
    for char in chars:
        if not collapsed or collapsed[-1] != char:
            collapsed.append(char)
    key = []
    leading = True
    for char in collapsed:
        if char in VOWELS:
            if leading:
                key.append("w")
                leading = False
            continue
        leading = False
        key.append(char)
    return "".join(key)


def _latin_key(word: str, ch: str) -> str:
    return _skeleton(_latin_u_as_v(_latin_symbols(word, ch)))


# Bounded for a web worker's memory (issue 10): 16,384 words take ~6 MB (65,536 took 25 MB);
# a miss costs ~19 µs.
@lru_cache(maxsize=16384)
def word_keys(word: str) -> frozenset[str]:
    """The keys of one word (usually one; two for a Latin "ch" that may be ч or х)."""
    word = normalise(word)
    if not word or word.isdigit():
        return frozenset()
    if CYRILLIC_LETTER.search(word):
        keys = {_skeleton(_cyrillic_symbols(word.translate(LOOKALIKES)))}
    elif "ch" in word and not SLAVIC_LATIN.intersection(word):
        keys = {_latin_key(word, "q"), _latin_key(word, "h")}
    else:
        keys = {_latin_key(word, "h" if SLAVIC_LATIN.intersection(word) else "q")}
    return frozenset(key for key in keys if len(key) >= MIN_KEY)


def coarse(key: str) -> str:
    """A coarser key for spellings stripped of diacritics (Lukasenka, Suskievic): x→s, j→z, q→t."""
    return re.sub(r"(.)\1+", r"\1", key.translate(str.maketrans("xjq", "szt")))


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def text_keys(text: str) -> list[str]:
    """Every distinct key of a text, in first-seen order (what the search index stores)."""
    seen: dict[str, None] = {}
    for word in words(text):
        for key in sorted(word_keys(word)):
            seen.setdefault(key, None)
    return list(seen)


def coarse_keys(keys: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for key in keys:
        seen.setdefault(coarse(key), None)
    return list(seen)


def _with_stems(keys: Iterable[str]) -> set[str]:
    out = set(keys)
    for key in list(out):
        if len(key) >= 5 and key[-1] in ENDING_SYMBOLS:
            out.add(key[:-1])
    return out


def query_keys(word: str) -> frozenset[str]:
    """The keys a query word looks for: its own, and without a case ending's consonant."""
    return frozenset(_with_stems(word_keys(word)))


def index_keys(text: str) -> list[str]:
    """What the index stores for a text: every key, its stem without a case ending's
    consonant (Минском → `mnskm`, `mnsk`) and the coarse form of each."""
    keys = text_keys(text)
    stems = [stem for key in keys for stem in sorted(_with_stems([key])) if stem != key]
    fine = list(dict.fromkeys([*keys, *stems]))
    return list(dict.fromkeys([*fine, *coarse_keys(fine)]))
