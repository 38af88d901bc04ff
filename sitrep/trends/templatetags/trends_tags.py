"""The trend monitor's compact forms on other pages: home (this week against last week) and a
topic's own history on its topic page."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

from sitrep.core.dates import week_label

from .. import render, selectors
from ..monitor import ONE_WEEK, WeekRange, build_rows
from ..wording import streak_sentence

register = template.Library()
TOPIC_HISTORY_WEEKS = 26


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def _rows(language: str, weeks: int, slug: str | None = None):
    locale = selectors.locale_for(language)
    topics, keys = selectors.topics_for(locale)
    if slug is not None:
        topics = [topic for topic in topics if topic.slug == slug]
    first, last = selectors.published_weeks(locale)
    if last is None or not topics:
        return [], None
    week_range = WeekRange(max(last - ONE_WEEK * (weeks - 1), first), last)
    assessments = selectors.assessments_for(locale, week_range.first, week_range.last, keys)
    return build_rows(topics, week_range.weeks, assessments), week_range


@register.inclusion_tag("trends/week_comparison.html")
def trend_week_comparison() -> dict[str, Any]:
    """Every topic's trend in the newest published week beside the week before."""
    language = _language()
    rows, week_range = _rows(language, 2)
    lines = []
    for row in rows:
        cells = row.cells[-2:] if len(row.cells) >= 2 else [None, *row.cells]
        previous, current = cells
        lines.append(
            {
                "topic": row.topic,
                "previous": _cell_view(row, previous, language),
                "current": _cell_view(row, current, language),
            }
        )
    return {
        "lines": lines,
        "language": language,
        "week": week_label(week_range.last, language) if week_range else "",
    }


def _cell_view(row, cell, language: str) -> dict[str, Any] | None:
    if cell is None:
        return None
    first = cell.assessments[0] if cell.assessments else None
    return {
        "trend": cell.trend,
        "url": first.url if first else "",
        "name": render.cell_name(row.topic.name, cell.week_start, language, cell.trend),
    }


@register.inclusion_tag("trends/topic_history.html")
def topic_trend_history(topic) -> dict[str, Any]:
    """The topic's row of the monitor for the last weeks, with its counts and streak."""
    language = _language()
    rows, week_range = _rows(language, TOPIC_HISTORY_WEEKS, slug=topic.slug)
    row = rows[0] if rows else None
    return {
        "row": row,
        "cells": render.row_cells_html(row, language) if row else "",
        "week_headers": render.week_headers_html(week_range.weeks, language) if row else "",
        "streak": streak_sentence(row.streak) if row else "",
        "streak_trend": row.streak.trend if row and row.streak else None,
        "language": language,
        "topic": topic,
    }
