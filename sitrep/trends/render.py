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
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from sitrep.core.dates import week_label
from sitrep.publishing.trends import trend_sentence

from .monitor import TopicRow


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


# Every piece of a cell's HTML that does not depend on the cell is made once per grid (or once
# per process): the cells are then plain concatenations. html.escape works character by
# character, so escaping the parts of a name one by one gives the escaped whole name.


@lru_cache(maxsize=64)
def _link_start(trend: str) -> str:
    return f'<a class="trend-cell__link trend--{escape(trend)}" href="'


@lru_cache(maxsize=64)
def _link_end(trend: str, language: str, in_english: bool) -> str:
    """What follows the week in the aria-label, to the end of the link."""
    what = escape(_what(trend, language))
    suffix = f" ({escape(_in_english(language))})" if in_english else ""
    return f': {what}{suffix}">{trend_icon(trend)}</a>'


def _rows_cells(rows: Sequence[TopicRow], language: str) -> list[SafeString]:
    week_labels: dict[datetime.date, str] = {}
    empty_what = escape(_what(None, language))
    result = []
    for row in rows:
        topic = escape(row.topic.name)
        parts = []
        for cell in row.cells:
            week = week_labels.get(cell.week_start)
            if week is None:
                week = week_labels[cell.week_start] = escape(_week(cell.week_start, language))
            assessments = cell.assessments
            if not assessments:
                parts.append(
                    '<td class="trend-cell trend-cell--empty"><span class="visually-hidden">'
                    f"{topic}, {week}: {empty_what}</span></td>"
                )
                continue
            name_start = f'" aria-label="{topic}, {week}'
            links = "".join(
                _link_start(item.trend)
                + escape(item.url)
                + name_start
                + _link_end(item.trend, language, item.language != language)
                for item in assessments
            )
            split = " trend-cell--split" if len(assessments) > 1 else ""
            parts.append(f'<td class="trend-cell{split}">{links}</td>')
        result.append(mark_safe("".join(parts)))
    return result


def grid_cells_html(rows: Sequence[TopicRow], language: str) -> list[SafeString]:
    """Every `<td>` of each topic row, in the rows' order (the row headers are in the
    template)."""
    return _rows_cells(rows, language)


def row_cells_html(row: TopicRow, language: str) -> SafeString:
    """Every `<td>` of one topic row (the row header is in the template)."""
    return _rows_cells([row], language)[0]


def week_headers_html(weeks: Sequence[datetime.date], language: str) -> SafeString:
    """The `<th>` of each week: the Monday's day and month shown, the whole week for readers."""
    return mark_safe(
        "".join(
            '<th scope="col" class="trend-grid__week"><span aria-hidden="true">'
            f'{week.day:02d}.{week.month:02d}</span><span class="visually-hidden">'
            f"{escape(_week(week, language))}</span></th>"
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
