"""The search itself: live, public articles of live issues in the chosen languages, filtered,
ranked by Wagtail's database backend (bm25 on SQLite, ts_rank on PostgreSQL)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Locale

from sitrep.core.generation import content_generation
from sitrep.publishing.models import ArticlePage, IssuePage, Topic

from .models import SearchAlias
from .query import ParsedQuery


@dataclass(frozen=True)
class Filters:
    languages: tuple[str, ...]
    topic_slug: str = ""
    trend: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


def alias_groups() -> list[list[str]]:
    """Every alias's names, cached until the next content change."""
    key = f"search:aliases:{content_generation()}"
    groups = cache.get(key)
    if groups is None:
        groups = [alias.name_list() for alias in SearchAlias.objects.all()]
        cache.set(key, groups, 3600)
    return groups


def search_articles(parsed: ParsedQuery, filters: Filters):
    """Wagtail search results (lazy; slice them) or an empty list without a query.

    The filters stay subqueries (no id lists in Python): the backend runs them inside its one
    ranked statement (sitrep/search/backend.py)."""
    if parsed.query is None:
        return []
    # Filters on declared FilterFields only (Wagtail checks): locale_id, issue_week_id, topic_id.
    locale_ids = Locale.objects.filter(language_code__in=filters.languages).values("pk")
    issues = IssuePage.objects.live().filter(locale_id__in=locale_ids)
    if filters.date_from:
        issues = issues.filter(week_start__gte=filters.date_from - datetime.timedelta(days=6))
    if filters.date_to:
        issues = issues.filter(week_start__lte=filters.date_to)
    articles = (
        ArticlePage.objects.live()
        .public()
        .select_related("issue_week", "topic", "locale")
        .filter(
            locale_id__in=locale_ids,
            issue_week_id__in=issues.order_by().values("pk"),
        )
    )
    if filters.topic_slug:
        articles = articles.filter(
            topic_id__in=Topic.objects.filter(slug=filters.topic_slug).values("pk")
        )
    if filters.trend:
        articles = articles.filter(trend=filters.trend)
    return articles.search(parsed.query, order_by_relevance=True)


def all_languages() -> tuple[str, ...]:
    return tuple(code for code, _name in settings.LANGUAGES)
