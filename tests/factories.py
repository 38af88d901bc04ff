"""Fast builders of publication content for tests: topics, authors, issues, articles and their
translations, created directly through the models (no admin, no wagtail-localize jobs).

Pages are published with `save_revision().publish()` like an editor would, unless
`revision=False` asks for the quick path (live row without a revision) used to grow big
archives in the query-budget tests.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable, Sequence

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from sitrep.publishing.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    IssueIndexPage,
    IssuePage,
    RelatedArticle,
    Topic,
)

LANGUAGES = ("en", "be", "ru")

# A Monday: tests that need "this week" use their own newest issue instead.
BASE_WEEK = datetime.date(2023, 10, 9)


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def publish(page: Page, *, revision: bool = True) -> Page:
    if revision:
        page.save_revision().publish()
    else:
        page.live = True
        page.has_unpublished_changes = False
        page.save()
    page.refresh_from_db()
    return page


def make_topic(
    slug: str, names: dict[str, str], *, sort_order: int = 0, description: str = ""
) -> dict[str, Topic]:
    """A topic in every language given in `names`, linked by one translation_key."""
    topics: dict[str, Topic] = {}
    key = None
    for code, name in names.items():
        topic = Topic(
            locale=locale(code),
            name=name,
            slug=slug,
            sort_order=sort_order,
            description=description and f"{description} ({code})",
        )
        if key is not None:
            topic.translation_key = key
        topic.save()
        key = topic.translation_key
        topics[code] = topic
    return topics


def make_author(names: dict[str, str]) -> dict[str, Author]:
    authors: dict[str, Author] = {}
    key = None
    for code, name in names.items():
        author = Author(locale=locale(code), name=name)
        if key is not None:
            author.translation_key = key
        author.save()
        key = author.translation_key
        authors[code] = author
    return authors


def issue_index(code: str = "en") -> IssueIndexPage:
    return IssueIndexPage.objects.get(locale__language_code=code)


def make_issue(
    week_start: datetime.date,
    *,
    summary: str = "",
    custom_title: str = "",
    live: bool = True,
    revision: bool = True,
) -> IssuePage:
    """An English issue under /en/issues/."""
    issue = IssuePage(
        week_start=week_start,
        summary=summary,
        custom_title=custom_title,
        locale=locale("en"),
        live=False,
    )
    issue_index("en").add_child(instance=issue)
    return publish(issue, revision=revision) if live else issue


def make_image(title: str = "A field at dawn", size: tuple[int, int] = (1600, 900)) -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (90, 120, 150)).save(buffer, format="JPEG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=f"{title.replace(' ', '-').lower()}.jpg")
    )


def make_article(
    issue: IssuePage,
    *,
    title: str,
    topic: Topic,
    trend: str = "unchanged",
    slug: str | None = None,
    lead: str = "A short lead that says what changed this week.",
    authors: Sequence[Author] = (),
    image: Image | None = None,
    image_alt: str = "",
    image_caption: str = "",
    image_credit: str = "",
    body: list | None = None,
    related: Sequence[ArticlePage] = (),
    live: bool = True,
    revision: bool = True,
) -> ArticlePage:
    article = ArticlePage(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        lead=lead,
        topic=topic,
        trend=trend,
        featured_image=image,
        featured_image_alt=image_alt,
        featured_image_caption=image_caption,
        featured_image_credit=image_credit,
        body=body or [("paragraph", "<p>What happened, and why it matters.</p>")],
        locale=issue.locale,
        live=False,
    )
    for author in authors:
        article.article_authors.add(ArticleAuthor(author=author))
    for page in related:
        article.related_links.add(RelatedArticle(page=page))
    issue.add_child(instance=article)
    return publish(article, revision=revision) if live else article


def translate_issue(issue: IssuePage, code: str, *, live: bool = True, **fields) -> IssuePage:
    translated = issue.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return publish(translated) if live else translated


def translate_article(
    article: ArticlePage, code: str, *, live: bool = True, **fields
) -> ArticlePage:
    """A translation under the already translated issue, with the topic, authors and related
    articles pointed at their own translations."""
    target = locale(code)
    translated = article.copy_for_translation(target)
    translated.topic = article.topic.get_translation(target)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    # The copy's inline rows still point at the source language's snippets and pages.
    for link in ArticleAuthor.objects.filter(article=translated):
        link.author = link.author.get_translation_or_none(target) or link.author
        link.save()
    for link in RelatedArticle.objects.filter(article=translated):
        link.page = link.page.get_translation_or_none(target) or link.page
        link.save()
    translated = ArticlePage.objects.get(pk=translated.pk)
    return publish(translated) if live else translated


TOPIC_NAMES = {
    "economy": {"en": "Economy", "be": "Эканоміка", "ru": "Экономика"},
    "security": {"en": "Security", "be": "Бяспека", "ru": "Безопасность"},
    "society": {"en": "Society", "be": "Грамадства", "ru": "Общество"},
}


def make_topics(slugs: Iterable[str] = TOPIC_NAMES) -> dict[str, dict[str, Topic]]:
    return {
        slug: make_topic(slug, TOPIC_NAMES[slug], sort_order=index, description="About " + slug)
        for index, slug in enumerate(slugs)
    }


TRENDS = ("improved", "unchanged", "worsened", "mixed")


def build_archive(
    weeks: int,
    *,
    topics: dict[str, dict[str, Topic]],
    first_week: datetime.date = BASE_WEEK,
    start_at: int = 0,
    translate: Sequence[str] = (),
    revision: bool = True,
) -> list[IssuePage]:
    """`weeks` consecutive English issues (one article per topic), each translated into the
    `translate` languages. Returns the English issues, oldest first."""
    issues = []
    for number in range(start_at, start_at + weeks):
        week = first_week + datetime.timedelta(weeks=number)
        issue = make_issue(week, revision=revision)
        translated_issues = {
            code: translate_issue(issue, code) if revision else _quick_translate(issue, code)
            for code in translate
        }
        for position, (slug, topic) in enumerate(topics.items()):
            article = make_article(
                issue,
                title=f"{TOPIC_NAMES[slug]['en']}, week of {week.isoformat()}",
                slug=f"{slug}-{week:%Y%m%d}",
                topic=topic["en"],
                trend=TRENDS[(number + position) % len(TRENDS)],
                revision=revision,
            )
            for code in translated_issues:
                if revision:
                    translate_article(article, code, title=f"{TOPIC_NAMES[slug][code]} {week}")
                else:
                    _quick_translate(article, code, title=f"{TOPIC_NAMES[slug][code]} {week}")
        issues.append(issue)
    return issues


def _quick_translate(page: Page, code: str, **fields) -> Page:
    target = locale(code)
    translated = page.copy_for_translation(target)
    if isinstance(translated, ArticlePage):
        translated.topic = page.topic.get_translation(target)
    for name, value in fields.items():
        setattr(translated, name, value)
    return publish(translated, revision=False)
