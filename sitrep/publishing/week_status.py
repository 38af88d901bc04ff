"""Where each article of a week stands, per language: the editor's view of the weekly cycle
(docs/weekly-cycle.md). Read-only; a constant number of queries for any number of articles,
languages or weeks in the archive.

Two things are told apart for every article in every language:

- the **article state**: `missing`, `draft` (not live, or sent back with changes requested),
  `in_review` (a workflow is in progress), `approved` (live or scheduled, but its issue in that
  language is not live yet: it goes out with the issue), `published` (readers can see it);
- the **translation state** of a language that is not the article's source: `missing`,
  `in_progress` (wagtail-localize has strings left, with the percentage done), `up_to_date`,
  `out_of_date` (the source changed after the translation's strings were taken from it).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import Page, Revision, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .models import ArticlePage, IssuePage, Topic

ARTICLE_STATES = ("missing", "draft", "in_review", "approved", "published")
TRANSLATION_STATES = ("missing", "in_progress", "up_to_date", "out_of_date")


def article_state(*, live: bool, review: str, scheduled: bool, issue_live: bool) -> str:
    """The article state (module docstring) from what Wagtail records. `review` is the status of
    the page's active workflow state ("" when there is none)."""
    if review == WorkflowState.STATUS_IN_PROGRESS:
        return "in_review"
    if live:
        return "published" if issue_live else "approved"
    if scheduled:
        return "approved"  # approved for a time of its own: Wagtail publishes it then
    return "draft"


def translation_state(*, total: int, done: int, source_changed: bool) -> str:
    if done < total:
        return "in_progress"
    return "out_of_date" if source_changed else "up_to_date"


@dataclass(frozen=True)
class PageFacts:
    """What the states of one article page are computed from."""

    pk: int
    translation_key: object
    language: str
    title: str
    topic_key: object
    live: bool
    issue_live: bool
    issue_id: int | None
    changed_at: datetime.datetime | None  # latest_revision_created_at
    path: str


@dataclass
class TranslationInfo:
    state: str
    percent: int | None = None
    source_id: int | None = None  # wagtail-localize TranslationSource, for "Sync"


@dataclass
class Entry:
    """One article in one language."""

    language: str
    state: str  # ARTICLE_STATES
    page_id: int | None = None
    title: str = ""
    translation: TranslationInfo | None = None  # None in the article's source language
    source_page_id: int | None = None


def page_content_type_id() -> int:
    return ContentType.objects.get_for_model(Page).pk


def review_states(page_ids: Iterable[int]) -> dict[int, str]:
    """The status of each page's active workflow state (in progress or needs changes)."""
    ids = [str(pk) for pk in page_ids]
    if not ids:
        return {}
    rows = WorkflowState.objects.active().filter(
        base_content_type_id=page_content_type_id(), object_id__in=ids
    )
    return {int(object_id): status for object_id, status in rows.values_list("object_id", "status")}


def scheduled_pages(page_ids: Iterable[int]) -> set[int]:
    """Pages with a revision approved to go live at a later time."""
    ids = [str(pk) for pk in page_ids]
    if not ids:
        return set()
    rows = Revision.page_revisions.filter(object_id__in=ids, approved_go_live_at__isnull=False)
    return {int(object_id) for object_id in rows.values_list("object_id", flat=True)}


def article_facts(articles) -> list[PageFacts]:
    """`articles`: an ArticlePage queryset; one query."""
    rows = articles.values_list(
        "pk", "translation_key", "locale__language_code", "title", "topic__translation_key",
        "live", "issue_week__live", "issue_week_id", "latest_revision_created_at", "path",
    )  # fmt: skip
    return [
        PageFacts(
            pk=pk,
            translation_key=key,
            language=language,
            title=title,
            topic_key=topic_key,
            live=live,
            issue_live=bool(issue_live),  # None without an issue
            issue_id=issue_id,
            changed_at=changed_at,
            path=path,
        )
        for (
            pk,
            key,
            language,
            title,
            topic_key,
            live,
            issue_live,
            issue_id,
            changed_at,
            path,
        ) in rows
    ]


def article_states(facts: Sequence[PageFacts]) -> dict[int, str]:
    """The article state of each page; two queries."""
    reviews = review_states(f.pk for f in facts)
    scheduled = scheduled_pages(f.pk for f in facts)
    return {
        f.pk: article_state(
            live=f.live,
            review=reviews.get(f.pk, ""),
            scheduled=f.pk in scheduled,
            issue_live=f.issue_live,
        )
        for f in facts
    }


@dataclass
class LocalizeFacts:
    sources: dict[object, tuple[int, str, datetime.datetime | None]] = field(default_factory=dict)
    # (translation_key, target language) -> (total segments, translated segments)
    progress: dict[tuple[object, str], tuple[int, int]] = field(default_factory=dict)


def localize_facts(keys: Iterable[object]) -> LocalizeFacts:
    """wagtail-localize's record of the articles `keys`: the source of each (id, language, when
    its strings were last taken) and the progress of every enabled translation. Two queries,
    however many articles and languages."""
    keys = list(set(keys))
    facts = LocalizeFacts()
    if not keys:
        return facts
    content_type = ContentType.objects.get_for_model(ArticlePage)
    for pk, key, language, updated in TranslationSource.objects.filter(
        object_id__in=keys, specific_content_type=content_type
    ).values_list("pk", "object_id", "locale__language_code", "last_updated_at"):
        facts.sources[key] = (pk, language, updated)
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    )

    def count(queryset):
        return Coalesce(
            Subquery(
                queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")[:1]
            ),
            0,
        )

    rows = (
        Translation.objects.filter(
            source__object_id__in=keys, source__specific_content_type=content_type, enabled=True
        )
        .annotate(total=count(segments), done=count(translated))
        .values_list("source__object_id", "target_locale__language_code", "total", "done")
    )
    for key, language, total, done in rows:
        facts.progress[(key, language)] = (total, done)
    return facts


