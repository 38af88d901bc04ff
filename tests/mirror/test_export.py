"""The static mirror of a small seeded site: every page type in every language, links that
resolve inside the export (also served under a path prefix), no drafts, the main site's
signup, the mirror's own search page."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading

import pytest
from django.conf import settings

from sitrep.mirror.check import check_mirror
from sitrep.mirror.http_crawl import crawl
from tests.mirror.conftest import BASE_URL

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "be", "ru")
WEEK = "2023-10-09"


def read(mirror, name: str) -> str:
    return (mirror.root / name).read_text()


def all_text(mirror) -> str:
    return "\n".join(
        path.read_text(errors="replace")
        for path in mirror.root.rglob("*")
        if path.is_file() and path.suffix in {".html", ".xml", ".txt", ".csv", ".json"}
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_is_exported_in_every_language(mirror, language):
    expected = [
        f"{language}/index.html",  # home
        f"{language}/issues/index.html",  # archive
        f"{language}/issues/page/2/index.html",  # its second page
        f"{language}/issues/{WEEK}/index.html",  # issue
        f"{language}/issues/{WEEK}/prices-keep-rising/index.html",  # article
        f"{language}/topics/index.html",
        f"{language}/topics/economy/index.html",
        f"{language}/topics/economy/page/2/index.html",
        f"{language}/trends/index.html",
        f"{language}/trends/_/range-all/index.html",
        f"{language}/trends/data.csv",
        f"{language}/trends/data.json",
        f"{language}/trends/economy.svg",
        f"{language}/feed/rss.xml",
        f"{language}/feed/atom.xml",
        f"{language}/topics/economy/feed/atom.xml",
        f"{language}/search/index.html",
    ]
    missing = [name for name in expected if not (mirror.root / name).is_file()]
    assert missing == []
    home = read(mirror, f"{language}/index.html")
    assert f'<html lang="{language}">' in home


def test_site_files_stylesheet_and_every_image_size_are_exported(mirror):
    for name in ("index.html", "sitemap.xml", "robots.txt", "static/css/site.css"):
        assert (mirror.root / name).is_file(), name
    article = read(mirror, f"en/issues/{WEEK}/prices-keep-rising/index.html")
    srcset = re.search(r'srcset="([^"]*)"', article).group(1)
    sizes = [candidate.split()[0] for candidate in srcset.split(",")]
    assert len(sizes) == 3  # featured image: 400, 800 and 1200 pixels wide
    folder = mirror.root / f"en/issues/{WEEK}/prices-keep-rising"
    assert all((folder / size).resolve().is_file() for size in sizes)


def test_links_are_relative_and_resolve_inside_the_export(mirror):
    assert check_mirror(mirror.root) == []
    home = read(mirror, "en/index.html")
    assert 'href="issues/index.html"' in home
    assert 'href="/' not in home and 'src="/' not in home


def test_served_under_a_path_prefix_every_link_answers(mirror, tmp_path):
    """Copied under /some/prefix/ of a plain web server, a crawl from each language's home
    page finds no broken link."""
    published = tmp_path / "www" / "some" / "prefix"
    shutil.copytree(mirror.root, published)
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "www")
    )
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}/some/prefix/"
        result = crawl(
            [f"{base}{code}/index.html" for code in LANGUAGES],
            prefix=base,
        )
    finally:
        server.shutdown()
    assert result.broken == []
    assert result.fetched > 100


def test_drafts_and_unpublished_translations_never_appear(mirror):
    text = all_text(mirror)
    assert "Unfinished draft" not in text
    assert "unfinished-draft" not in text
    # The Russian "border" translation exists but is not published.
    assert not (mirror.root / f"ru/issues/{WEEK}/border-incidents").exists()
    assert "Инциденты на границе" not in text
    assert (mirror.root / f"be/issues/{WEEK}/border-incidents/index.html").is_file()


def test_signup_form_posts_to_the_main_site(mirror):
    for name in ("en/index.html", f"be/issues/{WEEK}/prices-keep-rising/index.html"):
        page = read(mirror, name)
        language = name[:2]
        assert (
            f'<form class="signup-form" method="post" '
            f'action="{settings.SITE_URL}/{language}/newsletter/subscribe/">'
        ) in page


def test_header_search_leads_to_the_mirror_search_page(mirror):
    page = read(mirror, f"ru/issues/{WEEK}/index.html")
    assert 'class="site-search" method="get" action="../../search/index.html"' in page
    search = read(mirror, "ru/search/index.html")
    assert (
        '<script type="module" id="mirror-search-script" src="../../static/mirror/search.js"'
        in search
    )
    assert "Поиск на этой копии сайта работает в вашем браузере" in search


def test_live_site_pages_keep_no_script_and_no_mirror_markup(mirror, client):
    live = client.get(f"/en/issues/{WEEK}/prices-keep-rising/").content.decode()
    assert "<script" not in live.replace('<script type="application/ld+json">', "")
    assert "data-pagefind" not in live
    mirrored = read(mirror, f"en/issues/{WEEK}/prices-keep-rising/index.html")
    assert "data-pagefind-body" in mirrored


def test_trend_monitor_filter_form_becomes_links_to_exported_ranges(mirror):
    page = read(mirror, "be/trends/index.html")
    assert '<form class="trend-controls"' not in page
    assert '<a href="_/range-all/index.html">усе тыдні</a>' in page


def test_feeds_and_sitemap_point_to_the_mirror_with_a_base_url(mirror):
    feed = read(mirror, "en/feed/rss.xml")
    assert f"{BASE_URL}en/issues/{WEEK}/prices-keep-rising/" in feed
    assert settings.SITE_URL not in feed
    sitemap = read(mirror, "sitemap.xml")
    assert f"<loc>{BASE_URL}be/topics/economy/</loc>" in sitemap
    assert f"Sitemap: {BASE_URL}sitemap.xml" in read(mirror, "robots.txt")
    # The canonical address stays the main site's.
    article = read(mirror, f"en/issues/{WEEK}/prices-keep-rising/index.html")
    canonical = f"{settings.SITE_URL}/en/issues/{WEEK}/prices-keep-rising/"
    assert f'<link rel="canonical" href="{canonical}">' in article
