"""Create the demo content: topics, authors, illustrations, weekly issues and their articles.

`do_seed_demo()` is idempotent: it looks up what exists (issues by locale and week, articles by
locale, issue and slug, snippets by slug/translation key, images by title) and creates only what
is missing, so a second run creates nothing and a run with more weeks adds only the older weeks.

Speed (a 520-week archive must take minutes): pages are put into the tree directly, live, with
publication dates of their week, without revisions, validation or audit-log entries, one
transaction per week; the per-save search and reference-index tasks are switched off during the
run and both indexes are updated in bulk for the new pages at the end.

Translations are real Wagtail translations (same translation_key, their own locale's parent,
topic and authors; what `copy_for_translation` makes), with the slug identical in every locale.
Those of the latest weeks are also recorded in wagtail-localize (source, translation and string
translations), which is too slow (~0.2 s each) for the whole archive.
"""

from __future__ import annotations

import datetime
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from sitrep.core.actions import do_seed_demo_publication_settings
from sitrep.core.dates import week_label, week_start_for
from sitrep.publishing.actions import do_ensure_site_structure
from sitrep.publishing.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    IssueIndexPage,
    IssuePage,
    RelatedArticle,
    Topic,
)

from . import compose, content, images
from .content import LANGUAGES

DEFAULT_WEEKS = 14
DEFAULT_ARTICLES_PER_WEEK = 6
SOURCE_LANGUAGE = "en"
# Issues appear on Monday morning; articles a little earlier, in order.
ISSUE_PUBLISHED_AT = datetime.time(9, 0)
IMAGE_TITLE = "Sitrep illustration: {key}"
PORTRAIT_TITLE = "Sitrep author portrait: {key}"
# Translations of the latest weeks are also recorded in wagtail-localize (about 0.2 s each, so
# not for the whole archive): editors see them in its translation editor, ready to sync.
LOCALIZE_LINKED_WEEKS = 2

Progress = Callable[[str], None]


@dataclass
class SeedResult:
    weeks: int = 0
    issues_created: int = 0
    articles_created: int = 0
    topics_created: int = 0
    authors_created: int = 0
    images_created: int = 0
    seconds: float = 0.0
    created_page_ids: dict[str, list[int]] = field(default_factory=dict)

    @property
    def created_anything(self) -> bool:
        return bool(
            self.issues_created
            + self.articles_created
            + self.topics_created
            + self.authors_created
            + self.images_created
        )


@contextmanager
def _bulk_mode() -> Iterator[None]:
    """Skip the per-save search and reference index tasks; the caller indexes in bulk."""
    models = [
        model
        for model in search_index.get_indexed_models()
        if issubclass(model, Page) and getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def _ensure_topics(locales: dict[str, Locale], result: SeedResult) -> dict[tuple[str, str], Topic]:
    existing = {(t.locale_id, t.slug): t for t in Topic.objects.all()}
    topics: dict[tuple[str, str], Topic] = {}
    for order, data in enumerate(content.TOPICS):
        source = existing.get((locales[SOURCE_LANGUAGE].id, data["slug"]))
        key = source.translation_key if source else uuid.uuid4()
        for lang in LANGUAGES:
            topic = existing.get((locales[lang].id, data["slug"]))
            if topic is None:
                topic = Topic.objects.create(
                    locale=locales[lang],
                    translation_key=key,
                    slug=data["slug"],
                    name=data["name"][lang],
                    description=data["description"][lang],
                    sort_order=order,
                )
                result.topics_created += 1
            topics[(lang, data["slug"])] = topic
    return topics


def _ensure_image(title: str, filename: str, render: Callable[[], bytes], result: SeedResult):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, file=ImageFile(BytesIO(render()), name=filename))
        image._set_image_file_metadata()
        image.save()
        result.images_created += 1
    return image


def _ensure_images(result: SeedResult) -> dict[str, object]:
    return {
        key: _ensure_image(
            IMAGE_TITLE.format(key=key),
            f"sitrep-demo-{key}.jpg",
            lambda key=key: images.render_illustration(key),
            result,
        )
        for key in compose.image_keys()
    }


