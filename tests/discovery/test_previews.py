"""Link previews (Open Graph, Twitter) and schema.org data in each page's head."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from sitrep.discovery.previews import json_ld

pytestmark = pytest.mark.django_db


def head(client, path):
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    meta = {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in soup.head.select("meta[content]")
    }
    data = [
        json.loads(tag.string) for tag in soup.head.select('script[type="application/ld+json"]')
    ]
    return meta, data, soup


def test_article_preview_and_news_article_data(client, publication):
    meta, data, soup = head(client, "/ru/issues/2023-10-09/prices-keep-rising/")
    assert meta["og:type"] == "article"
    assert meta["og:title"] == "Цены продолжают расти"
    assert meta["og:description"] == meta["description"] == "Цены продолжают расти: lead (ru)."
    assert meta["og:url"] == "http://testserver/ru/issues/2023-10-09/prices-keep-rising/"
    assert soup.head.select_one('link[rel="canonical"]')["href"] == meta["og:url"]
    assert meta["og:locale"] == "ru_RU"
    assert meta["og:image"].startswith("http://testserver/media/")
    assert meta["og:image:alt"] == "Grain silos under a grey sky"
    assert meta["twitter:card"] == "summary_large_image"
    [article] = data
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Цены продолжают расти"
    assert article["inLanguage"] == "ru"
    assert article["datePublished"] and article["dateModified"]
    assert [a["name"] for a in article["author"]] == ["Анна Лис", "Ян Бель"]
    assert article["image"]["creditText"] == "Jane Roe / Sitrep"
    assert article["isPartOf"]["url"] == "http://testserver/ru/issues/2023-10-09/"
    assert article["about"]["name"] == "Экономика"


def test_issue_page_describes_its_collection(client, publication):
    _meta, [issue], _soup = head(client, "/en/issues/2023-10-09/")
    assert "PublicationIssue" in issue["@type"]
    assert {part["headline"] for part in issue["hasPart"]} == {
        "Prices keep rising", "Budget gap widens", "Border incidents", "School year opens"
    }  # fmt: skip


def test_home_page_names_the_organization_and_site(client, publication):
    meta, data, _soup = head(client, "/be/")
    assert meta["og:type"] == "website"
    assert meta["og:locale"] == "be_BY"
    [items] = data
    assert {item["@type"] for item in items} == {"Organization", "WebSite"}


def test_json_ld_cannot_close_its_script_element():
    text = json_ld({"headline": "</script><script>alert(1)</script> & more"})
    assert "</script" not in text and "<" not in text
    assert json.loads(text)["headline"] == "</script><script>alert(1)</script> & more"


@pytest.mark.parametrize(
    "path", ["/en/", "/be/", "/ru/", "/en/issues/", "/be/topics/", "/ru/issues/2023-10-09/"]
)
def test_every_page_has_a_meta_description_matching_its_preview(client, publication, path):
    # Search engines show it under the link (Lighthouse's SEO audit fails a page without one).
    meta, _data, _soup = head(client, path)
    assert meta["description"].strip()
    assert meta["description"] == meta["og:description"]


def test_issue_description_is_its_summary(client, publication):
    meta, _data, _soup = head(client, "/en/issues/2023-10-09/")
    assert meta["description"] == "Prices rose while talks stalled."


def test_article_hero_renditions_are_looked_up_once(client, publication, monkeypatch, settings):
    """The link preview's image is one of the hero's srcset sizes: the head looks all of them up
    in one go, and the srcset in the body reuses them instead of asking the cache again."""
    from django.core.cache import caches

    settings.PAGE_CACHE_ENABLED = False  # each request renders
    path = "/ru/issues/2023-10-09/prices-keep-rising/"
    client.get(path)  # renditions made and cached
    backend = type(caches["renditions"])
    lookups = []
    original = backend.get_many

    def counted(self, keys, version=None):
        lookups.append(list(keys))
        return original(self, keys, version=version)

    monkeypatch.setattr(backend, "get_many", counted)
    meta, _data, soup = head(client, path)
    [hero] = soup.select(".figure--featured img")
    srcset_urls = ["http://testserver" + part.split()[0] for part in hero["srcset"].split(",")]
    assert meta["og:image"] in srcset_urls
    assert len(srcset_urls) == 3
    keys = [key for lookup in lookups for key in lookup]
    assert len(lookups[0]) == 3  # the hero's sizes, by the head
    assert len(keys) == len(set(keys))  # none asked again (a body image block has its own)
