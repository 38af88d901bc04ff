"""Sentences of the trend monitor that need plural forms (Belarusian and Russian have three)."""

from __future__ import annotations

from django.utils.translation import ngettext

from sitrep.publishing.trends import Trend

from .monitor import Streak


def streak_sentence(streak: Streak | None) -> str:
    """'Unchanged for 5 weeks in a row' in the active language; '' without any assessment."""
    if streak is None:
        return ""
    count = streak.weeks
    if streak.trend == Trend.IMPROVED:
        text = ngettext(
            "Improved for %(count)d week", "Improved for %(count)d weeks in a row", count
        )
    elif streak.trend == Trend.WORSENED:
        text = ngettext(
            "Worsened for %(count)d week", "Worsened for %(count)d weeks in a row", count
        )
    elif streak.trend == Trend.MIXED:
        text = ngettext("Mixed for %(count)d week", "Mixed for %(count)d weeks in a row", count)
    else:
        text = ngettext(
            "Unchanged for %(count)d week", "Unchanged for %(count)d weeks in a row", count
        )
    return text % {"count": count}


def weeks_shown(count: int) -> str:
    return ngettext("%(count)d week", "%(count)d weeks", count) % {"count": count}
