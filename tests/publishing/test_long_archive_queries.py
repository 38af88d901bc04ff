"""What the queries written for a long archive (issue 10) must still show: the right rows in the
right order on every page of a list, and "Read more" beyond the newest weeks."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from sitrep.publishing.models import RELATED_RECENT_WEEKS, children_of
from tests import factories as f


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def week(number: int) -> datetime.date:
    return f.BASE_WEEK + datetime.timedelta(weeks=number)


@pytest.mark.django_db
def test_children_of_is_wagtails_child_of_without_grandchildren_or_other_branches(site_structure):
    topics = f.make_topics(["economy"])
    f.build_archive(3, topics=topics, translate=["be"], revision=False)
    for parent in [f.issue_index("en"), f.issue_index("be"), *f.IssuePage.objects.all()]:
        expected = set(Page.objects.child_of(parent).values_list("pk", flat=True))
        assert expected
        assert set(children_of(Page.objects.all(), parent).values_list("pk", flat=True)) == (
            expected
        )


@pytest.mark.django_db
def test_every_page_of_a_topic_lists_its_own_weeks_newest_first(
    client, site_structure, settings, monkeypatch
):
    monkeypatch.setattr("sitrep.publishing.models.TOPIC_PAGE_SIZE", 3)
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default"]}
    }
    topics = f.make_topics(["economy", "security"])
    f.build_archive(7, topics=topics, revision=False)
    pages = []
    for number in (1, 2, 3):
        page = soup(client.get(f"/en/topics/economy/?page={number}"))
        pages.append([a["href"] for a in page.select(".topic-history .teaser__title a")])
    expected = [f"/en/issues/{week(n)}/economy-{week(n):%Y%m%d}/" for n in range(6, -1, -1)]
    assert pages == [expected[0:3], expected[3:6], expected[6:7]]


@pytest.mark.django_db
def test_read_more_reaches_back_past_the_newest_weeks_for_a_rarely_covered_topic(
    client, site_structure, settings
):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default"]}
    }
    topics = f.make_topics(["economy", "security"])
    weeks = RELATED_RECENT_WEEKS + 3
    issues = f.build_archive(weeks, topics={"economy": topics["economy"]}, revision=False)
    # Security only in the two oldest weeks and in the newest one.
    for issue in [issues[0], issues[1], issues[-1]]:
        f.make_article(
            issue,
            title=f"Security {issue.week_start}",
            slug=f"security-{issue.week_start:%Y%m%d}",
            topic=topics["security"]["en"],
            revision=False,
        )
    newest = soup(client.get(f"/en/issues/{week(weeks - 1)}/security-{week(weeks - 1):%Y%m%d}/"))
    related = [a["href"] for a in newest.select("#related-title ~ .teaser .teaser__title a")]
    assert related == [
        f"/en/issues/{week(1)}/security-{week(1):%Y%m%d}/",
        f"/en/issues/{week(0)}/security-{week(0):%Y%m%d}/",
    ]
