from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import translation
from wagtail.models import PageViewRestriction

from sitrep.publishing.actions import do_ensure_site_structure
from tests import factories as f

WEEK = datetime.date(2024, 3, 4)
LANGUAGES = ("en", "be", "ru")
# In a draft, an unpublished translation, an article of an unpublished issue and of a private
# issue: none of them may appear in any API response.
MARKER = "Zwyrtolpek"

TITLES = {
    "en": ("Grain prices in Hrodna", "Bus fares in Mahilyow", "Checkpoint queues"),
    "be": ("Цэны на збожжа ў Гродне", "Кошт праезду ў Магілёве", "Чэргі на пунктах пропуску"),
    "ru": ("Цены на зерно в Гродно", "Стоимость проезда в Могилёве", "Очереди на пунктах пропуска"),
}


@pytest.fixture(autouse=True)
def english_by_default():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker, media_root):
    """Two live weeks of three articles in three languages, and hidden pages with MARKER."""
    with django_db_blocker.unblock(), transaction.atomic():
        do_ensure_site_structure()
        topics = f.make_topics()
        writer = f.make_author({"en": "Alena Kruk", "be": "Алена Крук", "ru": "Алёна Крук"})
        hidden_writer = f.make_author({"en": f"Hidden {MARKER}"})
        image = f.make_image("Grain silo")
        issues, articles = {}, {}
        trends = ("improved", "worsened", "unchanged")
        slugs = ("economy", "society", "security")
        for number, week in enumerate((WEEK, WEEK + datetime.timedelta(weeks=1))):
            issue = f.make_issue(week, summary=f"Week {number} in short.")
            issues[week] = {"en": issue}
            for code in ("be", "ru"):
                issues[week][code] = f.translate_issue(issue, code, summary=f"Тыдзень {number}")
            for index in range(3):
                article = f.make_article(
                    issue,
                    title=f"{TITLES['en'][index]} {number}",
                    slug=f"article-{number}-{index}",
                    lead=f"Lead {index} of week {number}.",
                    topic=topics[slugs[index]]["en"],
                    trend=trends[index],
                    authors=[writer["en"]],
                    image=image if index == 0 else None,
                    image_alt="A silo" if index == 0 else "",
                    image_credit="Photo: Ivan Bely" if index == 0 else "",
                    body=[
                        ("heading", "What changed"),
                        ("paragraph", "<p>First paragraph &amp; more.</p><p>Second one.</p>"),
                    ],
                )
                articles[(number, index)] = {"en": article}
                for code in ("be", "ru"):
                    articles[(number, index)][code] = f.translate_article(
                        article, code, title=f"{TITLES[code][index]} {number}",
                        lead=f"Лід {index} {number}.",
                    )  # fmt: skip
        first = issues[WEEK]["en"]
        f.make_article(
            first, title=f"Draft {MARKER}", slug="draft-marker", lead=f"{MARKER} lead.",
            topic=topics["economy"]["en"], live=False, authors=[hidden_writer["en"]],
        )  # fmt: skip
        shown = f.make_article(
            first, title="Only in English", slug="untranslated", lead="Published in English.",
            topic=topics["economy"]["en"],
        )  # fmt: skip
        f.translate_article(shown, "ru", title=f"Черновик {MARKER}", lead=MARKER, live=False)
        unpublished = f.make_issue(WEEK + datetime.timedelta(weeks=2), live=False)
        f.make_article(
            unpublished, title=f"Unpublished issue {MARKER}", slug="unpublished-issue-marker",
            lead=MARKER, topic=topics["economy"]["en"],
        )  # fmt: skip
        private = f.make_issue(WEEK + datetime.timedelta(weeks=3))
        f.make_article(
            private, title=f"Private {MARKER}", slug="private-marker", lead=MARKER,
            topic=topics["economy"]["en"],
        )  # fmt: skip
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        yield SimpleNamespace(issues=issues, articles=articles, topics=topics, writer=writer)
        transaction.set_rollback(True)
