"""Which language edition of each article a reader of one language is shown.

Every article of a week appears on every language's home and issue pages: in the reader's
language where that translation is live, otherwise as a *stand-in*, the article in the
publication's main language (settings.LANGUAGE_CODE, the language the newsletter falls back to
as well), else in the first other language that has it. Stand-ins are marked on the page (their
own `lang`, a note that they are not translated yet, a link to read them in their language).

Pure: works on any objects with `translation_key`, `locale_id` and a `language_code`, so it is
tested without a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def language_preference(
    reader_language: str, main_language: str, languages: Sequence[str]
) -> list[str]:
    """Languages in the order an edition is chosen for a reader of `reader_language`."""
    order = [reader_language, main_language, *languages]
    return list(dict.fromkeys(order))


def choose_editions(
    candidates: Iterable[T],
    preference: Sequence[str],
    *,
    key: Callable[[T], object],
    language: Callable[[T], str],
) -> list[T]:
    """One edition per `key` (the translation key), the most preferred language first; in the
    order in which the keys first appear in `candidates`. Languages not in `preference` come
    last."""
    rank = {code: position for position, code in enumerate(preference)}
    worst = len(rank)
    chosen: dict[object, T] = {}
    for candidate in candidates:
        k = key(candidate)
        current = chosen.get(k)
        if current is None or rank.get(language(candidate), worst) < rank.get(
            language(current), worst
        ):
            chosen[k] = candidate
    return list(chosen.values())
