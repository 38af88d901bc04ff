"""The trend assessment attached to every article: values, sentences and icons."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Trend(models.TextChoices):
    IMPROVED = "improved", _("Improved")
    UNCHANGED = "unchanged", _("Unchanged")
    WORSENED = "worsened", _("Worsened")
    MIXED = "mixed", _("Mixed")


# Shown under every article title, in lists and in emails; never colour alone.
TREND_SENTENCES = {
    Trend.IMPROVED: _("The situation has improved"),
    Trend.UNCHANGED: _("The situation has not changed"),
    Trend.WORSENED: _("The situation has worsened"),
    Trend.MIXED: _("The situation is mixed"),
}

# Text glyphs for plain-text email and CSV; the site and HTML email use the SVG icons.
TREND_SYMBOLS = {
    Trend.IMPROVED: "▲",
    Trend.UNCHANGED: "●",
    Trend.WORSENED: "▼",
    Trend.MIXED: "◆",
}


def trend_sentence(trend: str) -> str:
    return str(TREND_SENTENCES[Trend(trend)])
