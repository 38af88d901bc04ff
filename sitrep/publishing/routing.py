"""Finding the page for a URL with two queries instead of six (issue 10).

Wagtail's `Page.route_for_request` asks the database, on every request, for the site (by host
and port), the active locale, the home page in that language and then its specific object,
before it walks down the tree one query per URL segment. The sites, locales, home pages and
issue archives are a handful of rows that change rarely and all at once: they are read once per
content generation (`GenerationMemo`) and each request gets fresh page objects built from
them, so only the issue and the article are looked up. The route is the one Wagtail would find
— the same site, the same language fallback, the same `route()` methods from the home page down
— and whatever this does not cover (a site whose root is not a home page) is left to Wagtail.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.url_routing import RouteResult

from sitrep.core.generation import GenerationMemo, Row


@dataclass(frozen=True)
class TopOfTree:
    """The home pages and issue archives of every language, and the locales."""

    locales: dict[str, int]  # language code -> locale id
    homes: dict[int, Row]  # page id -> row
    translations: dict[tuple[object, int], int]  # (translation key, locale id) -> home page id
    archives: list[Row]


def _top_of_tree() -> TopOfTree:
    from .models import HomePage, IssueIndexPage

    homes = list(HomePage.objects.all())
    return TopOfTree(
        locales=dict(Locale.objects.values_list("language_code", "pk")),
        homes={page.pk: Row.of(page) for page in homes},
        translations={(page.translation_key, page.locale_id): page.pk for page in homes},
        archives=[Row.of(page) for page in IssueIndexPage.objects.all()],
    )


def _site_for(host_and_port: tuple[str, object]) -> Row | None:
    try:
        site = get_site_for_hostname(*host_and_port)
    except Site.DoesNotExist:
        return None
    return Row.of(site)


_tree = GenerationMemo(_top_of_tree)
# Keyed by the request's host name, which the client chooses: bounded.
_sites = GenerationMemo(_site_for, max_entries=32)


def language_codes() -> dict[int, str]:
    """The language code of each locale id."""
    return {pk: code for code, pk in _tree.get().locales.items()}


def find_site(request: HttpRequest) -> Site | None:
    """`Site.find_for_request`, with the site read once per generation and host."""
    # Wagtail's own per-request attribute and host look-up (the host unchecked, as in Wagtail).
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
        row = _sites.get((hostname, request.get_port()))
        request._wagtail_site = row.build() if row is not None else None  # type: ignore[attr-defined]
    return request._wagtail_site  # type: ignore[attr-defined]


def _active_locale_id(locales: dict[str, int]) -> int | None:
    """`Locale.get_active().pk` (None where Wagtail's `localized` would keep the page as is)."""
    for code in (translation.get_language(), settings.LANGUAGE_CODE):
        if not code:
            continue
        try:
            return locales[get_supported_content_language_variant(code)]
        except (LookupError, KeyError):
            continue
    return None


def localized_home(root_page_id: int):
    """`site.root_page.localized.specific` for a root that is a home page, else None."""
    tree = _tree.get()
    root = tree.homes.get(root_page_id)
    if root is None:
        return None
    home = root.build()
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return home
    locale_id = _active_locale_id(tree.locales)
    if locale_id is None or locale_id == home.locale_id:
        return home
    translated = tree.translations.get((home.translation_key, locale_id))
    if translated is None:
        return home
    other = tree.homes[translated].build()
    return other if other.live else home


def archive_of(home, slug: str):
    """The issue archive under `home` with this slug (a fresh object), or None."""
    for row in _tree.get().archives:
        archive = row.build()
        if (
            archive.slug == slug
            and archive.depth == home.depth + 1
            and archive.path.startswith(home.path)
        ):
            return archive
    return None


def _any_view_restriction() -> bool:
    return PageViewRestriction.objects.exists()


_restrictions = GenerationMemo(_any_view_restriction)


def view_restrictions(page: Page):
    """`page.get_view_restrictions()`, without its two queries (the page's ancestors, then
    their restrictions) while no page of the site is private: Wagtail checks them on every page
    it serves. A private page anywhere, and Wagtail's own look-up runs for every page."""
    if not _restrictions.get():
        return PageViewRestriction.objects.none()
    return Page.get_view_restrictions(page)


def route_for_request(request: HttpRequest, path: str) -> RouteResult | None | bool:
    """What `Page.route_for_request` would find, cached on the request as Wagtail caches it;
    False when this module does not cover the site (Wagtail then routes as usual)."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = find_site(request)
    if site is None:
        result = None
    else:
        home = localized_home(site.root_page_id)
        if home is None:
            return False
        try:
            result = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            result = None
    request._wagtail_route_for_request = result  # type: ignore[attr-defined]
    return result
