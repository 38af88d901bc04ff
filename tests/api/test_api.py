"""The read API /api/v1/ in the three languages: what each endpoint shows, what it never shows,
pagination, caching and errors (docs/api.md)."""

from __future__ import annotations

import datetime

import pytest
from django.utils import translation

from sitrep.publishing.models import ArticlePage
from sitrep.publishing.trends import trend_sentence
from tests import factories as f

from .conftest import LANGUAGES, MARKER, TITLES, WEEK

pytestmark = pytest.mark.django_db
API = "/api/v1"
OTHERS = {code: [c for c in LANGUAGES if c != code] for code in LANGUAGES}


def get(client, url: str, status: int = 200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.content[:500])
    return response


@pytest.mark.parametrize("code", LANGUAGES)
def test_issues_by_language_and_by_week(client, content, code):
    listed = get(client, f"{API}/issues?language={code}").json()
    assert [i["week"] for i in listed["results"]] == ["2024-03-11", "2024-03-04"]
    assert {i["language"] for i in listed["results"]} == {code}
    assert listed["results"][1]["url"] == f"http://testserver/{code}/issues/2024-03-04/"

    issue = get(client, f"{API}/issues/2024-03-04?language={code}").json()
    titles = [a["title"] for a in issue["articles"]]
    # In the issue's order: by topic (economy, security, society), as on the issue page.
    expected = [f"{TITLES[code][index]} 0" for index in (0, 2, 1)]
    assert [t for t in titles if t != "Only in English"] == expected
    assert {a["language"] for a in issue["articles"]} == {code}
    assert sorted(t["language"] for t in issue["translations"]) == sorted(OTHERS[code])
    assert all(t["url"].endswith("/issues/2024-03-04/") for t in issue["translations"])


