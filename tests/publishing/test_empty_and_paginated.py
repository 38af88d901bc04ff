"""Pages of a publication with no issues yet, and of a long archive."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup

from sitrep.publishing.models import ARCHIVE_PAGE_SIZE
from tests import factories as f


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


@pytest.mark.django_db
def test_home_without_issues_says_so(client, site_structure):
    page = soup(client.get("/en/"))
    assert "first weekly review has not been published" in page.text


@pytest.mark.django_db
def test_archive_paginates_accessibly(client, site_structure):
    for week in range(ARCHIVE_PAGE_SIZE + 2):
        f.make_issue(f.BASE_WEEK + datetime.timedelta(weeks=week), revision=False)

    first = soup(client.get("/en/issues/"))
    assert len(first.select(".archive-list__item")) == ARCHIVE_PAGE_SIZE
    nav = first.select_one("nav.pagination")
    assert nav["aria-label"]
    assert nav.select_one("a[aria-current=page]").get_text(" ", strip=True).endswith("1")
    assert nav.select_one("a[rel=next]")["href"] == "?page=2"

    second = soup(client.get("/en/issues/?page=2"))
    assert len(second.select(".archive-list__item")) == 2
    # The oldest week is last.
    assert text(second.select(".archive-list__title")[-1]) == "October 9 – October 15, 2023"
    assert second.select_one("a[rel=prev]")["href"] == "?page=1"


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["2", "99"])
def test_a_page_past_the_end_of_the_archive_is_not_found(client, site_structure, page):
    f.make_issue(f.BASE_WEEK, revision=False)
    assert client.get("/en/issues/?page=1").status_code == 200
    assert client.get(f"/en/issues/?page={page}").status_code == 404
    assert client.get(f"/ru/issues/?page={page}").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "0", "-1", "", "1.5", "²"])
def test_a_malformed_archive_page_redirects_to_page_one(client, site_structure, page):
    f.make_issue(f.BASE_WEEK, revision=False)
    response = client.get("/be/issues/", {"page": page})
    assert response.status_code == 302
    assert response["Location"] == "/be/issues/"
    # Other parameters survive the redirect.
    response = client.get("/be/issues/", {"page": page, "utm": "x"})
    assert response["Location"] == "/be/issues/?utm=x"


@pytest.mark.django_db
def test_topic_page_pagination_answers_404_past_the_end_and_redirects_malformed(
    client, site_structure
):
    topics = f.make_topics(["economy"])
    f.build_archive(2, topics=topics, revision=False)
    assert client.get("/en/topics/economy/").status_code == 200
    assert client.get("/en/topics/economy/?page=2").status_code == 404
    response = client.get("/en/topics/economy/?page=abc")
    assert response.status_code == 302 and response["Location"] == "/en/topics/economy/"


@pytest.mark.django_db
def test_archive_and_topic_pages_follow_publishing_and_unpublishing(
    client, site_structure, settings
):
    # The lists' order is kept between renders until the content changes (issue 10): a
    # reader must still see every change at once. Rendered by the view, not the page cache.
    settings.PAGE_CACHE_ENABLED = False
    economy = f.make_topics(["economy"])["economy"]["en"]
    for week in range(ARCHIVE_PAGE_SIZE):
        issue = f.make_issue(f.BASE_WEEK + datetime.timedelta(weeks=week), revision=False)
        f.make_article(issue, title=f"Economy {week}", topic=economy, revision=False)
    assert client.get("/en/issues/?page=2").status_code == 404
    assert text(soup(client.get("/en/topics/economy/")).select_one(".teaser__title")) == (
        f"Economy {ARCHIVE_PAGE_SIZE - 1}"
    )

    monday = f.BASE_WEEK + datetime.timedelta(weeks=ARCHIVE_PAGE_SIZE)
    sunday = monday + datetime.timedelta(days=6)
    newest_week = f"{monday:%B} {monday.day} – {sunday:%B} {sunday.day}, {sunday.year}"
    newest = f.make_issue(monday)
    f.make_article(newest, title="Economy newest", topic=economy)
    first = soup(client.get("/en/issues/"))
    assert text(first.select_one(".archive-list__title")) == newest_week
    assert len(soup(client.get("/en/issues/?page=2")).select(".archive-list__item")) == 1
    topic = soup(client.get("/en/topics/economy/"))
    assert text(topic.select_one(".teaser__title")) == "Economy newest"

    newest.unpublish()
    assert client.get("/en/issues/?page=2").status_code == 404
    assert newest_week not in soup(client.get("/en/issues/")).text
    assert "Economy newest" not in soup(client.get("/en/topics/economy/")).text