def _ensure_authors(
    locales: dict[str, Locale], result: SeedResult
) -> dict[tuple[str, str], Author]:
    authors: dict[tuple[str, str], Author] = {}
    for data in content.AUTHORS:
        source = Author.objects.filter(
            locale=locales[SOURCE_LANGUAGE], name=data["name"][SOURCE_LANGUAGE]
        ).first()
        if source is None:
            portrait = _ensure_image(
                PORTRAIT_TITLE.format(key=data["key"]),
                f"sitrep-demo-author-{data['key']}.jpg",
                lambda key=data["key"]: images.render_portrait(key),
                result,
            )
            source = Author.objects.create(
                locale=locales[SOURCE_LANGUAGE],
                name=data["name"][SOURCE_LANGUAGE],
                bio=data["bio"][SOURCE_LANGUAGE],
                photo=portrait,
            )
            result.authors_created += 1
        authors[(SOURCE_LANGUAGE, data["key"])] = source
        for lang in LANGUAGES:
            if lang == SOURCE_LANGUAGE:
                continue
            translated = Author.objects.filter(
                locale=locales[lang], translation_key=source.translation_key
            ).first()
            if translated is None:
                translated = Author.objects.create(
                    locale=locales[lang],
                    translation_key=source.translation_key,
                    name=data["name"][lang],
                    bio=data["bio"][lang],
                    photo_id=source.photo_id,
                )
                result.authors_created += 1
            authors[(lang, data["key"])] = translated
    return authors


def _add_child(parent: Page, page: Page) -> Page:
    """Put a new, valid page under `parent`, like treebeard's `add_child` but without
    `Page.full_clean()`: the plan is valid by construction (Monday weeks, unique slugs per
    issue, alt text present), and validation costs a query per foreign key per page."""
    parent = (
        Page.objects.select_for_update().only("id", "path", "depth", "numchild").get(pk=parent.pk)
    )
    page.depth = parent.depth + 1
    if parent.numchild == 0:
        page.path = Page._get_path(parent.path, page.depth, 1)
    else:
        page.path = parent.get_last_child()._inc_path()
    page._is_site_root = False  # Wagtail's hint that spares a query per save.
    # No "created" audit-log entry either: demo pages have no author to credit.
    page.save(clean=False, log_action=None)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    return page


def _published_at(day: datetime.date, minutes_before: int, now: datetime.datetime):
    moment = timezone.make_aware(datetime.datetime.combine(day, ISSUE_PUBLISHED_AT))
    moment -= datetime.timedelta(minutes=minutes_before)
    return min(moment, now)


def _live_fields(published: datetime.datetime) -> dict:
    return {
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": published,
        "last_published_at": published,
    }


