"""What only the mirror's copy of a page gets (docs/mirror.md): the live site stays as it is.

Pure string work on our own templates' markup; tests/mirror pins the markers it relies on.

- Article pages are marked for Pagefind (the mirror's offline search): the article is the
  indexed body, its lead and week are result metadata, the signup box is left out, and a
  hidden paragraph carries the spelling keys of every word (sitrep/search/transliterate.py),
  so that Лукашэнка, Lukashenko and Lukashenka find the same articles as on the live site.
- The trend monitor's filter form (any range, any topics) becomes links to the ranges the
  mirror holds: a static copy cannot answer arbitrary queries.
"""

from __future__ import annotations

import html
import re

from sitrep.search import transliterate

ARTICLE_OPEN = '<article class="layout__main article">'
ARTICLE_CLOSE = "</article>"
LEAD = '<p class="standfirst">'
ARTICLE_META = '<p class="article__meta">'
SIGNUP = '<section class="signup'
TREND_FORM = re.compile(r'<form class="trend-controls".*?</form>', re.S)
TAGS = re.compile(r"<[^>]+>")
HIDDEN_TEXT = re.compile(r'<span class="visually-hidden">.*?</span>', re.S)


def plain_text(fragment: str) -> str:
    return html.unescape(TAGS.sub(" ", fragment))


def is_article(document: str) -> bool:
    return ARTICLE_OPEN in document


def mark_article_for_search(document: str) -> str:
    """The article marked for Pagefind, with its spelling keys; other pages unchanged."""
    start = document.find(ARTICLE_OPEN)
    if start < 0:
        return document
    end = document.find(ARTICLE_CLOSE, start)
    if end < 0:
        return document
    article = document[start:end]
    signup_at = article.find(SIGNUP)
    indexed = article[:signup_at] if signup_at >= 0 else article
    keys = transliterate.index_keys(plain_text(HIDDEN_TEXT.sub(" ", indexed)))
    keys_html = f'<p hidden data-pagefind-weight="0.5">{html.escape(" ".join(keys))}</p>\n'
    marked = indexed.replace(
        ARTICLE_OPEN, '<article class="layout__main article" data-pagefind-body>', 1
    )
    marked = marked.replace(LEAD, '<p class="standfirst" data-pagefind-meta="lead">', 1)
    marked = marked.replace(ARTICLE_META, '<p class="article__meta" data-pagefind-meta="week">', 1)
    rest = article[len(indexed) :].replace(SIGNUP, '<section data-pagefind-ignore class="signup', 1)
    return document[:start] + marked + keys_html + rest + document[end:]


def replace_trend_controls(document: str, replacement: str) -> str:
    """The trend monitor's filter form replaced by `replacement` (links to the exported
    ranges)."""
    return TREND_FORM.sub(lambda _match: replacement, document, count=1)
