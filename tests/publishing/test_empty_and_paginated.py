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
