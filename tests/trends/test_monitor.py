"""The grid's pure logic: cells, streaks, counts and the range control, without a database."""

from __future__ import annotations

import datetime

from sitrep.trends.monitor import Assessment, TopicInfo, WeekRange, build_rows, choose_range

W0 = datetime.date(2024, 1, 1)  # a Monday


def week(number: int) -> datetime.date:
    return W0 + datetime.timedelta(weeks=number)


def item(number: int, trend: str, topic: str = "eco", url: str = "") -> Assessment:
    return Assessment(topic, week(number), trend, url or f"/en/{topic}/{number}/{trend}/", "en")


ECO = TopicInfo("eco", "economy", "Economy")
SEC = TopicInfo("sec", "security", "Security")


def test_a_week_without_an_article_is_an_empty_cell_not_unchanged():
    [row] = build_rows(
        [ECO], [week(0), week(1), week(2)], [item(0, "unchanged"), item(2, "unchanged")]
    )
    assert [cell.trend for cell in row.cells] == ["unchanged", None, "unchanged"]
    assert row.counts == {"improved": 0, "unchanged": 2, "worsened": 0, "mixed": 0}


def test_an_empty_week_ends_a_streak():
    weeks = [week(n) for n in range(6)]
    data = [item(0, "unchanged"), item(2, "unchanged"), item(3, "unchanged"), item(4, "unchanged")]
    [row] = build_rows([ECO], weeks, data)
    # Week 5 has no article: the streak is the one that ended in week 4, three weeks long.
    assert (row.streak.trend, row.streak.weeks) == ("unchanged", 3)


def test_streak_counts_back_from_the_latest_assessed_week():
    weeks = [week(n) for n in range(5)]
    data = [item(0, "worsened"), item(1, "improved"), item(2, "improved"), item(3, "improved"),
            item(4, "worsened")]  # fmt: skip
    [row] = build_rows([ECO], weeks, data)
    assert (row.streak.trend, row.streak.weeks) == ("worsened", 1)
    [row] = build_rows([ECO], weeks[:4], data)
    assert (row.streak.trend, row.streak.weeks) == ("improved", 3)


def test_two_articles_in_one_week_are_both_kept_and_disagreeing_ones_make_the_week_mixed():
    data = [item(0, "improved", url="/a/"), item(0, "worsened", url="/b/"),
            item(1, "unchanged", url="/c/"), item(1, "unchanged", url="/d/")]  # fmt: skip
    [row] = build_rows([ECO], [week(0), week(1)], data)
    assert [len(cell.assessments) for cell in row.cells] == [2, 2]
    assert [cell.trend for cell in row.cells] == ["mixed", "unchanged"]
    # Every article counts once in the summary.
    assert row.counts == {"improved": 1, "unchanged": 2, "worsened": 1, "mixed": 0}


def test_rows_keep_topic_order_and_ignore_other_topics_and_weeks():
    data = [item(0, "improved", "sec"), item(0, "worsened", "eco"), item(9, "improved", "eco"),
            item(0, "mixed", "gone")]  # fmt: skip
    rows = build_rows([SEC, ECO], [week(0)], data)
    assert [row.topic.slug for row in rows] == ["security", "economy"]
    assert [row.cells[0].trend for row in rows] == ["improved", "worsened"]
    assert build_rows([ECO], [week(0)], [])[0].streak is None


def test_presets_end_at_the_newest_published_week():
    week_range, choice = choose_range(
        choice="12", first_param=None, last_param=None, published_first=week(0),
        published_last=week(30),
    )  # fmt: skip
    assert choice == "12"
    assert week_range == WeekRange(week(19), week(30))
    assert len(week_range.weeks) == 12


def test_all_and_short_archives():
    assert choose_range(
        choice="all", first_param=None, last_param=None, published_first=week(0),
        published_last=week(30),
    )[0].weeks == [week(n) for n in range(31)]  # fmt: skip
    short, _ = choose_range(
        choice="52", first_param=None, last_param=None, published_first=week(3),
        published_last=week(5),
    )  # fmt: skip
    assert short.weeks == [week(3), week(4), week(5)]


def test_from_to_moves_to_mondays_stays_within_published_weeks_and_survives_garbage():
    week_range, choice = choose_range(
        choice="12", first_param="2024-01-10", last_param="2024-02-01", published_first=week(0),
        published_last=week(30),
    )  # fmt: skip
    assert choice == "custom"
    assert week_range == WeekRange(week(1), week(4))
    hostile, _ = choose_range(
        choice="x' OR 1=1", first_param="0001-01-01", last_param="9999-12-31",
        published_first=week(2), published_last=week(8),
    )  # fmt: skip
    assert hostile == WeekRange(week(2), week(8))
    garbage, choice = choose_range(
        choice="\x00", first_param="not a date", last_param="", published_first=week(0),
        published_last=week(30),
    )  # fmt: skip
    assert choice == "12" and len(garbage.weeks) == 12
    assert choose_range(
        choice=None, first_param=None, last_param=None, published_first=None, published_last=None
    ) == (None, "12")


def test_reversed_from_to_is_swapped():
    week_range, _ = choose_range(
        choice=None, first_param="2024-02-01", last_param="2024-01-10", published_first=week(0),
        published_last=week(30),
    )  # fmt: skip
    assert week_range == WeekRange(week(1), week(4))