@pytest.mark.parametrize("code", LANGUAGES)
def test_article_detail_shows_body_trend_authors_image_and_translations(client, content, code):
    article = content.articles[(0, 0)][code]
    data = get(client, f"{API}/articles/{article.pk}").json()
    assert data["language"] == code
    assert data["title"] == f"{TITLES[code][0]} 0"
    assert "<p>First paragraph &amp; more.</p>" in data["body_html"]
    assert data["body_text"] == "What changed\nFirst paragraph & more.\nSecond one."
    assert data["trend"] == "improved"
    with translation.override(code):
        assert data["trend_sentence"] == trend_sentence("improved")
    assert [a["name"] for a in data["authors"]] == [content.writer[code].name]
    assert data["topic"]["name"] == content.topics["economy"][code].name
    assert data["image"]["credit"] == "Photo: Ivan Bely"
    assert data["image"]["url"].startswith("http://testserver/media/")
    assert data["url"] == f"http://testserver/{code}/issues/2024-03-04/article-0-0/"
    assert data["issue"]["week"] == "2024-03-04"
    by_language = {t["language"]: t["url"] for t in data["translations"]}
    assert by_language == {
        other: f"http://testserver/{other}/issues/2024-03-04/article-0-0/" for other in OTHERS[code]
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_article_list_filters(client, content, code):
    found = get(client, f"{API}/articles?language={code}&topic=society").json()
    assert [a["title"] for a in found["results"]] == [
        f"{TITLES[code][1]} 1",
        f"{TITLES[code][1]} 0",
    ]
    assert {a["trend"] for a in found["results"]} == {"worsened"}
    by_trend = get(client, f"{API}/articles?language={code}&trend=worsened").json()
    assert by_trend["count"] == 2
    one_week = get(client, f"{API}/articles?language={code}&week_from=2024-03-11").json()
    assert {a["week"] for a in one_week["results"]} == {"2024-03-11"}
    both = get(client, f"{API}/articles?language={code}&week_from=2024-03-04&week_to=2024-03-04")
    assert {a["week"] for a in both.json()["results"]} == {"2024-03-04"}


def test_bad_filters_are_400_with_a_message(client, content):
    cases = {
        "/articles?topic=nonexistent": "Unknown topic",
        "/articles?trend=sideways": "Invalid parameters",
        "/articles?language=de": "Invalid parameters",
        "/articles?week_from=2024-03-11&week_to=2024-03-04": "week_from is after week_to",
        "/articles?week_from=yesterday": "Invalid parameters",
        "/issues/2024-03-05": "is not a Monday",
        "/issues/2024-02-30": "Invalid parameters",
        "/search?q=": "Invalid parameters",
        "/search?q=x&date_from=2024-03-11&date_to=2024-03-04": "date_from is after date_to",
        "/articles/0": "Invalid parameters",
        "/articles/99999999999999999999": "Invalid parameters",
    }
    for path, message in cases.items():
        response = get(client, API + path, 400)
        assert response["Content-Type"].startswith("application/json")
        assert message in response.json()["detail"], path


@pytest.mark.parametrize("code", LANGUAGES)
def test_topics_and_authors(client, content, code):
    topics = get(client, f"{API}/topics?language={code}").json()["results"]
    assert [t["slug"] for t in topics] == ["economy", "security", "society"]
    assert topics[0]["name"] == content.topics["economy"][code].name
    assert topics[0]["url"] == f"http://testserver/{code}/topics/economy/"
    authors = get(client, f"{API}/authors?language={code}").json()["results"]
    assert [a["name"] for a in authors] == [content.writer[code].name]


@pytest.mark.parametrize(
    ("code", "query"), [("en", "Hrodna"), ("be", "Гродне"), ("ru", "Гродно"), ("ru", "Hrodna")]
)
def test_search_uses_the_site_engine(client, content, code, query):
    data = get(client, f"{API}/search?q={query}&language={code}").json()
    assert data["count"] == 2
    assert {hit["language"] for hit in data["results"]} == {code}
    assert all("<mark>" in hit["title_html"] for hit in data["results"])
    assert data["results"][0]["api_url"].startswith("http://testserver/api/v1/articles/")


def test_search_all_languages_and_filters(client, content):
    everywhere = get(client, f"{API}/search?q=Hrodna").json()
    assert {hit["language"] for hit in everywhere["results"]} == set(LANGUAGES)
    later = get(client, f"{API}/search?q=Hrodna&date_from=2024-03-11&language=en").json()
    assert [hit["week"] for hit in later["results"]] == ["2024-03-11"]
    assert get(client, f"{API}/search?q=Hrodna&topic=society").json()["count"] == 0
    hostile = ['"', "*", "NEAR(", "a -b", "x:y", "\x01", "\x00", "%00", "' OR 1=1 --", "é" * 999]
    for text in hostile:
        response = client.get(f"{API}/search", {"q": text, "language": "all"})
        assert response.status_code == 200, text


def test_drafts_private_and_unpublished_pages_appear_nowhere(client, content):
    hidden = ArticlePage.objects.filter(title__contains=MARKER)
    assert hidden.count() == 4
    bodies = []
    for page in hidden:
        bodies.append(get(client, f"{API}/articles/{page.pk}", 404).content)
    for resource in ("issues", "articles", "topics", "authors"):
        bodies.append(get(client, f"{API}/{resource}?page_size=100").content)
    for article in ArticlePage.objects.all():
        bodies.append(client.get(f"{API}/articles/{article.pk}").content)
    for weeks in range(4):
        week = (WEEK + datetime.timedelta(weeks=weeks)).isoformat()
        for code in LANGUAGES:
            bodies.append(client.get(f"{API}/issues/{week}?language={code}").content)
    for code in (*LANGUAGES, "all"):
        data = get(client, f"{API}/search?q={MARKER}&language={code}").json()
        assert data["count"] == 0
        bodies.append(get(client, f"{API}/search?q=Черновик&language={code}").content)
    for body in bodies:
        assert MARKER not in body.decode()
    issues = get(client, f"{API}/issues?language=en").json()["results"]
    assert "2024-03-18" not in {i["week"] for i in issues}  # unpublished
    assert "2024-03-25" not in {i["week"] for i in issues}  # private


def test_pagination_is_stable_and_bounded(client, content):
    seen, url = [], f"{API}/articles?page_size=4"
    while url:
        data = get(client, url).json()
        assert len(data["results"]) <= 4
        seen += [a["id"] for a in data["results"]]
        url = data["next"]
    assert len(seen) == len(set(seen)) == data["count"] == 19
    assert data["pages"] == 5
    assert get(client, f"{API}/articles?page_size=100")
    assert (
        "page_size"
        in get(client, f"{API}/articles?page_size=101", 400).json()["errors"][0]["param"]
    )
    past = get(client, f"{API}/articles?page_size=4&page=6", 404).json()
    assert "past the end" in past["detail"]
    empty = get(client, f"{API}/search?q=nothingmatchesthis").json()
    assert empty["count"] == 0 and empty["results"] == []


def test_caching_headers_and_conditional_get(client, content):
    first = get(client, f"{API}/articles?language=be")
    assert first["Cache-Control"] == "public, max-age=60"
    assert first["ETag"] and first["Last-Modified"]
    again = get(client, f"{API}/articles?language=be", 304, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.content == b""
    assert again["Access-Control-Allow-Origin"] == "*"
    get(client, f"{API}/articles?language=be", 304, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    # Gzipped, the ETag becomes weak; sent back it still matches.
    zipped = get(client, f"{API}/articles?language=be", HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["ETag"].startswith("W/")
    get(client, f"{API}/articles?language=be", 304, HTTP_IF_NONE_MATCH=zipped["ETag"])
    # A new article changes the list: the old ETag no longer matches.
    f.make_article(
        content.issues[WEEK]["be"], title="Новы артыкул", slug="novy",
        topic=content.topics["economy"]["be"],
    )  # fmt: skip
    changed = get(client, f"{API}/articles?language=be", 200, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed["ETag"] != first["ETag"]
    assert "private" in get(client, f"{API}/search?q=Hrodna")["Cache-Control"]


def test_errors_methods_cors_and_csp(client, content):
    missing = get(client, f"{API}/no-such-thing", 404)  # JSON, not a redirect to /en/…
    assert missing.json()["detail"].startswith("No API endpoint")
    assert get(client, f"{API}/articles/999999", 404)["Content-Type"].startswith("application/json")
    assert get(client, f"{API}/issues/2030-01-07?language=ru", 404).json()["detail"]
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(f"{API}/articles")
        assert response.status_code == 405
        assert "read-only" in response.json()["detail"]
        assert response["Allow"] == "GET, HEAD, OPTIONS"
    preflight = client.options(f"{API}/articles", HTTP_ORIGIN="https://example.org")
    assert preflight.status_code == 204
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    head = client.head(f"{API}/topics")
    assert head.status_code == 200 and head.content == b""
    ok = get(client, f"{API}/topics", HTTP_ORIGIN="https://example.org")
    assert ok["Access-Control-Allow-Origin"] == "*"
    assert ok["Content-Type"].startswith("application/json")
    assert "default-src 'none'" in ok["Content-Security-Policy"]  # harmless for JSON
    document = get(client, f"{API}/openapi.json").json()
    assert set(document["paths"]) == {
        "/api/v1/issues", "/api/v1/issues/{week}", "/api/v1/articles",
        "/api/v1/articles/{article_id}", "/api/v1/topics", "/api/v1/authors", "/api/v1/search",
    }  # fmt: skip
    get(client, f"{API}/docs", 404)  # no HTML docs page loading a CDN's scripts
