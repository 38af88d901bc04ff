"""The trend monitor as readers and researchers use it: the grid, its data files and the SVG
strips, in every language, with only live articles counted."""

from __future__ import annotations

import csv
import datetime
import io
import re
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.utils import translation

from sitrep.publishing.actions import do_ensure_site_structure
from tests import factories as f

pytestmark = pytest.mark.django_db
WEEKS = [f.BASE_WEEK + datetime.timedelta(weeks=n) for n in range(6)]
# Economy's known series (None: no article that week); week 4 has two articles.
ECONOMY = ["unchanged", "unchanged", None, "worsened", ["improved", "worsened"], "unchanged"]


@pytest.fixture(scope="module")
def monitor(django_db_setup, django_db_blocker):
    """Built once per module in a transaction rolled back at the end (as tests/publishing)."""
    with django_db_blocker.unblock(), transaction.atomic():
        do_ensure_site_structure()
        yield _build()
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def english_by_default():
    with translation.override("en"):
        yield


def _build():
    topics = f.make_topics(["economy", "security"])
    issues = []
    for number, week in enumerate(WEEKS):
        issue = f.make_issue(week)
        issues.append(issue)
        for code in ("be", "ru"):
            f.translate_issue(issue, code)
        trends = ECONOMY[number]
        for index, trend in enumerate(trends if isinstance(trends, list) else [trends]):
            if trend is None:
                continue
            article = f.make_article(
                issue, title=f"Economy {number} {index}", slug=f"economy-{number}-{index}",
                topic=topics["economy"]["en"], trend=trend,
            )  # fmt: skip
            # Russian has every article; Belarusian lacks week 1's (its English one stands in).
            f.translate_article(article, "ru", title=f"Экономика {number} {index}")
            if number != 1:
                f.translate_article(article, "be", title=f"Эканоміка {number} {index}")
        f.make_article(
            issue, title=f"Security {number}", slug=f"security-{number}",
            topic=topics["security"]["en"], trend="improved",
        )  # fmt: skip
    # Never counted: a draft and an article of an unpublished issue.
    f.make_article(
        issues[2], title="Draft", slug="draft", topic=topics["economy"]["en"], trend="mixed",
        live=False,
    )  # fmt: skip
    return {"topics": topics, "issues": issues}


def grid_row(html: str, topic_name: str) -> list[list[tuple[str, str]]]:
    """(trend class, accessible name) of every link in each cell of a topic's row."""
    soup = BeautifulSoup(html, "html.parser")
    table = soup.select_one(".trend-grid table")
    for row in table.select("tbody tr"):
        if row.th.get_text(strip=True) == topic_name:
            cells = []
            for cell in row.select("td"):
                cells.append(
                    [
                        (
                            re.search(r"trend--(\w+)", " ".join(a["class"])).group(1),
                            a["aria-label"].replace("\u00a0", " "),
                        )
                        for a in cell.select("a")
                    ]
                )
            return cells
    raise AssertionError(f"no row for {topic_name}")


def test_cells_show_each_weeks_trend_with_empty_and_split_weeks(client, monitor, db):
    response = client.get("/en/trends/?range=all")
    assert response.status_code == 200
    cells = grid_row(response.content.decode(), "Economy")
    assert [[trend for trend, _name in cell] for cell in cells] == [
        ["unchanged"],
        ["unchanged"],
        [],
        ["worsened"],
        ["improved", "worsened"],
        ["unchanged"],
    ]
    assert cells[3][0][1] == ("Economy, October 30 – November 5, 2023: the situation has worsened")
    soup = BeautifulSoup(response.content, "html.parser")
    empty = soup.select(".trend-grid tbody tr")[0].select("td")[2]
    assert "trend-cell--empty" in empty["class"]
    assert "no article" in empty.get_text()


def test_the_draft_never_counts(client, monitor, db):
    html = client.get("/en/trends/?range=all").content.decode()
    assert "/draft/" not in html
    assert grid_row(html, "Economy")[2] == []


def test_belarusian_grid_has_belarusian_names_and_the_english_stand_in(client, monitor, db):
    html = client.get("/be/trends/?range=all").content.decode()
    cells = grid_row(html, "Эканоміка")
    assert cells[0][0][1].replace("\u00a0", " ") == (
        "Эканоміка, 9 – 15 кастрычніка 2023 г.: сітуацыя не змянілася"
    )
    # Week 1 has no Belarusian translation: the English article stands in, and says so.
    assert cells[1][0][1].endswith("(па-англійску)")
    assert "/en/issues/2023-10-16/economy-1-0/" in html
    assert "/be/issues/2023-10-09/economy-0-0/" in html


