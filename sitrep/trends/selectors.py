"""Read-only queries of the trend monitor: a constant number of queries for any range.

Articles are read as plain values, never as page objects: a 520-week grid holds thousands of
assessments, and building a Wagtail page instance for each would cost more than the whole page.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import CharField, DateField, Subquery
from django.db.models.functions import Cast
from wagtail.models import Locale

from sitrep.core.generation import GenerationMemo
from sitrep.publishing.models import ArticlePage, IssuePage, Topic
from sitrep.publishing.page_urls import root_paths
from sitrep.publishing.routing import language_codes

from .monitor import Assessment, TopicInfo


def locale_for(language: str) -> Locale:
    """The language's locale (its id and code), from the locales the router keeps per content
    generation."""
    for pk, code in language_codes().items():
        if code == language:
            return Locale(pk=pk, language_code=code)
    raise Locale.DoesNotExist(language)


def _locale_ids(locale: Locale) -> dict[int, str]:
    """This language and the source language, whose live articles stand in for missing
    translations: the series has no holes while a translation is still being written."""
    codes = {locale.language_code, settings.LANGUAGE_CODE}
    return {pk: code for pk, code in language_codes().items() if code in codes}


def _topic_rows() -> tuple[tuple, ...]:
    rows = Topic.objects.values_list("pk", "translation_key", "locale_id", "slug", "name")
    return tuple(rows.order_by("sort_order", "name", "pk"))


def topics_for(locale: Locale) -> tuple[list[TopicInfo], dict[int, str]]:
    """The language's topics in editorial order, and every topic id's translation key."""
    rows = _topics.get()
    keys = {pk: str(key) for pk, key, _locale, _slug, _name in rows}
    own = [
        TopicInfo(str(key), slug, name)
        for _pk, key, locale_id, slug, name in rows
        if locale_id == locale.pk
    ]
    return own, keys


def _published_weeks(language: str) -> tuple:
    locale = locale_for(language)
    issues = IssuePage.objects.live().filter(locale_id__in=_locale_ids(locale)).values("week_start")
    bounds = (
        Locale.objects.filter(pk=locale.pk)
        .annotate(
            first=Subquery(issues.order_by("week_start")[:1], output_field=DateField()),
            last=Subquery(issues.order_by("-week_start")[:1], output_field=DateField()),
        )
        .values_list("first", "last")
        .first()
    )
    return tuple(bounds) if bounds is not None else (None, None)


def published_weeks(locale: Locale) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and the last published week, in one query.

    Each end is the first live issue found walking the week index from that end: MIN() and
    MAX() with a join read every issue of the archive instead.
    """
    return _weeks.get(locale.language_code)


# What the home page, the trend monitor and every topic page of a language read first: the
# same rows for all of them until the next content change, so read once per content
# generation (sitrep/core/generation.py), in each process.
_topics = GenerationMemo(_topic_rows)
_weeks = GenerationMemo(_published_weeks, max_entries=16)


def assessments_for(
    locale: Locale, first: datetime.date, last: datetime.date, topic_keys: dict[int, str]
) -> list[Assessment]:
    """Every live article of a live issue in the weeks, in this language, or in the source
    language where this one has no live translation."""
    languages = _locale_ids(locale)
    columns = ["locale_id", "topic_id", "trend", "url_path", "week"]
    if len(languages) > 1:
        # Which articles are one another's translations; the source language alone needs none.
        columns.append("key")
    rows = (
        ArticlePage.objects.published()
        .filter(locale_id__in=languages, issue_week__week_start__range=(first, last))
        # The key and the week as text: building thousands of UUID objects, or parsing
        # thousands of dates on SQLite, costs more than the query. Weeks are few: each is
        # parsed once below.
        .annotate(
            key=Cast("translation_key", output_field=CharField()),
            week=Cast("issue_week__week_start", output_field=CharField()),
        )
        .values_list(*columns)
        .order_by()
    )
    if len(languages) > 1:
        own = locale.pk
        chosen: dict[str, tuple] = {}
        for row in rows:
            key = row[5]
            if row[0] == own or key not in chosen:
                chosen[key] = row
        selected = chosen.values()
    else:
        selected = rows
    roots = root_paths()
    weeks: dict[str, datetime.date] = {}
    paths: dict[int, tuple[str, str, int]] = {}
    for locale_id, language in languages.items():
        root = roots.get(language, "/")
        paths[locale_id] = (root, f"/{language}/", len(root))
    result = []
    for locale_id, topic_id, trend, url_path, week_text, *_key in selected:
        week = weeks.get(week_text)
        if week is None:
            week = weeks[week_text] = datetime.date.fromisoformat(week_text[:10])
        # public_path(), inlined: it runs for every article of the range.
        root, prefix, cut = paths[locale_id]
        url = prefix + url_path[cut:] if url_path.startswith(root) else url_path
        result.append(
            Assessment(topic_keys.get(topic_id, ""), week, trend, url, languages[locale_id])
        )
    return result
