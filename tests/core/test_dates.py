import datetime

import pytest

from sitrep.core.dates import NBSP, format_date, format_range, week_label, week_start_for


def nb(text: str) -> str:
    """Expected labels are written with "~" for a non-breaking space."""
    return text.replace("~", NBSP)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", nb("October~9~– October~15, 2023")),
        ("be", nb("9~– 15~кастрычніка 2023~г.")),
        ("ru", nb("9~– 15~октября 2023~г.")),
    ],
)
def test_week_within_one_month(language, expected):
    assert week_label(datetime.date(2023, 10, 9), language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", nb("October~30~– November~5, 2023")),
        ("be", nb("30~кастрычніка~– 5~лістапада 2023~г.")),
        ("ru", nb("30~октября~– 5~ноября 2023~г.")),
    ],
)
def test_week_across_months_names_both_months(language, expected):
    assert week_label(datetime.date(2023, 10, 30), language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", nb("December~30, 2024~– January~5, 2025")),
        ("be", nb("30~снежня 2024~г.~– 5~студзеня 2025~г.")),
        ("ru", nb("30~декабря 2024~г.~– 5~января 2025~г.")),
    ],
)
def test_week_across_years_names_both_years(language, expected):
    assert week_label(datetime.date(2024, 12, 30), language) == expected


def test_short_label_omits_year():
    assert week_label(datetime.date(2024, 7, 15), "en", with_year=False) == nb("July~15~– July~21")
    assert week_label(datetime.date(2024, 7, 15), "ru", with_year=False) == nb("15~– 21~июля")


def test_week_start_is_monday():
    assert week_start_for(datetime.date(2023, 10, 15)) == datetime.date(2023, 10, 9)
    assert week_start_for(datetime.date(2023, 10, 9)) == datetime.date(2023, 10, 9)


def test_range_cannot_run_backwards():
    with pytest.raises(ValueError):
        format_range(datetime.date(2023, 10, 9), datetime.date(2023, 10, 1), "en")


@pytest.mark.parametrize("language", ["en", "be", "ru"])
def test_a_line_break_never_strands_the_year_mark_the_month_or_the_dash(language):
    for week in (
        datetime.date(2023, 10, 9),
        datetime.date(2023, 10, 30),
        datetime.date(2024, 12, 30),
    ):
        label = week_label(week, language)
        words = label.split(" ")  # the only places a browser may break the line
        assert "г." not in words and "–" not in words, label
        # No piece is a lone day number or a lone month name.
        assert all(not word.rstrip(",").isdigit() or len(word) == 4 for word in words), label
    assert format_date(datetime.date(2023, 10, 9), "ru") == nb("9~октября 2023~г.")