class _WeekSeeder:
    """Creates one week's missing issues and articles in every language."""

    def __init__(
        self,
        *,
        locales: dict[str, Locale],
        archives: dict[str, IssueIndexPage],
        topics: dict[tuple[str, str], Topic],
        authors: dict[tuple[str, str], Author],
        illustrations: dict[str, object],
        current_week: datetime.date,
        articles_per_week: int,
        result: SeedResult,
    ) -> None:
        self.locales = locales
        self.archives = archives
        self.topics = topics
        self.authors = authors
        self.illustrations = illustrations
        self.current_week = current_week
        self.articles_per_week = articles_per_week
        self.result = result
        self.created_ids: set[int] = set()
        self.now = timezone.now()
        self.lang_by_locale = {locale.id: lang for lang, locale in locales.items()}
        self.issues: dict[tuple[str, datetime.date], IssuePage] = {
            (self.lang_by_locale[issue.locale_id], issue.week_start): issue
            for issue in IssuePage.objects.filter(locale_id__in=self.lang_by_locale).only(
                "id", "path", "depth", "locale_id", "week_start", "translation_key"
            )
        }
        self.article_slugs: set[tuple[str, int, str]] = {
            (self.lang_by_locale[locale_id], issue_id, slug)
            for locale_id, issue_id, slug in ArticlePage.objects.filter(
                locale_id__in=self.lang_by_locale
            ).values_list("locale_id", "issue_week_id", "slug")
        }

    def missing_anything(self, week: datetime.date, plans: list[compose.ArticlePlan]) -> bool:
        missing = compose.untranslated(week, self.current_week, len(plans))
        for lang in LANGUAGES:
            issue = self.issues.get((lang, week))
            if issue is None:
                return True
            for plan in plans:
                if plan.index in missing.get(lang, ()):
                    continue
                if (lang, issue.id, plan.slug) not in self.article_slugs:
                    return True
        return False

    def seed(self, week: datetime.date) -> None:
        plans = compose.plan_week(week, self.articles_per_week)
        if not self.missing_anything(week, plans):
            return
        missing = compose.untranslated(week, self.current_week, len(plans))
        link = week > self.current_week - datetime.timedelta(weeks=LOCALIZE_LINKED_WEEKS)
        created_translations: list[tuple[Page, Page]] = []
        with transaction.atomic():
            source_issue = self._ensure_issue(SOURCE_LANGUAGE, week, None)
            for lang in LANGUAGES:
                if lang != SOURCE_LANGUAGE:
                    issue = self._ensure_issue(lang, week, source_issue.translation_key)
                    if issue.id in self.created_ids:
                        created_translations.append((source_issue, issue))
            for plan in plans:
                source = self._ensure_article(SOURCE_LANGUAGE, week, plan, None)
                for lang in LANGUAGES:
                    if lang == SOURCE_LANGUAGE or plan.index in missing.get(lang, ()):
                        continue
                    translated = self._ensure_article(lang, week, plan, source)
                    if translated is not None:
                        created_translations.append((source, translated))
            if link:
                for source_page, translated_page in created_translations:
                    _link_to_wagtail_localize(source_page, translated_page)

    def _ensure_issue(self, lang: str, week: datetime.date, translation_key) -> IssuePage:
        issue = self.issues.get((lang, week))
        if issue is not None:
            return issue
        extra = {"translation_key": translation_key} if translation_key else {}
        title = week_label(week, lang)
        issue = IssuePage(
            week_start=week,
            title=title,
            draft_title=title,
            slug=week.isoformat(),
            locale=self.locales[lang],
            summary=compose.week_summary(week)[lang],
            **_live_fields(_published_at(week, 0, self.now)),
            **extra,
        )
        _add_child(self.archives[lang], issue)
        self.issues[(lang, week)] = issue
        self.result.issues_created += 1
        self.result.created_page_ids.setdefault("issue", []).append(issue.id)
        self.created_ids.add(issue.id)
        return issue

    def _ensure_article(
        self,
        lang: str,
        week: datetime.date,
        plan: compose.ArticlePlan,
        source: ArticlePage | None,
    ) -> ArticlePage | None:
        issue = self.issues[(lang, week)]
        if (lang, issue.id, plan.slug) in self.article_slugs:
            if lang == SOURCE_LANGUAGE:
                return ArticlePage.objects.get(
                    locale=self.locales[lang], issue_week_id=issue.id, slug=plan.slug
                )
            return None
        extra = {"translation_key": source.translation_key} if source is not None else {}
        article = ArticlePage(
            locale=self.locales[lang],
            title=plan.title[lang],
            draft_title=plan.title[lang],
            slug=plan.slug,
            lead=plan.lead[lang],
            topic=self.topics[(lang, plan.topic_slug)],
            trend=plan.trend,
            featured_image=self.illustrations[plan.image_key],
            featured_image_alt=plan.image_alt[lang],
            featured_image_caption=plan.image_caption[lang],
            featured_image_credit=plan.image_credit[lang],
            body=plan.body_data(lang),
            search_description=plan.lead[lang],
            **_live_fields(_published_at(week, 10 + plan.index, self.now)),
            **extra,
        )
        article.article_authors = [
            ArticleAuthor(author=self.authors[(lang, key)], sort_order=i)
            for i, key in enumerate(plan.author_keys)
        ]
        if plan.link_previous_week:
            previous = self._previous_article(lang, week, plan.topic_slug)
            if previous is not None:
                article.related_links = [RelatedArticle(page=previous, sort_order=0)]
        _add_child(issue, article)
        self.article_slugs.add((lang, issue.id, plan.slug))
        self.result.articles_created += 1
        self.result.created_page_ids.setdefault("article", []).append(article.id)
        return article

    def _previous_article(self, lang: str, week: datetime.date, topic_slug: str):
        previous_issue = self.issues.get((lang, week - datetime.timedelta(days=7)))
        if previous_issue is None:
            return None
        return (
            ArticlePage.objects.filter(
                issue_week_id=previous_issue.id, topic=self.topics[(lang, topic_slug)]
            )
            .order_by("path")
            .first()
        )


def _link_to_wagtail_localize(source_page: Page, translated_page: Page) -> bool:
    """Record an existing translation the way wagtail-localize would have made it: a
    TranslationSource for the English page, a Translation into the target locale and one
    StringTranslation per translatable string, taken from the translated page (both versions
    share block ids, so their segments pair up by path). Editors then see it in the
    translation editor, with nothing left to translate, and "Sync" works from here on.

    Returns False (and links nothing) if the two versions' segments do not pair up.
    """
    source_page, translated_page = source_page.specific, translated_page.specific
    source_strings = [s for s in extract_segments(source_page) if isinstance(s, StringSegmentValue)]
    target_strings = [
        s for s in extract_segments(translated_page) if isinstance(s, StringSegmentValue)
    ]
    if [s.path for s in source_strings] != [s.path for s in target_strings]:
        return False
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.get_or_create(
        source=source, target_locale_id=translated_page.locale_id, defaults={"enabled": True}
    )
    contexts = {
        context.path: context
        for context in TranslationContext.objects.filter(object_id=source.object_id)
    }
    now = timezone.now()
    for original, translated in zip(source_strings, target_strings, strict=True):
        StringTranslation.objects.get_or_create(
            translation_of=String.from_value(source.locale_id, original.string),
            locale_id=translated_page.locale_id,
            context=contexts[original.path],
            defaults={
                "data": translated.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "updated_at": now,
            },
        )
    return True


