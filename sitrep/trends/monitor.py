"""The trend monitor's grid: topics as rows, weeks as columns, one cell per topic and week.

Pure computation, no ORM: the selectors hand in plain `Assessment` records and the views render
what comes out. See docs/trends.md for the page, the data files and their stable column names.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from sitrep.core.dates import week_end_for, week_start_for
from sitrep.publishing.trends import Trend

ONE_WEEK = datetime.timedelta(weeks=1)
# The choices of the range control; "all" starts at the first published week.
RANGE_CHOICES = ("12", "26", "52", "all")
DEFAULT_RANGE = "12"
TREND_ORDER = (Trend.IMPROVED, Trend.UNCHANGED, Trend.WORSENED, Trend.MIXED)


class Assessment(NamedTuple):
    """One article's trend for its topic in its week.

    A named tuple, not a dataclass: "all weeks" of a ten-year archive holds thousands, and a
    frozen dataclass is several times slower to build.
    """

    topic_key: str  # the topic's translation_key: the same row in every language
    week_start: datetime.date
    trend: str
    url: str
    language: str  # the language of the linked article (a stand-in may be in English)


@dataclass(frozen=True)
class TopicInfo:
    key: str
    slug: str
    name: str


class Cell:
    """One topic's week: its assessments in URL order (none for a week without an article)."""

    __slots__ = ("week_start", "assessments")

    def __init__(self, week_start: datetime.date, assessments: list[Assessment] | None = None):
        self.week_start = week_start
        self.assessments = assessments if assessments is not None else []

    def __repr__(self) -> str:
        return f"Cell({self.week_start!r}, {self.assessments!r})"

    @property
    def trend(self) -> str | None:
        """The week's single trend, 'mixed' when its articles disagree, None when empty."""
        assessments = self.assessments
        if not assessments:
            return None
        first = assessments[0].trend
        if len(assessments) == 1 or all(item.trend == first for item in assessments):
            return first
        return Trend.MIXED.value


@dataclass(frozen=True)
class Streak:
    trend: str
    weeks: int


@dataclass
class TopicRow:
    topic: TopicInfo
    cells: list[Cell]

    @cached_property
    def trends(self) -> list[str | None]:
        """Each cell's trend, in week order (None for an empty week)."""
        return [cell.trend for cell in self.cells]

    @property
    def counts(self) -> dict[str, int]:
        """Assessments per trend over the row's weeks (every article counts once)."""
        counter = Counter(item.trend for cell in self.cells for item in cell.assessments)
        return {trend.value: counter.get(trend.value, 0) for trend in TREND_ORDER}

    @property
    def streak(self) -> Streak | None:
        """The latest assessed week's trend and for how many weeks in a row it has held.

        An empty week ends a streak: no article is not the same as "unchanged".
        """
        trends = self.trends
        last_index = next(
            (number for number in range(len(trends) - 1, -1, -1) if trends[number] is not None),
            None,
        )
        if last_index is None:
            return None
        trend = trends[last_index]
        assert trend is not None
        weeks = 0
        for number in range(last_index, -1, -1):
            if trends[number] != trend:
                break
            weeks += 1
        return Streak(trend, weeks)

    def cell_for(self, week_start: datetime.date) -> Cell | None:
        for cell in self.cells:
            if cell.week_start == week_start:
                return cell
        return None


@dataclass(frozen=True)
class WeekRange:
    first: datetime.date
    last: datetime.date

    @property
    def weeks(self) -> list[datetime.date]:
        count = (self.last - self.first).days // 7 + 1
        return [self.first + ONE_WEEK * number for number in range(max(count, 0))]


def parse_week(value: str | None) -> datetime.date | None:
    """A date from a query parameter (any day: it is moved to its Monday); None if malformed."""
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return week_start_for(day)


def choose_range(
    *,
    choice: str | None,
    first_param: str | None,
    last_param: str | None,
    published_first: datetime.date | None,
    published_last: datetime.date | None,
) -> tuple[WeekRange | None, str]:
    """The weeks to show and the range choice in effect.

    From–to weeks win over the preset choices; presets end at the newest published week. The
    range never reaches outside the published weeks, so a hostile `from=0001-01-01` cannot
    build a grid of 100,000 columns.
    """
    if published_first is None or published_last is None:
        return None, choice if choice in RANGE_CHOICES else DEFAULT_RANGE
    first, last = parse_week(first_param), parse_week(last_param)
    if first or last:
        first = max(first or published_first, published_first)
        last = min(last or published_last, published_last)
        if first > last:
            first, last = last, first
        return WeekRange(first, last), "custom"
    if choice not in RANGE_CHOICES:
        choice = DEFAULT_RANGE
    if choice == "all":
        return WeekRange(published_first, published_last), choice
    start = max(published_last - ONE_WEEK * (int(choice) - 1), published_first)
    return WeekRange(start, published_last), choice


def build_rows(
    topics: Sequence[TopicInfo], weeks: Sequence[datetime.date], assessments: Iterable[Assessment]
) -> list[TopicRow]:
    """One row per topic (in the given order), one cell per week, assessments in their cells."""
    index = {week: number for number, week in enumerate(weeks)}
    rows = {topic.key: TopicRow(topic, [Cell(week) for week in weeks]) for topic in topics}
    crowded: list[Cell] = []
    for item in assessments:
        row = rows.get(item.topic_key)
        position = index.get(item.week_start)
        if row is not None and position is not None:
            cell_assessments = row.cells[position].assessments
            cell_assessments.append(item)
            if len(cell_assessments) == 2:
                crowded.append(row.cells[position])
    # Only a week with several articles needs an order (by URL): sorting every assessment of
    # a ten-year grid would cost more than the rest of the grid.
    for cell in crowded:
        cell.assessments.sort(key=lambda item: item.url)
    return list(rows.values())


def week_end(week_start: datetime.date) -> datetime.date:
    return week_end_for(week_start)
