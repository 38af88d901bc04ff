from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import translation

from sitrep.publishing.actions import do_ensure_site_structure
from tests import factories as f


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English: a test client request leaves its URL's language active in
    the thread, which would otherwise leak into the next test's messages."""
    with translation.override("en"):
        yield


CURRENT_WEEK = datetime.date(2023, 10, 9)
PREVIOUS_WEEK = datetime.date(2023, 10, 2)


@pytest.fixture(scope="module")
def publication(django_db_setup, django_db_blocker):
    """Two weeks of content in three languages, with one untranslated article, one
    unpublished translation and one draft.

    Built once per test module inside a transaction that is rolled back at the end; each test
    runs in its own savepoint within it (pytest-django's `db`), so changes stay per test.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        data = _build_publication()
        yield data
        transaction.set_rollback(True)


def _build_publication() -> SimpleNamespace:
    do_ensure_site_structure()
    topics = f.make_topics()
    anna = f.make_author({"en": "Anna Lis", "be": "Ганна Ліс", "ru": "Анна Лис"})
    ian = f.make_author({"en": "Ian Bel", "be": "Ян Бель", "ru": "Ян Бель"})
    image = f.make_image("Grain silos")
    body_image = f.make_image("A border crossing", size=(1200, 800))

    previous = f.make_issue(PREVIOUS_WEEK, summary="A quiet week.")
    current = f.make_issue(CURRENT_WEEK, summary="Prices rose while talks stalled.")
    issues = {"en": {"previous": previous, "current": current}}
    for code in ("be", "ru"):
        issues[code] = {
            "previous": f.translate_issue(previous, code),
            "current": f.translate_issue(current, code),
        }

    older = f.make_article(
        previous, title="Harvest outlook", slug="harvest-outlook", topic=topics["economy"]["en"],
        trend="improved",
    )  # fmt: skip
    prices = f.make_article(
        current,
        title="Prices keep rising",
        slug="prices-keep-rising",
        topic=topics["economy"]["en"],
        trend="unchanged",
        lead="Food prices rose again, at the same pace as last month.",
        authors=[anna["en"], ian["en"]],
        image=image,
        image_alt="Grain silos under a grey sky",
        image_caption="Silos near the border",
        image_credit="Jane Roe / Sitrep",
        body=[
            ("heading", "What changed"),
            ("paragraph", "<p>Bread cost more in every region.</p>"),
            ("quote", {"quote": "Nothing moved this week.", "attribution": "A trader"}),
            (
                "image",
                {
                    "image": body_image,
                    "alt": "Lorries queue at a border crossing",
                    "caption": "The queue on Tuesday",
                    "credit": "Sam Poe",
                },
            ),
        ],
        related=[older],
    )
    budget = f.make_article(
        current, title="Budget gap widens", slug="budget-gap-widens",
        topic=topics["economy"]["en"], trend="improved", authors=[anna["en"]],
    )  # fmt: skip
    border = f.make_article(
        current, title="Border incidents", slug="border-incidents",
        topic=topics["security"]["en"], trend="worsened", authors=[ian["en"]],
    )  # fmt: skip
    schools = f.make_article(
        current, title="School year opens", slug="school-year-opens",
        topic=topics["society"]["en"], trend="mixed",
    )  # fmt: skip
    draft = f.make_article(
        current, title="Unfinished draft", slug="unfinished-draft",
        topic=topics["security"]["en"], trend="worsened", live=False,
    )  # fmt: skip

    articles = {
        "en": {"older": older, "prices": prices, "budget": budget, "border": border,
               "schools": schools, "draft": draft},
        "be": {}, "ru": {},
    }  # fmt: skip
    titles = {
        "be": {"older": "Прагноз ураджаю", "prices": "Цэны працягваюць расці",
               "budget": "Дэфіцыт бюджэту расце", "border": "Інцыдэнты на мяжы"},
        "ru": {"older": "Прогноз урожая", "prices": "Цены продолжают расти",
               "budget": "Дефицит бюджета растёт", "border": "Инциденты на границе"},
    }  # fmt: skip
    for code in ("be", "ru"):
        for key in ("older", "prices", "budget", "border"):
            articles[code][key] = f.translate_article(
                articles["en"][key],
                code,
                title=titles[code][key],
                lead=f"{titles[code][key]}: lead ({code}).",
                # The Russian translation of "border" exists but is not published yet.
                live=not (code == "ru" and key == "border"),
            )
    return SimpleNamespace(
        topics=topics, authors={"anna": anna, "ian": ian}, issues=issues, articles=articles
    )
