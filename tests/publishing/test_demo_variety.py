"""The demo publication reads like a real one: no article title, lead or weekly summary repeats,
in any language, and no topic page lists the same headline twice."""

from __future__ import annotations

import datetime
import re
from collections import Counter

import pytest
from django.db import transaction
from django.utils.html import escape

from sitrep.publishing.demo import compose
from sitrep.publishing.demo.seeding import DEFAULT_ARTICLES_PER_WEEK, DEFAULT_WEEKS, do_seed_demo
from sitrep.publishing.models import ArticlePage, IssuePage

LANGUAGES = ("en", "be", "ru")
# Two "current weeks" far apart: the guarantee must not depend on the day the demo is seeded.
CURRENT_WEEKS = (datetime.date(2023, 10, 9), datetime.date(2026, 11, 30))


def weeks_back(current: datetime.date, count: int) -> list[datetime.date]:
    return [current - datetime.timedelta(weeks=n) for n in range(count)]


def repeated(values: list[str]) -> list[str]:
    return [value for value, n in Counter(values).items() if n > 1]


@pytest.mark.parametrize("weeks", [DEFAULT_WEEKS, 52])
@pytest.mark.parametrize("current", CURRENT_WEEKS)
def test_demo_article_titles_and_leads_are_all_distinct_in_every_language(weeks, current):
    plans = [
        plan
        for week in weeks_back(current, weeks)
        for plan in compose.plan_week(week, DEFAULT_ARTICLES_PER_WEEK)
    ]
    assert len(plans) == weeks * DEFAULT_ARTICLES_PER_WEEK
    for lang in LANGUAGES:
        assert repeated([plan.title[lang] for plan in plans]) == [], lang
        assert repeated([plan.lead[lang] for plan in plans]) == [], lang


@pytest.mark.parametrize("current", CURRENT_WEEKS)
def test_weekly_summaries_are_distinct_and_name_the_lead_story(current):
    weeks = weeks_back(current, 52)
    for lang in LANGUAGES:
        summaries = [compose.week_summary(week)[lang] for week in weeks]
        assert repeated(summaries) == [], lang
    week = weeks[0]
    lead_title = compose.plan_week(week, 1)[0].title["ru"]
    assert lead_title.replace("«", "„").replace("»", "“") in compose.week_summary(week)["ru"]


def test_summary_belarusian_uses_short_u_after_vowels():
    summaries = [compose.week_summary(w)["be"] for w in weeks_back(CURRENT_WEEKS[0], 52)]
    assert not [s for s in summaries if re.search(r"[аеёіоуыэюя] у ", s)]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The default demo (14 weeks × 6 articles), seeded once for the module, rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield do_seed_demo(today=CURRENT_WEEKS[0] + datetime.timedelta(days=2))
        transaction.set_rollback(True)


def test_seeded_demo_has_no_repeated_title_or_summary(seeded, db):
    for lang in LANGUAGES:
        titles = list(
            ArticlePage.objects.filter(locale__language_code=lang).values_list("title", flat=True)
        )
        assert len(titles) >= DEFAULT_WEEKS * (DEFAULT_ARTICLES_PER_WEEK - 1)
        assert repeated(titles) == [], lang
        summaries = list(
            IssuePage.objects.filter(locale__language_code=lang).values_list("summary", flat=True)
        )
        assert len(summaries) == DEFAULT_WEEKS
        assert repeated(summaries) == [], lang


def every_page(client, path: str) -> str:
    """The HTML of all the pages of a paginated list, one after the other."""
    pages = []
    url = path
    while url:
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append(response.content.decode())
        following = re.search(r'<a href="(\?page=\d+)" rel="next">', pages[-1])
        url = path + following.group(1) if following else None
    return "".join(pages)


def test_no_topic_page_lists_an_article_twice(seeded, client, db):
    for lang in LANGUAGES:
        for slug in compose.topic_slugs():
            html = every_page(client, f"/{lang}/topics/{slug}/")
            articles = ArticlePage.objects.filter(
                locale__language_code=lang, topic__slug=slug
            ).values_list("title", flat=True)
            assert len(articles) >= DEFAULT_WEEKS - compose.UNTRANSLATED_RECENT_WEEKS
            for title in articles:
                # Each headline once, as the link text of its own teaser.
                assert html.count(f">{escape(title)}<") == 1, (lang, slug, title)


def test_archive_shows_a_different_summary_for_each_week(seeded, client, db):
    for lang in LANGUAGES:
        html = every_page(client, f"/{lang}/issues/")
        archive = "".join(re.findall(r'<ol class="archive-list">(.*?)</ol>', html, re.S))
        # What each week's entry says besides its dates: its summary.
        entries = [
            " ".join(re.sub(r"<[^>]+>", " ", summary).split())
            for summary in re.findall(r'<p class="archive-list__summary">(.*?)</p>', archive, re.S)
        ]
        assert len(entries) == DEFAULT_WEEKS
        assert all(entries), lang
        assert repeated(entries) == [], lang
