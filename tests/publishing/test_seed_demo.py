"""`seed_demo`: the demo publication a new user sees after `make run`."""

from __future__ import annotations

import datetime
import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from sitrep.core.dates import week_start_for
from sitrep.publishing.demo import compose
from sitrep.publishing.demo.seeding import do_seed_demo
from sitrep.publishing.models import ArticlePage, Author, IssuePage, Topic

TODAY = datetime.date(2023, 10, 11)  # a Wednesday
CURRENT_WEEK = datetime.date(2023, 10, 9)
WEEKS, PER_WEEK = 3, 3


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """A small demo (3 weeks × 3 articles) seeded once for the module, rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        result = do_seed_demo(weeks=WEEKS, articles_per_week=PER_WEEK, today=TODAY)
        yield result
        transaction.set_rollback(True)


def _articles(code: str):
    return ArticlePage.objects.filter(locale__language_code=code)


def test_seed_creates_weekly_issues_and_articles_in_three_languages(seeded, db):
    for code in ("en", "be", "ru"):
        weeks = list(
            IssuePage.objects.live()
            .filter(locale__language_code=code)
            .order_by("week_start")
            .values_list("week_start", flat=True)
        )
        assert weeks == [CURRENT_WEEK - datetime.timedelta(weeks=n) for n in (2, 1, 0)]
    assert _articles("en").count() == WEEKS * PER_WEEK
    # In recent weeks one article per week waits for its Belarusian and another one for its
    # Russian translation, so the fallback is visible.
    assert _articles("be").count() == WEEKS * PER_WEEK - WEEKS
    assert _articles("ru").count() == WEEKS * PER_WEEK - WEEKS
    be_keys = set(_articles("be").values_list("translation_key", flat=True))
    ru_keys = set(_articles("ru").values_list("translation_key", flat=True))
    english = set(_articles("en").values_list("translation_key", flat=True))
    assert english - be_keys and english - ru_keys
    assert english - be_keys != english - ru_keys
    assert seeded.issues_created == 3 * WEEKS
    assert seeded.topics_created == 18


def test_current_week_is_the_latest_issue_on_every_home_page(seeded, client, db):
    assert week_start_for(TODAY) == CURRENT_WEEK
    for code in ("en", "be", "ru"):
        latest = (
            IssuePage.objects.live()
            .filter(locale__language_code=code)
            .order_by("-week_start")
            .first()
        )
        assert latest.week_start == CURRENT_WEEK
        article = _articles(code).live().filter(issue_week=latest).first()
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert escape(article.title) in response.content.decode()


def test_topics_exist_in_three_languages_with_shared_slug_and_key(seeded, db):
    for slug in compose.topic_slugs():
        rows = list(Topic.objects.filter(slug=slug).select_related("locale"))
        assert sorted(t.locale.language_code for t in rows) == ["be", "en", "ru"]
        assert len({t.translation_key for t in rows}) == 1
        assert len({t.name for t in rows}) == 3  # really translated
    names = dict(Topic.objects.filter(slug="society").values_list("locale__language_code", "name"))
    assert names == {"en": "Society", "be": "Грамадства", "ru": "Общество"}


def test_translations_share_slug_trend_and_image_and_use_their_locale_topic(seeded, db):
    english = {a.translation_key: a for a in _articles("en")}
    for code in ("be", "ru"):
        for article in _articles(code).select_related("topic__locale", "issue_week"):
            source = english[article.translation_key]
            assert article.slug == source.slug
            assert article.slug.isascii()
            assert article.trend == source.trend
            assert article.featured_image_id == source.featured_image_id
            assert article.topic.locale.language_code == code
            assert article.topic.translation_key == source.topic.translation_key
            assert article.title != source.title
            assert article.issue_week.week_start == source.issue_week.week_start
            assert article.url_path.endswith(
                f"/issues/{source.issue_week.week_start.isoformat()}/{source.slug}/"
            )
            assert {a.locale_id for a in article.authors()} == {article.locale_id}


def test_every_article_has_topic_trend_authors_and_a_described_credited_image(seeded, db):
    for article in ArticlePage.objects.all():
        assert article.topic_id and article.trend
        assert article.featured_image_id
        assert article.featured_image_alt.strip()
        assert article.featured_image_credit.strip()
        assert article.featured_image_caption.strip()
        assert 1 <= article.article_authors.count() <= 2
        assert 3 <= len(article.body) <= 6
        assert article.live and not article.has_unpublished_changes
        assert article.first_published_at.date() <= CURRENT_WEEK + datetime.timedelta(days=6)
    assert Author.objects.filter(locale__language_code="be").count() >= 4


def test_second_run_creates_nothing_and_more_weeks_adds_only_the_older_ones(seeded, db):
    pages = ArticlePage.objects.count()
    again = do_seed_demo(weeks=WEEKS, articles_per_week=PER_WEEK, today=TODAY)
    assert not again.created_anything
    assert ArticlePage.objects.count() == pages

    more = do_seed_demo(weeks=WEEKS + 1, articles_per_week=PER_WEEK, today=TODAY)
    assert more.issues_created == 3
    assert more.topics_created == more.images_created == more.authors_created == 0
    oldest = CURRENT_WEEK - datetime.timedelta(weeks=WEEKS)
    assert IssuePage.objects.filter(week_start=oldest).count() == 3
    assert _articles("en").filter(issue_week__week_start=oldest).count() == PER_WEEK


def test_latest_translations_are_linked_in_wagtail_localize(seeded, db):
    """The newest weeks' translations open in wagtail-localize's editor, fully translated, and
    its real "sync" flow reproduces them."""
    article = _articles("be").filter(issue_week__week_start=CURRENT_WEEK).first()
    source_page = article.get_translation(Locale.objects.get(language_code="en"))
    source = TranslationSource.objects.get(object_id=article.translation_key)
    assert Translation.objects.filter(source=source, target_locale=article.locale).exists()
    strings = StringTranslation.objects.filter(context__object_id=article.translation_key)
    assert strings.filter(locale=article.locale, data=article.title).exists()

    page, created = source.create_or_update_translation(article.locale)
    page.refresh_from_db()
    assert not created
    assert (page.title, page.slug, page.trend) == (article.title, source_page.slug, article.trend)
    assert page.topic_id == article.topic_id
    # Older weeks are plain Wagtail translations (same translation_key), not linked.
    oldest = _articles("be").filter(
        issue_week__week_start=CURRENT_WEEK - datetime.timedelta(weeks=2)
    )
    assert not TranslationSource.objects.filter(
        object_id__in=oldest.values_list("translation_key", flat=True)
    ).exists()


def test_command_prints_what_it_created(db):
    out = io.StringIO()
    call_command("seed_demo", "--weeks", "1", "--articles-per-week", "2", stdout=out)
    assert "Created 3 issues" in out.getvalue()
    assert Locale.objects.count() == 3
    out = io.StringIO()
    call_command("seed_demo", "--weeks", "1", "--articles-per-week", "2", stdout=out)
    assert "Nothing to create" in out.getvalue()


# The plan itself: pure, no database.


def test_trends_mostly_stay_unchanged_but_vary_over_a_year():
    weeks = [CURRENT_WEEK - datetime.timedelta(weeks=n) for n in range(52)]
    counts = Counter(trend for week in weeks for trend in compose.week_trends(week).values())
    assert set(counts) == {"unchanged", "improved", "worsened", "mixed"}
    assert counts["unchanged"] > sum(counts.values()) / 2
    assert counts["mixed"] < counts["improved"] + counts["worsened"]
    # Deterministic: the same week always has the same trends.
    assert compose.week_trends(CURRENT_WEEK) == compose.week_trends(CURRENT_WEEK)


def test_article_plan_does_not_depend_on_the_number_of_articles():
    three = compose.plan_week(CURRENT_WEEK, 3)
    seven = compose.plan_week(CURRENT_WEEK, 7)
    assert [p.slug for p in three] == [p.slug for p in seven[:3]]
    assert {p.topic_slug for p in seven[:6]} == set(compose.topic_slugs())
    assert len({p.slug for p in seven}) == 7


def test_texts_vary_across_weeks_and_name_lukashenka_in_each_language():
    weeks = [CURRENT_WEEK - datetime.timedelta(weeks=n) for n in range(104)]
    bodies = [
        "".join(str(b.stream_value("en")["value"]) for b in plan.body) + plan.lead["en"]
        for week in weeks
        for plan in compose.plan_week(week, 6)
    ]
    assert len(set(bodies)) == len(bodies)
    text = {
        code: " ".join(
            str(block.stream_value(code)["value"])
            for plan in compose.plan_week(CURRENT_WEEK, 6)
            for block in plan.body
        )
        for code in ("en", "be", "ru")
    }
    assert "Lukashenka" in text["en"]
    assert "Лукашэнка" in text["be"]
    assert "Лукашенко" in text["ru"]


def test_belarusian_preposition_u_becomes_short_after_a_vowel():
    titles = [
        plan.title["be"]
        for n in range(60)
        for plan in compose.plan_week(CURRENT_WEEK - datetime.timedelta(weeks=n), 6)
    ]
    assert not [title for title in titles if "я у " in title or "ы у " in title]
    assert any(" ў " in title for title in titles)
