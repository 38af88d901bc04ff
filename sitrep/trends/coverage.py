"""This week's coverage for the admin dashboard: for the newest issue, which topics have an
article with a trend, in which languages, in which state. Read-only, three queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from sitrep.publishing.models import ArticlePage, IssuePage, Topic
from sitrep.publishing.trends import Trend


@dataclass(frozen=True)
class CoverageCell:
    state: str  # "published", "draft" or "missing"
    page_id: int | None = None
    trend: str = ""

    @property
    def trend_label(self) -> str:
        return str(Trend(self.trend).label) if self.trend else ""


@dataclass(frozen=True)
class CoverageRow:
    topic: Topic
    cells: list[CoverageCell]  # one per language, in settings.LANGUAGES order


def newest_issue() -> IssuePage | None:
    """The newest week in the source language, published or not: editors prepare it."""
    return (
        IssuePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("-week_start")
        .first()
    )


def coverage_rows(issue: IssuePage) -> list[CoverageRow]:
    languages = [code for code, _name in settings.LANGUAGES]
    topics = list(Topic.objects.filter(locale_id=issue.locale_id).order_by("sort_order", "name"))
    source = ArticlePage.objects.child_of(issue).values_list("translation_key", "topic_id")
    keys = {key: topic_id for key, topic_id in source}
    states: dict[tuple[int, str], CoverageCell] = {}
    rows = (
        ArticlePage.objects.filter(translation_key__in=keys)
        .values_list("translation_key", "locale__language_code", "pk", "live", "trend")
        .order_by("path")
    )
    for key, language, pk, live, trend in rows:
        current = states.get((keys[key], language))
        if current is None or (live and current.state != "published"):
            states[(keys[key], language)] = CoverageCell(
                "published" if live else "draft", pk, trend
            )
    return [
        CoverageRow(
            topic, [states.get((topic.pk, code), CoverageCell("missing")) for code in languages]
        )
        for topic in topics
    ]
