from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import translation
from wagtail.models import PageViewRestriction

from sitrep.publishing.actions import do_ensure_site_structure
from sitrep.search.models import SearchAlias
from tests import factories as f

from .corpus import ALIASES, ARTICLES

WEEK = datetime.date(2024, 3, 4)
TOPIC_OF = {"potash-exports": "economy", "homiel-trial": "security", "mahilyow-plant": "economy",
            "vitsyebsk-border": "security", "election-commission": "society",
            "shchuchyn-school": "society", "tikhanovskaya-statement": "society"}  # fmt: skip
TREND_OF = {"potash-exports": "improved", "homiel-trial": "worsened"}


@pytest.fixture(autouse=True)
def english_by_default():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The corpus of tests/search/corpus.py in three languages, plus pages that must never be
    found: a draft, an unpublished translation and a private issue, each with a marker word."""
    with django_db_blocker.unblock(), transaction.atomic():
        do_ensure_site_structure()
        topics = f.make_topics()
        issues = {}
        for number, week in enumerate((WEEK, WEEK + datetime.timedelta(weeks=1))):
            issue = f.make_issue(week)
            issues[number] = {"en": issue, **{c: f.translate_issue(issue, c) for c in ("be", "ru")}}
        pages = {}
        for index, (slug, versions) in enumerate(ARTICLES.items()):
            issue = issues[index % 2]
            title, lead, body = versions["en"]
            article = f.make_article(
                issue["en"], title=title, slug=slug, lead=lead,
                body=[("paragraph", f"<p>{body}</p>")], topic=topics[TOPIC_OF[slug]]["en"],
                trend=TREND_OF.get(slug, "unchanged"),
            )  # fmt: skip
            pages[slug] = {"en": article}
            for code in ("be", "ru"):
                title, lead, body = versions[code]
                pages[slug][code] = f.translate_article(
                    article, code, title=title, lead=lead, body=[("paragraph", f"<p>{body}</p>")]
                )
        f.make_article(
            issues[0]["en"], title="Draft about Quixotrek", slug="draft-marker",
            lead="Quixotrek is only in a draft.", topic=topics["economy"]["en"], live=False,
        )  # fmt: skip
        hidden = f.make_article(
            issues[0]["en"], title="Quixotrek again", slug="untranslated-marker",
            lead="A published English article.", topic=topics["economy"]["en"],
        )  # fmt: skip
        f.translate_article(hidden, "ru", title="Квиксотрек", lead="Квиксотрек не опубликован.",
                            live=False)  # fmt: skip
        private_issue = f.make_issue(WEEK + datetime.timedelta(weeks=2))
        f.make_article(private_issue, title="Private Quixotrek", slug="private-marker",
                       lead="Behind a password.", topic=topics["economy"]["en"])  # fmt: skip
        PageViewRestriction.objects.create(
            page=private_issue, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        for label, names in ALIASES:
            SearchAlias.objects.create(label=label, names=names)
        yield SimpleNamespace(pages=pages, topics=topics, issues=issues)
        transaction.set_rollback(True)
