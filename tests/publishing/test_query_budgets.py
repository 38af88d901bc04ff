"""SQL query budgets of the public pages on warm caches, and that they do not grow with the
archive: the counts with 12 weeks and with 120 weeks must be equal."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f

BUDGETS = {
    "home": 20,
    "archive": 20,
    "archive page 2": 20,
    "issue": 20,
    "article": 7,
    "topic": 20,
    "topic index": 20,
}
NEWEST = f.BASE_WEEK.isoformat()


def paths(lang: str) -> dict[str, str]:
    return {
        "home": f"/{lang}/",
        "archive": f"/{lang}/issues/",
        "archive page 2": f"/{lang}/issues/?page=2",
        "issue": f"/{lang}/issues/{NEWEST}/",
        "article": f"/{lang}/issues/{NEWEST}/featured/",
        "topic": f"/{lang}/topics/economy/",
        "topic index": f"/{lang}/topics/",
    }


def count_queries(client) -> dict[str, int]:
    counts = {}
    for lang in ("en", "be"):
        for name, path in paths(lang).items():
            assert client.get(path).status_code == 200, path  # warm the caches
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            assert response.status_code == 200, path
            counts[f"{lang} {name}"] = len(queries)
    return counts


@pytest.fixture
def quiet_tasks(settings):
    settings.PAGE_CACHE_ENABLED = False  # the render's queries, not the page cache's hits
    # Search and reference indexing would run inline for every page built; not under test here.
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "newsletter"],
        }
    }


def build_featured_article(topics) -> None:
    """The newest week's richest article: two authors, image, body image, related article."""
    anna = f.make_author({"en": "Anna Lis", "be": "Ганна Ліс"})
    ian = f.make_author({"en": "Ian Bel"})  # untranslated: falls back to the English name
    issue = f.IssuePage.objects.get(locale__language_code="en", week_start=f.BASE_WEEK)
    previous_week = f.BASE_WEEK - datetime.timedelta(weeks=1)
    older = f.ArticlePage.objects.get(
        locale__language_code="en", slug=f"economy-{previous_week:%Y%m%d}"
    )
    article = f.make_article(
        issue,
        title="Featured",
        slug="featured",
        topic=topics["economy"]["en"],
        authors=[anna["en"], ian["en"]],
        image=f.make_image("Featured image"),
        image_alt="A described image",
        image_credit="A. Photographer",
        body=[
            ("heading", "A heading"),
            ("paragraph", "<p>Text.</p>"),
            ("image", {"image": f.make_image("Body image"), "alt": "Alt", "credit": "B"}),
        ],
        related=[older],
    )
    f.translate_article(article, "be", title="Галоўны")


@pytest.mark.django_db
def test_query_counts_stay_within_budget_and_constant_as_archive_grows(
    client, site_structure, quiet_tasks, monkeypatch
):
    # Two archive pages already with 12 weeks: a page past the end is a 404.
    monkeypatch.setattr("sitrep.publishing.models.ARCHIVE_PAGE_SIZE", 10)
    topics = f.make_topics()
    # Weeks 0..11 counting back from BASE_WEEK, newest week = BASE_WEEK.
    f.build_archive(
        12, topics=topics, first_week=f.BASE_WEEK, start_at=-11, translate=["be"], revision=False
    )
    build_featured_article(topics)
    small = count_queries(client)

    # Older weeks with one article each (in the topic whose page is counted) keep this fast.
    f.build_archive(
        108, topics={"economy": topics["economy"]}, first_week=f.BASE_WEEK, start_at=-119,
        translate=["be"], revision=False,
    )  # fmt: skip
    assert f.IssuePage.objects.filter(locale__language_code="en").count() == 120
    large = count_queries(client)

    print("queries (12 weeks -> 120 weeks):", {k: (small[k], large[k]) for k in small})
    assert large == small
    for key, count in large.items():
        assert count <= BUDGETS[key.split(" ", 1)[1]], (key, count)
