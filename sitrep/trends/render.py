"""The grid's cells as HTML, built in Python.

A year of weeks for six topics is over 300 cells, "all weeks" of a ten-year archive over 3,000;
a template include per cell would cost more than every query of the page together, so the cells
are formatted here from one pre-rendered icon per trend (the same include the site uses).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cache, lru_cache
from html import escape  # plain str in, plain str out: Django's lazy-aware escape is slower

from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from sitrep.core.dates import week_label
from sitrep.publishing.trends import trend_sentence

from .monitor import Assessment, Cell, TopicRow


@cache
def trend_icon(trend: str) -> str:
    return render_to_string("includes/trend_icon.html", {"trend": trend}).strip()


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@lru_cache(maxsize=8192)
def _week(week_start: datetime.date, language: str) -> str:
    return week_label(week_start, language)


@lru_cache(maxsize=64)
def _what(trend: str | None, language: str) -> str:
    # `language` keys the cache: the words come from the active language's catalogue.
    if trend is None:
        # Translators: the accessible name of an empty cell of the trend monitor.
        return gettext("no article")
    return lower_first(trend_sentence(trend))


@lru_cache(maxsize=8)
def _in_english(language: str) -> str:
    # Translators: added to a trend monitor cell that links to an untranslated article.
    return gettext("in English")


def cell_name(topic_name: str, week_start: datetime.date, language: str, trend: str | None) -> str:
    """'Economy, October 9 – October 15, 2023: the situation has worsened'."""
    return f"{topic_name}, {_week(week_start, language)}: {_what(trend, language)}"


def _link(item: Assessment, topic_name: str, language: str) -> str:
    name = cell_name(topic_name, item.week_start, language, item.trend)
    if item.language != language:
        name = f"{name} ({_in_english(language)})"
    return (
        f'<a class="trend-cell__link trend--{escape(item.trend)}" href="{escape(item.url)}" '
        f'aria-label="{escape(name)}">{trend_icon(item.trend)}</a>'
    )


def cell_html(cell: Cell, topic_name: str, language: str) -> str:
    if not cell.assessments:
        name = escape(cell_name(topic_name, cell.week_start, language, None))
        return (
            '<td class="trend-cell trend-cell--empty">'
            f'<span class="visually-hidden">{name}</span></td>'
        )
    split = " trend-cell--split" if len(cell.assessments) > 1 else ""
    links = "".join(_link(item, topic_name, language) for item in cell.assessments)
    return f'<td class="trend-cell{split}">{links}</td>'


def row_cells_html(row: TopicRow, language: str) -> SafeString:
    """Every `<td>` of one topic row (the row header is in the template)."""
    return mark_safe("".join(cell_html(cell, row.topic.name, language) for cell in row.cells))


def week_headers_html(weeks: Sequence[datetime.date], language: str) -> SafeString:
    """The `<th>` of each week: the Monday's day and month shown, the whole week for readers."""
    return mark_safe(
        "".join(
            format_html(
                '<th scope="col" class="trend-grid__week"><span aria-hidden="true">{}</span>'
                '<span class="visually-hidden">{}</span></th>',
                f"{week:%d.%m}",
                _week(week, language),
            )
            for week in weeks
        )
    )


def year_spans(weeks: Sequence[datetime.date]) -> list[tuple[int, int]]:
    """(year, number of week columns) for the header row above the weeks."""
    spans: list[tuple[int, int]] = []
    for week in weeks:
        if spans and spans[-1][0] == week.year:
            spans[-1] = (week.year, spans[-1][1] + 1)
        else:
            spans.append((week.year, 1))
    return spans