def _look_up_authors_and_topics(articles: list[ArticlePage]) -> None:
    """The search index reads each article's topic and authors several times (names and
    spelling keys, per index column): look them up once for the whole chunk."""
    topics = Topic.objects.in_bulk({article.topic_id for article in articles})
    by_locale: dict[int, list[int]] = {}
    for article in articles:
        by_locale.setdefault(article.locale_id, []).append(article.pk)
    authors: dict[int, list[Author]] = {}
    for locale_id, ids in by_locale.items():
        authors.update(ArticlePage.authors_of(ids, locale_id))
    for article in articles:
        article.topic = topics[article.topic_id]
        article.known_authors = authors.get(article.pk, [])


def _index_new_pages(result: SeedResult, progress: Progress) -> None:
    """Add the new pages to the search index and the reference index, in bulk."""
    started = time.monotonic()
    models = {"issue": IssuePage, "article": ArticlePage}
    for kind, ids in result.created_page_ids.items():
        model = models[kind]
        for start in range(0, len(ids), 500):
            chunk = list(model.objects.filter(pk__in=ids[start : start + 500]))
            if model is ArticlePage:
                _look_up_authors_and_topics(chunk)
            with transaction.atomic():
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, chunk)
                for page in chunk:
                    ReferenceIndex.create_or_update_for_object(page)
    progress(
        f"Indexed the new pages for search and references in {time.monotonic() - started:.1f} s."
    )


def do_seed_demo(
    *,
    weeks: int = DEFAULT_WEEKS,
    articles_per_week: int = DEFAULT_ARTICLES_PER_WEEK,
    today: datetime.date | None = None,
    progress: Progress | None = None,
) -> SeedResult:
    """Create the demo publication: `weeks` weekly issues ending with the current week, each with
    `articles_per_week` English articles and their Belarusian and Russian translations (a few
    recent ones left untranslated), plus topics, authors and illustrations. Idempotent.
    """
    if weeks < 1 or articles_per_week < 1:
        raise ValueError("weeks and articles_per_week must be at least 1")
    say = progress or (lambda message: None)
    started = time.monotonic()
    result = SeedResult(weeks=weeks)

    do_ensure_site_structure()
    do_seed_demo_publication_settings()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    archives = {
        lang: IssueIndexPage.objects.get(locale=locales[lang], slug="issues") for lang in LANGUAGES
    }
    topics = _ensure_topics(locales, result)
    illustrations = _ensure_images(result)
    authors = _ensure_authors(locales, result)

    current_week = week_start_for(today or timezone.localdate())
    all_weeks = [current_week - datetime.timedelta(weeks=n) for n in range(weeks)][::-1]
    seeder = _WeekSeeder(
        locales=locales,
        archives=archives,
        topics=topics,
        authors=authors,
        illustrations=illustrations,
        current_week=current_week,
        articles_per_week=articles_per_week,
        result=result,
    )
    reported = 0
    with _bulk_mode():
        for number, week in enumerate(all_weeks, start=1):
            seeder.seed(week)
            created = result.issues_created + result.articles_created
            if created > reported and (number % 26 == 0 or number == len(all_weeks)):
                reported = created
                say(
                    f"  {number}/{len(all_weeks)} weeks ({week.isoformat()}): "
                    f"{result.issues_created} issues and {result.articles_created} articles "
                    f"created so far, {time.monotonic() - started:.0f} s"
                )
    if result.created_page_ids:
        _index_new_pages(result, say)
        _refresh_planner_statistics(say)
    result.seconds = time.monotonic() - started
    return result


def _refresh_planner_statistics(progress: Progress) -> None:
    """ANALYZE after bulk seeding: without fresh statistics PostgreSQL (until autovacuum comes
    round) and SQLite (until someone runs ANALYZE) plan queries for an empty archive, e.g. walk
    every page of a language to find one topic's articles (issue 10). On PostgreSQL also VACUUM
    (outside a transaction, where it can run): it marks the new pages all-visible, so that the
    search's allowed-articles subquery reads its two indexes alone (index-only scans,
    sitrep/search/migrations/0002) instead of visiting every page row, until autovacuum would."""
    started = time.monotonic()
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
    progress(f"Refreshed the database's planner statistics in {time.monotonic() - started:.1f} s.")
