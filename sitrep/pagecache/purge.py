"""Which front-end cache URLs a publish changes: the page itself and the pages that list it —
its issue, the archive, the home page, topic pages, feeds, the trend monitor, the sitemap.
Wagtail's purge task repeats each URL in every language (WAGTAILFRONTENDCACHE_LANGUAGES).
Paginated pages after the first, and changes that are not a publish (a topic, a setting), are
left to expire (SITREP_SHARED_MAX_AGE): see docs/performance.md."""

from __future__ import annotations

from wagtail.models import Page

HOME_LISTINGS = ("topics/", "trends/", "feed/rss/", "feed/atom/")


def purged_urls(page: Page) -> list[str]:
    urls: list[str] = []
    own = page.get_full_url()
    if own:
        urls += [own + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]
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
    site = page.get_site()
    if site is not None:
        urls.append(f"{site.root_url}/sitemap.xml")
    return list(dict.fromkeys(urls))
