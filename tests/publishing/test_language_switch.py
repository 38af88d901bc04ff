"""The language switch, hreflang alternates and the untranslated-page notice."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from sitrep.publishing import navigation

ARTICLE = "/{lang}/issues/2023-10-09/prices-keep-rising/"


def page_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def switch(page: BeautifulSoup) -> dict[str, str]:
    return {a["lang"]: a["href"] for a in page.select("nav.lang-switch a")}


def current_language(page: BeautifulSoup) -> list[str]:
    return [a["lang"] for a in page.select("nav.lang-switch a[aria-current]")]


def hreflangs(page: BeautifulSoup) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"].removeprefix("http://testserver")
        for link in page.select("link[rel=alternate][hreflang]")
    }


# Pure logic -------------------------------------------------------------------------------


def test_switch_leads_to_translation_or_to_home_with_notice():
    links = navigation.language_links(
        "en",
        "/en/issues/2023-10-09/a/",
        {"be": "/be/issues/2023-10-09/a/"},
        languages=[("en", "English"), ("be", "Беларуская"), ("ru", "Русский")],
    )
    assert [(link.code, link.url, link.is_current) for link in links] == [
        ("en", "/en/issues/2023-10-09/a/", True),
        ("be", "/be/issues/2023-10-09/a/", False),
        ("ru", "/ru/?untranslated=1", False),
    ]
    assert [link.is_translated for link in links] == [True, True, False]


def test_hreflang_lists_live_versions_and_x_default():
    alternates = navigation.hreflang_alternates("ru", "/ru/x/", {"en": "/en/x/"})
    assert alternates == [("en", "/en/x/"), ("ru", "/ru/x/"), ("x-default", "/en/x/")]


def test_x_default_is_the_page_itself_without_a_default_language_version():
    alternates = navigation.hreflang_alternates("be", "/be/x/", {})
    assert alternates == [("be", "/be/x/"), ("x-default", "/be/x/")]


# Rendered pages ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_switch_on_translated_article_leads_to_same_article(client, publication, lang):
    page = page_of(client.get(ARTICLE.format(lang=lang)))

    assert switch(page) == {code: ARTICLE.format(lang=code) for code in ("en", "be", "ru")}
    assert current_language(page) == [lang]
    assert hreflangs(page) == {
        "en": ARTICLE.format(lang="en"),
        "be": ARTICLE.format(lang="be"),
        "ru": ARTICLE.format(lang="ru"),
        "x-default": ARTICLE.format(lang="en"),
    }


@pytest.mark.django_db
def test_switch_leads_to_home_when_no_translation(client, publication):
    page = page_of(client.get("/en/issues/2023-10-09/school-year-opens/"))

    assert switch(page) == {
        "en": "/en/issues/2023-10-09/school-year-opens/",
        "be": "/be/?untranslated=1",
        "ru": "/ru/?untranslated=1",
    }
    assert hreflangs(page) == {
        "en": "/en/issues/2023-10-09/school-year-opens/",
        "x-default": "/en/issues/2023-10-09/school-year-opens/",
    }


@pytest.mark.django_db
def test_unpublished_translation_is_not_a_switch_target(client, publication):
    page = page_of(client.get("/en/issues/2023-10-09/border-incidents/"))

    targets = switch(page)
    assert targets["be"] == "/be/issues/2023-10-09/border-incidents/"
    assert targets["ru"] == "/ru/?untranslated=1"
    assert "ru" not in hreflangs(page)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("en", "has not been translated into English yet"),
        ("be", "яшчэ не перакладзена на беларускую мову"),
        ("ru", "ещё не переведена на русский язык"),
    ],
)
def test_fallback_home_explains_the_missing_translation(client, publication, lang, notice):
    with_notice = page_of(client.get(f"/{lang}/?untranslated=1"))
    without = page_of(client.get(f"/{lang}/"))

    assert notice in with_notice.select_one(".notice[role=status]").get_text()
    assert without.select_one(".notice") is None
    assert with_notice.html["lang"] == lang


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/{lang}/", "/{lang}/issues/", "/{lang}/issues/2023-10-09/", "/{lang}/topics/"],
)
def test_every_page_type_switches_to_its_own_translation(client, publication, path):
    for lang in ("en", "be", "ru"):
        page = page_of(client.get(path.format(lang=lang)))
        assert page.html["lang"] == lang
        assert switch(page) == {code: path.format(lang=code) for code in ("en", "be", "ru")}
        assert current_language(page) == [lang]
        assert set(hreflangs(page)) == {"en", "be", "ru", "x-default"}


@pytest.mark.django_db
def test_topic_page_switches_through_topic_translations(client, publication):
    from tests import factories as f

    f.make_topic("energy", {"en": "Energy", "ru": "Энергетика"})
    page = page_of(client.get("/ru/topics/energy/"))

    assert switch(page) == {
        "en": "/en/topics/energy/",
        "be": "/be/?untranslated=1",
        "ru": "/ru/topics/energy/",
    }
    assert hreflangs(page) == {
        "en": "/en/topics/energy/",
        "ru": "/ru/topics/energy/",
        "x-default": "/en/topics/energy/",
    }


@pytest.mark.django_db
def test_404_switch_leads_to_each_home(client, publication):
    response = client.get("/be/no-such-page/")
    page = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 404
    assert switch(page) == {"en": "/en/", "be": "/be/", "ru": "/ru/"}
    assert current_language(page) == ["be"]
    assert hreflangs(page) == {}
