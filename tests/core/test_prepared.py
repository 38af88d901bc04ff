"""Queries compiled once: the same results as Django's ORM for every set of values, one query a
call, and a clear refusal of a queryset whose SQL depends on more than the values given."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page

from sitrep.core.prepared import NotPreparable, PreparedQuery
from sitrep.publishing.models import ArticlePage
from tests.factories import (
    BASE_WEEK,
    make_article,
    make_image,
    make_issue,
    make_topic,
    translate_article,
    translate_issue,
)

pytestmark = pytest.mark.django_db

ARTICLE_WITH_RELATED = PreparedQuery(
    lambda slug, depth: ArticlePage.objects.filter(slug=slug, depth=depth).select_related(
        "issue_week", "topic", "featured_image"
    )
)
TRANSLATIONS = PreparedQuery(
    lambda key, pk: (
        Page.objects.filter(translation_key=key)
        .exclude(pk=pk)
        .order_by("pk")
        .values_list("pk", "url_path", "live")
    )
)


def _preparing(sql: str) -> bool:
    return sql.startswith(("SAVEPOINT", "PREPARE", "RELEASE SAVEPOINT"))


@pytest.fixture
def articles(site_structure):
    topic = make_topic("economy", {"en": "Economy", "be": "Эканоміка"})["en"]
    first = make_issue(BASE_WEEK)
    second = make_issue(BASE_WEEK + datetime.timedelta(days=7))
    return [
        make_article(
            first, title="Bread prices", topic=topic, image=make_image("Silos"), image_alt="Silos"
        ),
        make_article(second, title="Bread prices", topic=topic),
        make_article(second, title="Fuel queues", topic=topic),
    ]


def test_objects_and_their_related_rows_equal_the_orms_for_each_set_of_values(articles):
    for article in articles:
        with CaptureQueriesContext(connection) as queries:
            found = ARTICLE_WITH_RELATED(article.slug, article.depth)
        # One query (on PostgreSQL, the first call in a session also prepares it there).
        assert len([entry for entry in queries if not _preparing(entry["sql"])]) == 1
        expected = list(
            ArticlePage.objects.filter(slug=article.slug, depth=article.depth).select_related(
                "issue_week", "topic", "featured_image"
            )
        )
        assert [page.pk for page in found] == [page.pk for page in expected]
        with CaptureQueriesContext(connection) as queries:
            for page, same in zip(found, expected, strict=True):
                assert page.title == same.title and page.url_path == same.url_path
                assert page.last_published_at == same.last_published_at  # converted datetimes
                assert page.live is True and page.locale_id == same.locale_id
                assert page.issue_week.week_start == same.issue_week.week_start
                assert page.topic.name == "Economy"
                assert (page.featured_image and page.featured_image.title) == (
                    same.featured_image and same.featured_image.title
                )
        assert len(queries) == 0  # the related rows came with the query
    # Two articles share the slug: both found, each with its own issue.
    both = ARTICLE_WITH_RELATED("bread-prices", articles[0].depth)
    assert sorted(page.issue_week_id for page in both) == sorted(
        [articles[0].issue_week_id, articles[1].issue_week_id]
    )
    assert ARTICLE_WITH_RELATED("no-such-article", articles[0].depth) == []


def test_uuid_values_and_values_list_rows(articles):
    article = articles[2]
    english_home = Page.objects.get(pk=article.pk)
    assert TRANSLATIONS(english_home.translation_key, english_home.pk) == []
    translate_issue(article.issue_week, "be")
    translated = translate_article(article, "be", live=False)
    assert TRANSLATIONS(article.translation_key, article.pk) == [
        (translated.pk, translated.url_path, False)
    ]
    assert TRANSLATIONS(article.translation_key, translated.pk) == [
        (article.pk, article.url_path, True)
    ]


def test_a_queryset_that_depends_on_the_time_is_refused(articles):
    published_before_now = PreparedQuery(
        lambda slug: ArticlePage.objects.filter(slug=slug, last_published_at__lte=timezone.now())
    )
    with pytest.raises(NotPreparable, match="changes by itself"):
        published_before_now("fuel-queues")


def test_a_value_used_twice_or_not_at_all_is_refused(articles):
    unused = PreparedQuery(lambda slug, depth: ArticlePage.objects.filter(slug=slug))
    with pytest.raises(NotPreparable, match="exactly once"):
        unused("fuel-queues", 4)
    twice = PreparedQuery(
        lambda slug: ArticlePage.objects.filter(slug=slug) | ArticlePage.objects.filter(title=slug)
    )
    with pytest.raises(NotPreparable, match="exactly once"):
        twice("fuel-queues")


def test_the_language_links_of_a_page_not_saved_yet(articles, rf):
    """A preview of a new page asks for its translations' URLs before it has a primary key."""
    from sitrep.publishing.navigation import translation_urls_for_page

    unsaved = ArticlePage(
        title="Чарнавік",
        slug="draft",
        translation_key=articles[0].translation_key,
        locale=Locale.objects.get(language_code="be"),
    )
    assert translation_urls_for_page(unsaved, rf.get("/be/")) == {"en": articles[0].url}


def _server_statements() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_prepared_statements")
        return {name for (name,) in cursor.fetchall()}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL prepares on the server")
@pytest.mark.django_db(transaction=True)  # closes its connection
def test_postgresql_prepares_once_per_session_and_again_after_a_reconnect(articles):
    article = articles[2]
    query = PreparedQuery(lambda slug, depth: ArticlePage.objects.filter(slug=slug, depth=depth))
    with CaptureQueriesContext(connection) as queries:
        assert [page.pk for page in query(article.slug, article.depth)] == [article.pk]
        assert [page.pk for page in query("bread-prices", article.depth)] == sorted(
            [articles[0].pk, articles[1].pk]
        )
    statements = [entry["sql"] for entry in queries if query.name in entry["sql"]]
    assert statements[0].startswith(f"PREPARE {query.name} AS SELECT")
    assert "$1" in statements[0] and "$2" in statements[0]
    assert [sql.split("(")[0] for sql in statements[1:]] == [f"EXECUTE {query.name}"] * 2
    assert query.name in _server_statements()

    # A new session (CONN_MAX_AGE, a lost connection) has no such statement: prepared again.
    connection.close()
    assert query.name not in _server_statements()
    assert query("no-such-article", article.depth) == []
    assert query.name in _server_statements()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL prepares on the server")
def test_a_statement_the_server_cannot_prepare_runs_as_plain_sql(articles, monkeypatch, caplog):
    query = PreparedQuery(lambda slug: ArticlePage.objects.filter(slug=slug))
    monkeypatch.setattr(
        PreparedQuery,
        "_server_statement",
        lambda self, sql, count, db: type(
            "Broken", (), {"prepare": "PREPARE x AS SELEC 1", "execute": "EXECUTE x"}
        )(),
    )
    with CaptureQueriesContext(connection) as queries:
        assert [page.pk for page in query("fuel-queues")] == [articles[2].pk]
        assert [page.pk for page in query("fuel-queues")] == [articles[2].pk]
    # The transaction around the test is still usable: the failure stayed in its savepoint.
    assert ArticlePage.objects.filter(slug="fuel-queues").count() == 1
    assert sum("SELEC 1" in entry["sql"] for entry in queries) == 1  # not tried again
    assert "run unprepared" in caplog.text
