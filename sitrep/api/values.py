"""Model objects as the plain dicts of the API's schemas (schemas.py); URLs are absolute."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.utils import translation

from sitrep.publishing.models import ArticlePage, Author, IssuePage, Topic
from sitrep.publishing.page_urls import public_path, root_paths
from sitrep.publishing.trends import trend_sentence

from . import selectors
from .text import html_to_text

API_ROOT = "/api/v1"


class Urls:
    """Absolute URLs of pages and API resources for one request."""

    def __init__(self, absolute: Callable[[str], str]) -> None:
        self.absolute = absolute
        self.roots = root_paths()

    def page(self, page: ArticlePage | IssuePage) -> str:
        return self.absolute(public_path(page.url_path, page.locale.language_code, self.roots))

    def api(self, path: str) -> str:
        return self.absolute(f"{API_ROOT}{path}")

    def issue_api(self, issue: IssuePage) -> str:
        return self.api(
            f"/issues/{issue.week_start.isoformat()}?language={issue.locale.language_code}"
        )


def topic(item: Topic, urls: Urls) -> dict:
    return {
        "id": item.pk,
        "slug": item.slug,
        "language": item.locale.language_code,
        "name": item.name,
        "description": item.description,
        "url": urls.absolute(item.get_url()),
    }


def author(item: Author) -> dict:
    return {
        "id": item.pk,
        "language": item.locale.language_code,
        "name": item.name,
        "bio": item.bio,
    }


def image(page: ArticlePage, urls: Urls) -> dict | None:
    picture = page.featured_image
    if picture is None:
        return None
    return {
        "url": urls.absolute(picture.file.url),
        "width": picture.width,
        "height": picture.height,
        "alt": page.featured_image_alt,
        "caption": page.featured_image_caption,
        "credit": page.featured_image_credit,
    }


def article_summaries(pages: Sequence[ArticlePage], urls: Urls) -> list[dict]:
    authors = selectors.authors_by_article(pages)
    return [article_summary(page, urls, authors.get(page.pk, [])) for page in pages]


def article_summary(page: ArticlePage, urls: Urls, authors: Sequence[Author]) -> dict:
    language = page.locale.language_code
    with translation.override(language):
        sentence = trend_sentence(page.trend)
    return {
        "id": page.pk,
        "language": language,
        "title": page.title,
        "lead": page.lead,
        "url": urls.page(page),
        "api_url": urls.api(f"/articles/{page.pk}"),
        "week": page.issue_week.week_start,
        "topic": {"slug": page.topic.slug, "name": page.topic.name},
        "trend": page.trend,
        "trend_sentence": sentence,
        "authors": [{"id": a.pk, "name": a.name} for a in authors],
        "image": image(page, urls),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


def article_detail(page: ArticlePage, urls: Urls) -> dict:
    language = page.locale.language_code
    with translation.override(language):
        blocks = [block.render() for block in page.body]
    issue = page.issue_week
    return {
        **article_summary(page, urls, page.authors()),
        "body_html": "\n".join(blocks),
        "body_text": "\n".join(filter(None, (html_to_text(block) for block in blocks))),
        "issue": {
            "week": issue.week_start,
            "url": urls.page(issue),
            "api_url": urls.issue_api(issue),
        },
        "translations": [
            {
                "language": other.locale.language_code,
                "url": urls.page(other),
                "api_url": urls.api(f"/articles/{other.pk}"),
            }
            for other in selectors.translations(page)
        ],
    }


def issue_summary(issue: IssuePage, urls: Urls) -> dict:
    return {
        "week": issue.week_start,
        "week_end": issue.week_end,
        "language": issue.locale.language_code,
        "title": issue.title,
        "summary": issue.summary,
        "url": urls.page(issue),
        "api_url": urls.issue_api(issue),
    }


def issue_detail(issue: IssuePage, urls: Urls) -> dict:
    return {
        **issue_summary(issue, urls),
        "articles": article_summaries(list(selectors.issue_articles(issue)), urls),
        "translations": [
            {
                "language": other.locale.language_code,
                "url": urls.page(other),
                "api_url": urls.issue_api(other),
            }
            for other in selectors.translations(issue)
        ],
    }
