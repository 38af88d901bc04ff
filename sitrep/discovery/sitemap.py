"""The sitemap: every live public page in every language, with reciprocal hreflang alternates.

Built from plain values in a fixed number of queries; a page is grouped with its translations by
`translation_key`, and every member of a group lists all of them (itself included) plus
`x-default`, as search engines require alternates to be reciprocal.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Page, PageViewRestriction

from sitrep.publishing.models import ArticlePage, Topic
from sitrep.publishing.page_urls import public_path, root_paths

# Sub-routes of every language's home page that are pages of their own.
HOME_ROUTES = ("topics/",)


@dataclass
class SitemapEntry:
    location: str
    lastmod: datetime.datetime | None
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, location)


def _grouped(members: dict[object, dict[str, tuple[str, datetime.datetime | None]]], absolute):
    entries = []
    for group in members.values():
        alternates = [
            (code, absolute(group[code][0])) for code, _n in settings.LANGUAGES if code in group
        ]
        default = group.get(settings.LANGUAGE_CODE)
        if default is not None:
            alternates.append(("x-default", absolute(default[0])))
        for path, lastmod in group.values():
            entries.append(
                SitemapEntry(absolute(path), lastmod, alternates if len(group) > 1 else [])
            )
    return entries


def sitemap_entries(absolute) -> list[SitemapEntry]:
    """`absolute(path)` makes a path absolute (the request's scheme and host)."""
    roots = root_paths()
    hidden = set(
        ArticlePage.objects.live().filter(issue_week__live=False).values_list("pk", flat=True)
    )
    restricted_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    pages = (
        Page.objects.live()
        .filter(depth__gte=2)
        .values_list("pk", "translation_key", "locale__language_code", "url_path", "path",
                     "last_published_at")
        .order_by("path")
    )  # fmt: skip
    groups: dict[object, dict[str, tuple[str, datetime.datetime | None]]] = defaultdict(dict)
    homes: dict[object, dict[str, tuple[str, datetime.datetime | None]]] = defaultdict(dict)
    for pk, key, code, url_path, path, lastmod in pages:
        if pk in hidden or any(path.startswith(prefix) for prefix in restricted_paths):
            continue
        location = public_path(url_path, code, roots)
        groups[key][code] = (location, lastmod)
        if location == f"/{code}/":
            homes[key][code] = (location, lastmod)
    for route in HOME_ROUTES:
        for home in list(homes.values()):
            groups[("route", route)].update(
                {code: (f"{path}{route}", None) for code, (path, _lastmod) in home.items()}
            )
    topics = Topic.objects.values_list("translation_key", "locale__language_code", "slug")
    for key, code, slug in topics:
        groups[("topic", key)][code] = (f"/{code}/topics/{slug}/", None)
    return _grouped(groups, absolute)
