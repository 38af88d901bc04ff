"""Which front-end cache URLs a publish changes, beyond the page itself (which
wagtail.contrib.frontend_cache purges): the pages that list it — its issue, the archive, the
home page, topic pages, feeds, the trend monitor, the sitemap. The purge task repeats each URL
in every language (WAGTAILFRONTENDCACHE_LANGUAGES). Paginated pages after the first are left to
expire (SITREP_SHARED_MAX_AGE): see docs/performance.md."""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Page

HOME_LISTINGS = ("topics/", "trends/", "feed/rss/", "feed/atom/")


def listing_urls(page: Page) -> list[str]:
    urls: list[str] = []
    home = ""
    for ancestor in page.get_ancestors().filter(depth__gt=1).live():
        url = ancestor.get_full_url()
        if not url:
            continue
        urls.append(url)
        if ancestor.depth == 2:  # a language's home page
            home = url
            urls.extend(home + path for path in HOME_LISTINGS)
    slug = getattr(getattr(page.specific_deferred, "topic", None), "slug", "")
    if home and slug:
        urls += [f"{home}topics/{slug}/{tail}" for tail in ("", "feed/rss/", "feed/atom/")]
    urls.append(f"{settings.SITE_URL}/sitemap.xml")
    return list(dict.fromkeys(urls))
