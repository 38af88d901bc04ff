"""Public URLs of pages: read as plain values (no page objects) for long lists such as the
sitemap and the trend monitor, and Wagtail's own page URLs at a constant cost per page for the
lists the pages show (issue 10)."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf
from django.utils import translation
from wagtail.coreutils import WAGTAIL_APPEND_SLASH
from wagtail.models import Page, Site

# What `reverse()` puts into a URL unchanged (no percent-encoding): ASCII slugs, each with its
# trailing slash, as Wagtail's url_path has them.
PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9_-]+/)*")

UrlParts = tuple[int, str | None, str | None] | None


def root_paths() -> dict[str, str]:
    """language code -> the internal url_path of that language's home page (cached by Wagtail)."""
    return {root.language_code: root.root_path for root in Site.get_site_root_paths()}


def public_path(url_path: str, language: str, roots: dict[str, str]) -> str:
    """'/home-be/issues/2023-10-09/x/' -> '/be/issues/2023-10-09/x/'."""
    root = roots.get(language, "/")
    return f"/{language}/{url_path[len(root) :]}" if url_path.startswith(root) else url_path


def _site_root_paths(request) -> list:
    # Where Wagtail's own Page._get_site_root_paths keeps them for the request.
    try:
        return request._wagtail_cached_site_root_paths
    except AttributeError:
        request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
        return request._wagtail_cached_site_root_paths


# (site root, active language, script prefix, URLconf) -> the URL Wagtail gives that root, or
# None where its serve view is not routable. The same in every request: a root's URL depends only
# on these; a moved or renamed root is another key. Bounded, as the script prefix comes from the
# server's environ.
_root_urls: dict[tuple, str | None] = {}
_ROOT_URLS_MAX = 256


@receiver(setting_changed)
def _forget_root_urls(**kwargs) -> None:
    """Tests that change the URLconf or the languages."""
    _root_urls.clear()


def url_parts(url_path: str, request, wagtail_url_parts: Callable[[], UrlParts]) -> UrlParts:
    """Wagtail's `Page.get_url_parts(request)` for the page at `url_path`, with Wagtail's
    `reverse()` done once per site root, language and script prefix in this process instead of
    once per page.

    Wagtail reverses its serve view under `translation.override` for every page (~40 µs): an
    archive page links 140 pages, so its links cost grew with the weeks it lists. The URL of a
    page is its site root's URL followed by the rest of its `url_path`, which `reverse()`
    passes through unchanged when it holds only ASCII slug characters. So the first page of
    each site root gets its URL from Wagtail (`wagtail_url_parts`), and the root's URL
    (language prefix, script prefix) serves that root's other pages. Pages of several sites and
    paths `reverse()` would encode always go to Wagtail."""
    if not WAGTAIL_APPEND_SLASH:
        return wagtail_url_parts()
    possible_sites = [
        root for root in _site_root_paths(request) if url_path.startswith(root.root_path)
    ]
    if not possible_sites or len({root.site_id for root in possible_sites}) > 1:
        return wagtail_url_parts()
    root = possible_sites[0]
    rest = url_path[len(root.root_path) :]
    if not PLAIN_PATH.fullmatch(rest):
        return wagtail_url_parts()
    # Wagtail uses the active language where it is a variant of the root's language.
    key = (root, translation.get_language(), get_script_prefix(), get_urlconf())
    if key in _root_urls:
        root_url = _root_urls[key]
        if root_url is None:
            return (root.site_id, None, None)  # Wagtail's serve view is not routable
        return (root.site_id, root.root_url, root_url + rest)
    parts = wagtail_url_parts()
    if len(_root_urls) >= _ROOT_URLS_MAX:
        _root_urls.clear()
    if parts is not None and parts[2] is None:
        _root_urls[key] = None
    elif parts is not None and parts[2] is not None and parts[2].endswith(rest):
        _root_urls[key] = parts[2][: len(parts[2]) - len(rest)]
    return parts


def page_url(url_path: str, request) -> str | None:
    """What Wagtail's `Page.get_url(request)` gives for the page at `url_path`, for pages read
    as values rather than page objects: local where the page is on the request's site or
    there is only one site, else with the site's root URL; None if not routable."""
    parts = url_parts(url_path, request, lambda: Page(url_path=url_path).get_url_parts(request))
    if parts is None or parts[1] is None and parts[2] is None:
        return None
    site_id, root_url, path = parts
    current_site = Site.find_for_request(request)
    if (current_site is not None and site_id == current_site.id) or len(
        {root.site_id for root in _site_root_paths(request)}
    ) == 1:
        return path
    return f"{root_url}{path}"


class PrefixedUrlMixin:
    """Page URLs through `url_parts` above: Wagtail's URLs, its `reverse()` once per site root
    and request. Without a request (nothing to keep the root's URL on) Wagtail does it all."""

    def get_url_parts(self, request=None):
        wagtail_url_parts = super().get_url_parts
        if request is None:
            return wagtail_url_parts(request)
        return url_parts(self.url_path, request, lambda: wagtail_url_parts(request))
