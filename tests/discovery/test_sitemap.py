"""The sitemap and robots.txt, as a search engine reads them."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client) -> dict[str, dict[str, str]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        entries[loc] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
    return entries


def test_every_live_page_in_every_language_and_nothing_hidden(client, publication):
    entries = read_sitemap(client)
    base = "http://testserver"
    for lang in ("en", "be", "ru"):
        for path in ("/", "/issues/", "/issues/2023-10-09/", "/issues/2023-10-02/", "/topics/",
                     "/topics/economy/", "/issues/2023-10-09/prices-keep-rising/"):  # fmt: skip
            assert f"{base}/{lang}{path}" in entries, (lang, path)
    assert f"{base}/en/issues/2023-10-09/school-year-opens/" in entries
    assert f"{base}/ru/issues/2023-10-09/border-incidents/" not in entries  # unpublished
    assert not any("unfinished-draft" in loc for loc in entries)
    assert all(loc.startswith("http://testserver/") for loc in entries)


def test_alternates_are_reciprocal_and_absolute(client, publication):
    entries = read_sitemap(client)
    by_group = defaultdict(set)
    for loc, alternates in entries.items():
        for code, href in alternates.items():
            assert href.startswith("http://testserver/")
            if code != "x-default":
                # Every alternate lists this page back, under this page's language.
                assert entries[href], href
                assert loc in entries[href].values()
        by_group[frozenset(alternates.items())].add(loc)
    prices = entries["http://testserver/be/issues/2023-10-09/prices-keep-rising/"]
    assert prices == {
        "en": "http://testserver/en/issues/2023-10-09/prices-keep-rising/",
        "be": "http://testserver/be/issues/2023-10-09/prices-keep-rising/",
        "ru": "http://testserver/ru/issues/2023-10-09/prices-keep-rising/",
        "x-default": "http://testserver/en/issues/2023-10-09/prices-keep-rising/",
    }
    border = entries["http://testserver/en/issues/2023-10-09/border-incidents/"]
    assert set(border) == {"en", "be", "x-default"}


def test_unpublishing_an_issue_removes_it_and_its_articles(client, publication):
    publication.issues["be"]["current"].unpublish()
    entries = read_sitemap(client)
    assert not any(loc.startswith("http://testserver/be/issues/2023-10-09/") for loc in entries)
    assert "http://testserver/en/issues/2023-10-09/prices-keep-rising/" in entries


def test_robots_points_to_the_sitemap_and_keeps_admin_and_token_pages_out(client, publication):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    for lang in ("en", "be", "ru"):
        assert f"Disallow: /{lang}/newsletter/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_can_be_fetched_from_a_public_page(client, publication):
    # Audit tools (Lighthouse's robots.txt check) fetch it in the page's context: the page's
    # policy must allow a same-origin fetch, or they report robots.txt as missing.
    policy = client.get("/en/")["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert "'self'" in directives["connect-src"]
    assert client.head("/robots.txt").status_code == 200
    assert client.head("/sitemap.xml").status_code == 200
