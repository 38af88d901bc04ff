"""RSS 2.0 and Atom feeds per language and per topic (Django's syndication framework).

Each item: the article's title, its lead and trend sentence as the summary, its authors, its
topic as the category, its featured image as the enclosure, and a GUID that never changes when
the article is edited or moved (a tag URI on the page id).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import get_language, gettext

from sitrep.publishing.models import ArticleAuthor, ArticlePage, Author, Topic

FEED_ITEMS = 30
FEED_IMAGE_SPEC = "width-1200"


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request: HttpRequest, slug: str | None = None):
        self.request = request
        # Django's Feed writes it as <language> in RSS and xml:lang in Atom.
        self.language = _language()
        if slug is None:
            return None
        return get_object_or_404(Topic, locale__language_code=self.language, slug=slug)

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def title(self, obj):
        name = settings.SITE_NAME
        return f"{obj.name} · {name}" if obj is not None else name

    def link(self, obj):
        return obj.get_url() if obj is not None else f"/{self.language}/"

    def description(self, obj):
        if obj is not None and obj.description:
            return obj.description
        return gettext("The weekly analytical review: every article with its trend assessment.")

    subtitle = description

    def items(self, obj):
        articles = (
            ArticlePage.objects.published()
            .filter(locale__language_code=self.language)
            .select_related("topic", "featured_image", "issue_week")
            .defer("body")
            .order_by("-issue_week__week_start", "-first_published_at")
        )
        if obj is not None:
            articles = articles.filter(topic=obj)
        items = list(articles[:FEED_ITEMS])
        self._authors = _authors_by_article(items)
        return items

    def item_title(self, item: ArticlePage) -> str:
        return item.title

    def item_description(self, item: ArticlePage) -> str:
        return f"{item.lead}\n\n{item.trend_sentence}."

    def item_link(self, item: ArticlePage) -> str:
        return item.get_url(request=self.request)

    def item_guid(self, item: ArticlePage) -> str:
        return f"tag:{settings.SITE_HOSTNAME},2023:article:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: ArticlePage):
        return item.first_published_at

    def item_updateddate(self, item: ArticlePage):
        return item.last_published_at

    def item_author_name(self, item: ArticlePage) -> str | None:
        names = self._authors.get(item.pk)
        return ", ".join(names) if names else None

    def item_categories(self, item: ArticlePage) -> list[str]:
        return [item.topic.name]

    def item_enclosures(self, item: ArticlePage) -> list[Enclosure]:
        if not item.featured_image:
            return []
        rendition = item.featured_image.get_rendition(FEED_IMAGE_SPEC)
        try:
            length = rendition.file.size
        except OSError:
            return []
        mime = {"jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp"}.get(
            rendition.file.name.rsplit(".", 1)[-1].lower().replace("jpg", "jpeg"), "image/jpeg"
        )
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(length), mime)]


def _authors_by_article(items: list[ArticlePage]) -> dict[int, list[str]]:
    """Author names in each article's language (falling back to the linked name), one query."""
    if not items:
        return {}
    localized = Author.objects.filter(
        translation_key=OuterRef("author__translation_key"),
        locale_id=OuterRef("article__locale_id"),
    )
    links = (
        ArticleAuthor.objects.filter(article__in=items)
        .annotate(localized_name=Subquery(localized.values("name")[:1]))
        .select_related("author")
        .order_by("article_id", "sort_order", "pk")
    )
    names: dict[int, list[str]] = {}
    for link in links:
        names.setdefault(link.article_id, []).append(link.localized_name or link.author.name)
    return names


class AtomArticleFeed(ArticleFeed):
    feed_type = Atom1Feed


def rss(request, slug=None):
    return ArticleFeed()(request, slug=slug)


def atom(request, slug=None):
    return AtomArticleFeed()(request, slug=slug)
