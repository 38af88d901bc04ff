"""This week at a glance (dashboard) and the explorer's translation column (issue 11)."""

from __future__ import annotations

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sitrep.publishing.glance import WeekGlancePanel
from sitrep.publishing.models import Topic
from tests import factories as f

from .conftest import WEEK, build_week

pytestmark = pytest.mark.django_db


def glance_cells(html: bytes) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(topic, language) -> [(article state, translation state)] from the dashboard."""
    soup = BeautifulSoup(html, "html.parser")
    panel = soup.select_one("table.sitrep-glance")
    assert panel is not None
    cells = {}
    for row in panel.select("tbody tr"):
        topic = row.th.get_text(strip=True)
        for td in row.select("td"):
            cells[(topic, td["data-language"])] = [
                (entry["data-state"], entry.get("data-translation", ""))
                for entry in td.select(".sitrep-glance__entry")
            ]
    return cells


def test_every_article_and_translation_state_shows_with_where_to_act(admin, week):
    response = admin.get("/admin/")
    assert response.status_code == 200
    cells = glance_cells(response.content)
    assert cells == {
        ("Economy", "en"): [("approved", "")],
        ("Economy", "be"): [("published", "up_to_date")],
        ("Economy", "ru"): [("draft", "up_to_date")],
        ("Security", "en"): [("draft", "")],
        ("Security", "be"): [("missing", "missing")],
        ("Security", "ru"): [("draft", "in_progress")],
        ("Society", "en"): [("in_review", "")],
        ("Society", "be"): [("draft", "out_of_date")],
        ("Society", "ru"): [("missing", "missing")],
        ("Foreign policy", "en"): [("missing", "")],
        ("Foreign policy", "be"): [("missing", "")],
        ("Foreign policy", "ru"): [("missing", "")],
    }
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("table.sitrep-glance")
    text = panel.get_text(" ", strip=True)
    # Half the strings translated (rounded to whole strings): wagtail-localize's own figure.
    percent = int(re.search(r"translation in progress, (\d+) %", text).group(1))
    total, done = week.security_ru.get_progress()
    assert percent == round(100 * done / total) and 0 < percent < 100
    assert "Worsened" in text  # the trend, as the former coverage panel showed it

    def links(topic, language):
        row = next(r for r in panel.select("tbody tr") if r.th.get_text(strip=True) == topic)
        return [a["href"] for a in row.select(f"td[data-language={language}] a")]

    issue = week.issue
    assert links("Economy", "en") == [reverse("publishing_admin:publish_issue", args=[issue.pk])]
    assert links("Security", "en") == [reverse("wagtailadmin_pages:edit", args=[week.security.pk])]
    assert links("Security", "be") == [
        reverse("wagtail_localize:submit_page_translation", args=[week.security.pk])
    ]
    assert links("Society", "be")[-1] == reverse(
        "wagtail_localize:update_translations", args=[week.society_be.source_id]
    )
    assert links("Foreign policy", "en") == [
        reverse("wagtailadmin_pages:add", args=["publishing", "articlepage", issue.pk])
    ]
    # One panel, not two: the former "This week's coverage" is gone.
    assert "coverage" not in response.content.decode().lower()


def panel_queries() -> int:
    with CaptureQueriesContext(connection) as queries:
        WeekGlancePanel().get_context_data({})
    return len(queries)


def test_panel_queries_are_bounded_and_do_not_grow_with_the_archive(chief):
    build_week(chief, extra_weeks=1)
    panel_queries()  # content types are cached per process after the first look-up
    few = panel_queries()
    topics = {"economy": {t.locale.language_code: t for t in Topic.objects.filter(slug="economy")}}
    f.build_archive(5, topics=topics, first_week=WEEK - datetime.timedelta(weeks=12),
                    translate=("be", "ru"))  # fmt: skip
    many = panel_queries()
    assert few == many
    assert many <= 10


def test_explorer_shows_each_articles_translation_state_per_language(admin, week):
    response = admin.get(reverse("wagtailadmin_explore", args=[week.issue.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")

    def states(article):
        row = soup.find("tr", attrs={"data-page-id": str(article.pk)}) or next(
            tr for tr in soup.select("tbody tr")
            if tr.find("a", href=reverse("wagtailadmin_pages:edit", args=[article.pk]))
        )  # fmt: skip
        return {
            div["data-language"]: div.get("data-translation")
            for div in row.select("div[data-language]")
        }

    assert states(week.economy) == {"be": "up_to_date", "ru": "up_to_date"}
    assert states(week.security) == {"be": "missing", "ru": "in_progress"}
    assert states(week.society) == {"be": "out_of_date", "ru": "missing"}
    # The Belarusian issue's listing shows the other languages of its articles.
    be_listing = admin.get(reverse("wagtailadmin_explore", args=[week.be_issue.pk]))
    be_soup = BeautifulSoup(be_listing.content, "html.parser")
    languages = {d["data-language"] for d in be_soup.select("td div[data-language]")}
    assert languages == {"en", "ru"}


def test_the_panel_shows_the_week_being_prepared_not_one_started_further_ahead(admin, week):
    from sitrep.publishing.issue_actions import do_start_week

    do_start_week(datetime.date(2023, 10, 23))  # two weeks ahead of the published one
    cells = glance_cells(admin.get("/admin/").content)
    assert cells[("Economy", "en")] == [("approved", "")]  # still the week of October 16
