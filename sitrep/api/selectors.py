"""Read-only queries of the API: only what a reader of the site can see.

Articles are those of `ArticlePage.objects.published().public()`: live articles of live issues,
outside any private (password or login) section. Issues are live and public. Every list has a
total, stable order (a unique column last), so pages never overlap or skip rows.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from django.db.models import QuerySet

from sitrep.publishing.models import ArticleAuthor, ArticlePage, Author, IssuePage, Topic


def live_issues() -> QuerySet[IssuePage]:
    return IssuePage.objects.live().public().select_related("locale")


def issues(
    language: str | None,
    week_from: datetime.date | None = None,
    week_to: datetime.date | None = None,
) -> QuerySet[IssuePage]:
    found = live_issues()
    if language:
        found = found.filter(locale__language_code=language)
    if week_from:
        found = found.filter(week_start__gte=week_from)
    if week_to:
        found = found.filter(week_start__lte=week_to)
    return found.order_by("-week_start", "locale__language_code", "pk")


def issue_of_week(week: datetime.date, language: str) -> IssuePage | None:
    return live_issues().filter(week_start=week, locale__language_code=language).first()


def live_articles() -> QuerySet[ArticlePage]:
    return (
        ArticlePage.objects.published()
        .public()
        .select_related("locale", "topic", "issue_week", "featured_image")
    )


def articles(
    language: str | None = None,
    topic_slug: str | None = None,
    trend: str | None = None,
    week_from: datetime.date | None = None,
    week_to: datetime.date | None = None,
) -> QuerySet[ArticlePage]:
    """Newest week first; within a week in the order of the issue (tree path)."""
    found = live_articles().defer("body")
    if language:
        found = found.filter(locale__language_code=language)
    if topic_slug:
        found = found.filter(topic__slug=topic_slug)
    if trend:
        found = found.filter(trend=trend)
    if week_from:
        found = found.filter(issue_week__week_start__gte=week_from)
    if week_to:
        found = found.filter(issue_week__week_start__lte=week_to)
    return found.order_by("-issue_week__week_start", "locale__language_code", "path")


def issue_articles(issue: IssuePage) -> QuerySet[ArticlePage]:
    """An issue's own-language articles in the issue's order (topic, then position)."""
    return (
        live_articles()
        .defer("body")
        .filter(issue_week=issue)
        .order_by("topic__sort_order", "topic__name", "path")
    )


def article(article_id: int) -> ArticlePage | None:
    return live_articles().filter(pk=article_id).first()


def translations(page: ArticlePage | IssuePage) -> list[ArticlePage | IssuePage]:
    """The page's other live, public editions, in language order."""
    model = type(page)
    found = (live_articles() if model is ArticlePage else live_issues()).filter(
        translation_key=page.translation_key
    )
    return list(found.exclude(pk=page.pk).order_by("locale__language_code"))


def authors_by_article(pages: Sequence[ArticlePage]) -> dict[int, list[Author]]:
    """Each article's authors named in the article's language; one query per language."""
    by_locale: dict[int, list[int]] = {}
    for page in pages:
        by_locale.setdefault(page.locale_id, []).append(page.pk)
    found: dict[int, list[Author]] = {}
    for locale_id, ids in by_locale.items():
        found.update(ArticlePage.authors_of(ids, locale_id))
    return found


def topics(language: str | None) -> QuerySet[Topic]:
    found = Topic.objects.select_related("locale")
    if language:
        found = found.filter(locale__language_code=language)
    return found.order_by("sort_order", "slug", "locale__language_code", "pk")


def topic_exists(slug: str) -> bool:
    return Topic.objects.filter(slug=slug).exists()


def public_authors(language: str | None) -> QuerySet[Author]:
    """Authors with at least one published article (in any language): an author added only to
    drafts is not public yet."""
    keys = ArticleAuthor.objects.filter(
        article__in=ArticlePage.objects.published().public()
    ).values("author__translation_key")
    found = Author.objects.select_related("locale").filter(translation_key__in=keys)
    if language:
        found = found.filter(locale__language_code=language)
    return found.order_by("name", "locale__language_code", "pk")


def in_order(ids: Sequence[int]) -> list[ArticlePage]:
    """Live articles with these ids in this order, with what a summary shows (one query; the
    search backend's own results lack the locale and image joins)."""
    found = live_articles().defer("body").in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
