"""Localized labels for weekly ranges (Monday–Sunday) in English, Belarusian and Russian.

Belarusian and Russian dates need the genitive month ("9 – 15 кастрычніка 2023 г."), which
Django's date formats do not give for ranges, so the three patterns live here.

Non-breaking spaces keep what must not be split across lines together: the day with its month
("9 октября", "October 9"), the year with "г." and the first part of a range with its dash
("9 – 15"), so a narrow heading never leaves "г." or "– 15" alone on a line. The break after the
dash and before the year stays possible. Subjects collapse whitespace with `str.split()`, which
turns these back into plain spaces, and search tokenizers treat U+00A0 as a separator.
"""

from __future__ import annotations

import datetime

EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
RU_MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
BE_MONTHS_GENITIVE = (
    "студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня",
    "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня",
)  # fmt: skip
SLAVIC_MONTHS = {"ru": RU_MONTHS_GENITIVE, "be": BE_MONTHS_GENITIVE}
NBSP = "\u00a0"
# No break before the dash, a break allowed after it.
DASH = f"{NBSP}– "
YEAR_SUFFIX = f"{NBSP}г."


def week_start_for(day: datetime.date) -> datetime.date:
    """The Monday of the week that contains `day`."""
    return day - datetime.timedelta(days=day.weekday())


def week_end_for(week_start: datetime.date) -> datetime.date:
    return week_start + datetime.timedelta(days=6)


def format_date(day: datetime.date, language: str, *, with_year: bool = True) -> str:
    """'October 9, 2023' / '9 кастрычніка 2023 г.' / '9 октября 2023 г.'"""
    if language in SLAVIC_MONTHS:
        text = f"{day.day}{NBSP}{SLAVIC_MONTHS[language][day.month - 1]}"
        return f"{text} {day.year}{YEAR_SUFFIX}" if with_year else text
    text = f"{EN_MONTHS[day.month - 1]}{NBSP}{day.day}"
    return f"{text}, {day.year}" if with_year else text


def format_range(
    start: datetime.date, end: datetime.date, language: str, *, with_year: bool = True
) -> str:
    """A date range that reads naturally in each language.

    en: 'October 9 – October 15, 2023', 'October 30 – November 5, 2023',
        'December 30, 2024 – January 5, 2025'
    ru: '9 – 15 октября 2023 г.', '30 октября – 5 ноября 2023 г.',
        '30 декабря 2024 г. – 5 января 2025 г.'
    """
    if end < start:
        raise ValueError("a range cannot end before it starts")
    same_year = start.year == end.year
    if language in SLAVIC_MONTHS:
        months = SLAVIC_MONTHS[language]
        if not same_year:
            return DASH.join(
                (format_date(start, language, with_year=with_year),
                 format_date(end, language, with_year=with_year))
            )  # fmt: skip
        if start.month == end.month:
            head = str(start.day)
        else:
            head = f"{start.day}{NBSP}{months[start.month - 1]}"
        tail = f"{end.day}{NBSP}{months[end.month - 1]}"
        year = f" {end.year}{YEAR_SUFFIX}" if with_year else ""
        return f"{head}{DASH}{tail}{year}"
    if not same_year and with_year:
        return DASH.join((format_date(start, language), format_date(end, language)))
    head = format_date(start, language, with_year=False)
    tail = format_date(end, language, with_year=False)
    return f"{head}{DASH}{tail}" + (f", {end.year}" if with_year else "")


def week_label(week_start: datetime.date, language: str, *, with_year: bool = True) -> str:
    return format_range(week_start, week_end_for(week_start), language, with_year=with_year)