def translation_info(
    source: PageFacts, target: PageFacts | None, localize: LocalizeFacts
) -> TranslationInfo:
    """The translation state of `target` (None: no page yet) of the article `source`."""
    if target is None:
        return TranslationInfo("missing")
    known = localize.sources.get(source.translation_key)
    progress = localize.progress.get((source.translation_key, target.language))
    if known is not None and progress is not None:
        source_id, _language, taken_at = known
        total, done = progress
        changed = bool(source.changed_at and taken_at and source.changed_at > taken_at)
        state = translation_state(total=total, done=done, source_changed=changed)
        percent = round(100 * done / total) if total else 100
        return TranslationInfo(state, percent if state == "in_progress" else None, source_id)
    # A copy made without wagtail-localize (or whose translation was stopped): out of date when
    # the source was edited after it.
    changed = bool(
        source.changed_at and target.changed_at and source.changed_at > target.changed_at
    )
    return TranslationInfo("out_of_date" if changed else "up_to_date")


def source_of(pages: Sequence[PageFacts], localize: LocalizeFacts) -> PageFacts:
    """The edition an article is translated from: wagtail-localize's source, else the one in
    the site's main language, else the oldest."""
    known = localize.sources.get(pages[0].translation_key)
    by_language = {p.language: p for p in pages}
    if known is not None and known[1] in by_language:
        return by_language[known[1]]
    return by_language.get(settings.LANGUAGE_CODE) or min(pages, key=lambda p: p.pk)


def article_entries(
    facts: Sequence[PageFacts], languages: Sequence[str]
) -> dict[object, list[Entry]]:
    """For each article (translation_key), one Entry per language in `languages`."""
    states = article_states(facts)
    localize = localize_facts(f.translation_key for f in facts)
    groups: dict[object, list[PageFacts]] = {}
    for fact in facts:
        groups.setdefault(fact.translation_key, []).append(fact)
    result: dict[object, list[Entry]] = {}
    for key, pages in groups.items():
        source = source_of(pages, localize)
        by_language = {p.language: p for p in pages}
        entries = []
        for language in languages:
            page = by_language.get(language)
            entries.append(
                Entry(
                    language=language,
                    state=states[page.pk] if page else "missing",
                    page_id=page.pk if page else None,
                    title=page.title if page else "",
                    translation=None
                    if language == source.language
                    else translation_info(source, page, localize),
                    source_page_id=source.pk,
                )
            )
        result[key] = entries
    return result


# ---------------------------------------------------------------------------------------------
# This week at a glance


def current_issue() -> IssuePage | None:
    """The week editors are preparing: the first unpublished week after the newest published
    one in the main language (a week started further ahead waits its turn); with none, the
    newest week."""
    issues = IssuePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).select_related(
        "locale"
    )
    newest_live = issues.live().order_by("-week_start").values("week_start")[:1]
    preparing = issues.filter(live=False, week_start__gt=Subquery(newest_live))
    return preparing.order_by("week_start").first() or issues.order_by("-week_start").first()


@dataclass
class GlanceCell:
    language: str
    entries: list[Entry]  # empty: no article for the topic (in the source language)


@dataclass
class GlanceRow:
    topic: Topic
    cells: list[GlanceCell]


@dataclass
class Glance:
    issue: IssuePage
    languages: list[tuple[str, str]]
    rows: list[GlanceRow]
    issue_editions: dict[str, dict]  # language -> {"pk", "live"}
    trends: dict[int, str] = field(default_factory=dict)  # page id -> trend


def week_glance(issue: IssuePage) -> Glance:
    """Every topic × language of the week of `issue`; a constant number of queries."""
    languages = list(settings.LANGUAGES)
    codes = [code for code, _name in languages]
    topics = list(Topic.objects.filter(locale_id=issue.locale_id).order_by("sort_order", "name"))
    editions = {
        language: {"pk": pk, "live": live}
        for pk, language, live in IssuePage.objects.filter(
            translation_key=issue.translation_key
        ).values_list("pk", "locale__language_code", "live")
    }
    articles = ArticlePage.objects.filter(issue_week__translation_key=issue.translation_key)
    facts = article_facts(articles.order_by("path"))
    trends = dict(articles.values_list("pk", "trend"))
    entries = article_entries(facts, codes)
    topic_of: dict[object, object] = {}
    position = {}
    for fact in facts:
        topic_of.setdefault(fact.translation_key, fact.topic_key)
        if fact.language == issue.locale.language_code:
            position[fact.translation_key] = fact.path
    by_topic: dict[object, list[list[Entry]]] = {}
    for key in sorted(entries, key=lambda k: position.get(k, "~")):
        by_topic.setdefault(topic_of[key], []).append(entries[key])
    rows = []
    for topic in topics:
        articles_of_topic = by_topic.get(topic.translation_key, [])
        cells = [
            GlanceCell(code, [article[index] for article in articles_of_topic])
            for index, code in enumerate(codes)
        ]
        rows.append(GlanceRow(topic, cells))
    return Glance(issue, languages, rows, editions, trends)