def test_summary_counts_and_streak_in_russian_plural_forms(client, monitor, db):
    soup = BeautifulSoup(client.get("/ru/trends/?range=all").content, "html.parser")
    rows = {
        row.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in row.select("td")]
        for row in soup.select(".trend-summary tbody tr")
    }
    # improved, unchanged, worsened, mixed, streak
    assert rows["Экономика"][:4] == ["1", "3", "2", "0"]
    assert rows["Экономика"][4].endswith("Без изменений 1 неделю подряд")
    assert rows["Безопасность"][:4] == ["6", "0", "0", "0"]
    assert rows["Безопасность"][4].endswith("Улучшение 6 недель подряд")


def test_topic_selection_and_range_through_query_parameters(client, monitor, db):
    html = client.get("/en/trends/?topic=security&range=12").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert [row.th.get_text(strip=True) for row in soup.select(".trend-grid tbody tr")] == [
        "Security"
    ]
    html = client.get("/en/trends/?from=2023-10-30&to=2023-11-08").content.decode()
    cells = grid_row(html, "Economy")
    assert [[t for t, _ in cell] for cell in cells] == [["worsened"], ["improved", "worsened"]]


@pytest.mark.parametrize(
    "query",
    ["?range=abc", "?from=0001-01-01&to=9999-12-31", "?topic=%3Cscript%3E", "?from=%00",
     "?range=" + "9" * 500, "?topic=economy&topic=economy"],
)  # fmt: skip
def test_hostile_parameters_get_a_normal_page(client, monitor, db, query):
    for path in ("/en/trends/", "/en/trends/data.csv", "/en/trends/data.json"):
        assert client.get(path + query).status_code == 200


def test_csv_and_json_hold_exactly_what_the_page_links(client, monitor, db):
    html = client.get("/ru/trends/?range=all").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    linked = {
        (a["href"], re.search(r"trend--(\w+)", " ".join(a["class"])).group(1))
        for a in soup.select(".trend-grid tbody a.trend-cell__link")
    }
    response = client.get("/ru/trends/data.csv?range=all")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == [
        "topic_slug", "topic_name", "week_start", "week_end", "trend", "article_url", "language"
    ]  # fmt: skip
    assert {
        (row["article_url"].removeprefix("http://testserver"), row["trend"]) for row in rows
    } == linked
    first = next(row for row in rows if row["topic_slug"] == "economy")
    assert (first["topic_name"], first["week_start"], first["week_end"], first["language"]) == (
        "Экономика",
        "2023-10-09",
        "2023-10-15",
        "ru",
    )
    data = client.get("/ru/trends/data.json?range=all").json()
    assert data["columns"] == list(rows[0])
    assert [{key: str(value) for key, value in row.items()} for row in data["assessments"]] == rows


def test_svg_strip_has_title_and_description_and_changes_after_publishing(client, monitor, db):
    response = client.get("/en/trends/economy.svg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = ElementTree.fromstring(response.content)
    ns = "{http://www.w3.org/2000/svg}"
    assert svg.find(f"{ns}title").text.startswith("Economy")
    assert "the situation has worsened" in svg.find(f"{ns}desc").text
    assert "<script" not in response.content.decode()
    assert (
        client.get("/en/trends/economy.svg", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    )
    # A new week's assessment shows at once, although the strip is cached.
    issue = f.make_issue(WEEKS[-1] + datetime.timedelta(weeks=1))
    f.make_article(
        issue, title="New", slug="new", topic=monitor["topics"]["economy"]["en"], trend="mixed"
    )
    fresh = client.get("/en/trends/economy.svg")
    assert fresh["ETag"] != response["ETag"]
    assert "the situation is mixed" in fresh.content.decode()
    assert client.get("/en/trends/unknown.svg").status_code == 404


def test_home_compares_this_week_with_last_week_and_topic_page_shows_its_history(
    client, monitor, db
):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    box = soup.select_one(".trend-week-compare")
    line = next(li for li in box.select("li") if "Economy" in li.get_text())
    names = [a["aria-label"].replace("\u00a0", " ") for a in line.select("a")]
    # Last week had two articles that disagree: the week reads as mixed.
    assert names[0] == "Economy, November 6 – November 12, 2023: the situation is mixed"
    assert names[-1].endswith("the situation has not changed")
    soup = BeautifulSoup(client.get("/ru/topics/economy/").content, "html.parser")
    history = soup.select_one(".trend-history")
    assert len(history.select("a.trend-cell__link")) == 6
    assert "Без изменений 1 неделю подряд" in history.get_text().replace("\u00a0", " ")
