"""`{% discovery_head %}`: feed links, Open Graph / Twitter tags and JSON-LD for any page."""

from __future__ import annotations

import html

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from sitrep.publishing.models import ArticlePage, HomePage, IssuePage

from .. import previews

register = template.Library()
PREVIEW_IMAGE_SPEC = "width-1200"  # one of the article's srcset sizes: no extra rendition
# The article's hero srcset (publishing/article_page.html), looked up here in one go with the
# preview's size and kept on the image, so that the srcset below finds them without a second
# look-up in the rendition cache.
ARTICLE_IMAGE_SPECS = ("width-400", "width-800", "width-1200")


def _escaped(value: object) -> str:
    """`conditional_escape` without its lazy-string wrapper, which cost more than the escaping
    itself for the ~20 values of every page's <head>; the same output."""
    as_html = getattr(value, "__html__", None)
    return as_html() if as_html is not None else html.escape(str(value))


def _search_url(language: str) -> str | None:
    try:
        return reverse("search:results")
    except NoReverseMatch:
        return None


@register.simple_tag(takes_context=True)
def page_description(context) -> str:
    """The page's description for `<meta name="description">` and link previews: an article's
    lead, an issue's summary, a topic's description, else one sentence about the publication
    (search engines and Lighthouse want one on every page, the home page included)."""
    page = context.get("page")
    topic = context.get("topic")
    routed = context.get("home_route")  # a view rendered with the home page as `page`
    description = ""
    if isinstance(page, ArticlePage) and not routed:
        description = page.search_description or page.lead
    elif isinstance(page, IssuePage):
        description = page.summary or page.search_description
    elif isinstance(page, HomePage) and not routed:
        description = page.search_description or page.intro
    elif topic is not None:
        description = topic.description
    elif page is not None and not routed:
        description = page.search_description
    return description or gettext(
        "The weekly analytical review: every article with its trend assessment."
    )


@register.simple_tag(takes_context=True)
def discovery_head(context) -> SafeString:
    request = context.get("request")
    if request is None:
        return mark_safe("")
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    absolute = request.build_absolute_uri
    page = context.get("page")
    topic = context.get("topic")
    site_name = str(context.get("SITE_NAME") or settings.SITE_NAME)
    home_url = absolute(f"/{language}/")
    publisher = {"name": site_name, "url": home_url}

    feeds = [
        ("application/rss+xml", f"{site_name} (RSS)", f"/{language}/feed/rss/"),
        ("application/atom+xml", f"{site_name} (Atom)", f"/{language}/feed/atom/"),
    ]
    if topic is not None:
        topic_feeds = f"/{language}/topics/{topic.slug}/feed"
        feeds += [
            ("application/rss+xml", f"{topic.name} (RSS)", f"{topic_feeds}/rss/"),
            ("application/atom+xml", f"{topic.name} (Atom)", f"{topic_feeds}/atom/"),
        ]
    parts = [
        "\n".join(
            f'<link rel="alternate" type="{kind}" title="{_escaped(title)}"'
            f' href="{_escaped(absolute(path))}">'
            for kind, title, path in feeds
        )
    ]

    url = absolute(request.path)
    title = (
        topic.name
        if topic is not None
        else (
            (page.seo_title or page.title)
            if page is not None and not context.get("home_route")
            else site_name
        )
    )
    image = None
    data: object = None
    og_type = "website"
    description = page_description(context)
    if isinstance(page, ArticlePage) and not context.get("home_route"):
        og_type = "article"
        if page.featured_image:
            # get_renditions, not get_rendition: the latter writes the cache entry back on
            # every call, even when it has just read it from there.
            renditions = page.featured_image.get_renditions(*ARTICLE_IMAGE_SPECS)
            page.featured_image.prefetched_renditions = list(renditions.values())
            rendition = renditions[PREVIEW_IMAGE_SPEC]
            image = {
                "url": absolute(rendition.url),
                "width": str(rendition.width),
                "height": str(rendition.height),
                "alt": page.featured_image_alt,
                "caption": page.featured_image_caption,
                "credit": page.featured_image_credit,
            }
        issue = page.issue
        data = previews.news_article(
            headline=page.title,
            description=page.lead,
            url=url,
            language=language,
            published=page.first_published_at,
            modified=page.last_published_at,
            authors=[author.name for author in context.get("authors", [])],
            image={
                "url": image["url"],
                "width": rendition.width,
                "height": rendition.height,
                "caption": image["caption"],
                "creditText": image["credit"],
            }
            if image
            else None,
            issue={"name": issue.title, "url": absolute(issue.get_url(request) or "")},
            topic=page.topic.name,
            publisher=publisher,
        )
    elif isinstance(page, IssuePage):
        articles = [
            {"headline": article.title, "url": absolute(article.get_url(request) or "")}
            for _topic, group in context.get("topic_groups", [])
            for article in group
        ]
        data = previews.issue_collection(
            name=page.title, url=url, language=language, articles=articles, publisher=publisher
        )
    elif isinstance(page, HomePage) and not context.get("home_route"):
        data = previews.organization_and_site(
            name=site_name, url=home_url, language=language, search_url=_search_url(language)
        )

    meta = [
        ("og:site_name", site_name),
        ("og:type", og_type),
        ("og:title", title),
        ("og:description", description),
        ("og:url", url),
        ("og:locale", previews.OG_LOCALES.get(language, language)),
    ]
    meta += [
        ("og:locale:alternate", previews.OG_LOCALES.get(code, code))
        for code, _name in settings.LANGUAGES
        if code != language
    ]
    if image:
        meta += [
            ("og:image", image["url"]),
            ("og:image:width", image["width"]),
            ("og:image:height", image["height"]),
            ("og:image:alt", image["alt"]),
        ]
    parts.append(
        "\n".join(f'<meta property="{name}" content="{_escaped(value)}">' for name, value in meta)
    )
    twitter = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", title),
        ("twitter:description", description),
    ]
    if image:
        twitter += [("twitter:image", image["url"]), ("twitter:image:alt", image["alt"])]
    parts.append(
        "\n".join(f'<meta name="{name}" content="{_escaped(value)}">' for name, value in twitter)
    )
    if data is not None:
        parts.append(f'<script type="application/ld+json">{previews.json_ld(data)}</script>')
    return mark_safe("\n".join(parts))
