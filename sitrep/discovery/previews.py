"""What link previews and search engines read from a page's <head>: Open Graph, Twitter card and
schema.org JSON-LD. Pure: takes plain values, returns dicts; the template tag fills them in."""

from __future__ import annotations

import datetime
import json
from typing import Any

OG_LOCALES = {"en": "en_GB", "be": "be_BY", "ru": "ru_RU"}
# What json.dumps leaves that could end the <script> element or start markup.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict[str, Any]) -> str:
    """JSON for a <script type="application/ld+json"> element, safe against `</script>`."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)


def iso(moment: datetime.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def news_article(
    *,
    headline: str,
    description: str,
    url: str,
    language: str,
    published: datetime.datetime | None,
    modified: datetime.datetime | None,
    authors: list[str],
    image: dict[str, str] | None,
    issue: dict[str, str],
    topic: str,
    publisher: dict[str, str],
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "description": description,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": language,
        "datePublished": iso(published),
        "dateModified": iso(modified or published),
        "author": [{"@type": "Person", "name": name} for name in authors],
        "isPartOf": {"@type": "PublicationIssue", **issue},
        "about": {"@type": "Thing", "name": topic},
        "publisher": {"@type": "Organization", **publisher},
    }
    if image:
        data["image"] = {"@type": "ImageObject", **image}
    return data


def issue_collection(
    *, name: str, url: str, language: str, articles: list[dict[str, str]], publisher: dict[str, str]
) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": ["CollectionPage", "PublicationIssue"],
        "name": name,
        "url": url,
        "inLanguage": language,
        "publisher": {"@type": "Organization", **publisher},
        "hasPart": [{"@type": "NewsArticle", **article} for article in articles],
    }


def organization_and_site(
    *, name: str, url: str, language: str, search_url: str | None
) -> list[dict[str, Any]]:
    site: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": name,
        "url": url,
        "inLanguage": language,
    }
    if search_url:
        site["potentialAction"] = {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        }
    organization = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "url": url,
    }
    return [organization, site]
