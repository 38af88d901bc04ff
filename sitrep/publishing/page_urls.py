"""Public URLs of pages: read as plain values (no page objects) for long lists such as the
sitemap and the trend monitor, and Wagtail's own page URLs at a constant cost per page for the
lists the pages show (issue 10)."""

from __future__ import annotations

import re

from django.utils import translation
from wagtail.coreutils import WAGTAIL_APPEND_SLASH
from wagtail.models import Site

# What `reverse()` puts into a URL unchanged (no percent-encoding): ASCII slugs, each with its
# trailing slash, as Wagtail's url_path has them.
PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9_-]+/)*")


def root_paths() -> dict[str, str]:
    """language code -> the internal url_path of that language's home page (cached by Wagtail)."""
    return {root.language_code: root.root_path for root in Site.get_site_root_paths()}


def public_path(url_path: str, language: str, roots: dict[str, str]) -> str:
    """'/home-be/issues/2023-10-09/x/' -> '/be/issues/2023-10-09/x/'."""
    root = roots.get(language, "/")
    return f"/{language}/{url_path[len(root) :]}" if url_path.startswith(root) else url_path


class PrefixedUrlMixin:
    """Page URLs built as Wagtail builds them, with its `reverse()` done once per site root,
    language and request instead of once per page.

    Wagtail's `get_url_parts` reverses its serve view under `translation.override` for every
    page (~40 µs): an archive page links 140 pages, so the links cost grew with the weeks a
    page lists. The URL of a page below a site root is that root's URL followed by the rest of
    the page's `url_path`, which `reverse()` passes through unchanged when it holds only ASCII
    slug characters. So the first page of each site root in a request gets its URL from
    Wagtail, and the root's URL (the language prefix, the script prefix) kept on the request
    serves every other page of that root. Pages of several sites, paths `reverse()` would
    encode, and calls without a request go to Wagtail as they are."""

    def get_url_parts(self, request=None):
        if request is None or not WAGTAIL_APPEND_SLASH:
            return super().get_url_parts(request)
        possible_sites = self._get_relevant_site_root_paths(request)
        if not possible_sites or len({root.site_id for root in possible_sites}) > 1:
            return super().get_url_parts(request)
        root = possible_sites[0]
        rest = self.url_path[len(root.root_path) :]
        if not PLAIN_PATH.fullmatch(rest):
            return super().get_url_parts(request)
        # Wagtail uses the active language where it is a variant of the root's language.
        key = (root, translation.get_language())
        known = getattr(request, "_sitrep_root_urls", None)
        if known is None:
            known = request._sitrep_root_urls = {}
        if key in known:
            root_url = known[key]
            if root_url is None:
                return (root.site_id, None, None)  # the serve view is not routable
            return (root.site_id, root.root_url, root_url + rest)
        parts = super().get_url_parts(request)
        if parts is not None and parts[2] is None:
            known[key] = None
        elif parts is not None and parts[2].endswith(rest):
            known[key] = parts[2][: len(parts[2]) - len(rest)]
        return parts
