"""What a reader sees of a week in every language: untranslated articles stand in (marked, in
their own language), teasers with image, credit and byline, the compact language switch and the
archive's headlines. Uses the `publication` of conftest.py: "School year opens" has no
translation, the Russian "Border incidents" is not published yet."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from sitrep.publishing.models import ArticlePage, IssuePage
from tests import factories as f

LANGS = ["en", "be", "ru"]
ISSUE = "/{lang}/issues/2023-10-09/"
WEEK_LABELS = {
    "en": "October 9 – October 15, 2023",
    "be": "9 – 15 кастрычніка 2023 г.",
    "ru": "9 – 15 октября 2023 г.",
}
NOT_TRANSLATED = {
    "en": "Not yet translated into English",
    "be": "Яшчэ не перакладзена на беларускую мову",
    "ru": "Пока не переведено на русский язык",
}
READ_IN_ENGLISH = {"be": "Чытаць па-англійску", "ru": "Читать по-английски"}
# The week's live articles in each language: own translations first, stand-ins in English.
WEEK_TITLES = {
    "en": {"Prices keep rising", "Budget gap widens", "Border incidents", "School year opens"},
    "be": {"Цэны працягваюць расці", "Дэфіцыт бюджэту расце", "Інцыдэнты на мяжы",
           "School year opens"},
    "ru": {"Цены продолжают расти", "Дефицит бюджета растёт", "Border incidents",
           "School year opens"},
}  # fmt: skip
STAND_INS = {
    "en": set(),
    "be": {"School year opens"},
    "ru": {"Border incidents", "School year opens"},
}


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def teasers(page: BeautifulSoup) -> dict[str, BeautifulSoup]:
    return {text(t.select_one(".teaser__title")): t for t in page.select("main article.teaser")}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["/{lang}/", ISSUE])
def test_every_article_of_the_week_is_shown_in_every_language(client, publication, lang, path):
    page = soup(client.get(path.format(lang=lang)))

    shown = teasers(page)
    assert set(shown) == WEEK_TITLES[lang]
    english_count = ArticlePage.objects.published().filter(
        locale__language_code="en", issue_week__week_start=f.BASE_WEEK
    )
    assert len(shown) == english_count.count()
    assert {title for title, t in shown.items() if "teaser--stand-in" in t["class"]} == (
        STAND_INS[lang]
    )


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["be", "ru"])
def test_a_stand_in_is_marked_english_with_a_note_and_a_link_to_the_english_article(
    client, publication, lang
):
    page = soup(client.get(ISSUE.format(lang=lang)))
    teaser = teasers(page)["School year opens"]

    assert teaser.select_one(".teaser__title")["lang"] == "en"
    assert teaser.select_one(".teaser__lead")["lang"] == "en"
    assert text(teaser.select_one(".teaser__lead")) == (
        "A short lead that says what changed this week."
    )
    # The note is in the page's language, not marked as English.
    note = teaser.select_one(".teaser__untranslated")
    assert text(note) == NOT_TRANSLATED[lang]
    assert note.find_parent(attrs={"lang": "en"}) is None
    english_url = "/en/issues/2023-10-09/school-year-opens/"
    link = teaser.select_one(".teaser__more a")
    assert link["href"] == english_url and link["hreflang"] == "en"
    assert text(link).startswith(READ_IN_ENGLISH[lang])
    assert teaser.select_one(".teaser__title a")["href"] == english_url
    assert client.get(english_url).status_code == 200
    # Translated articles carry no marks.
    translated = [t for title, t in teasers(page).items() if title not in STAND_INS[lang]]
    assert all(t.select_one(".teaser__untranslated") is None for t in translated)
    assert all(not t.select_one(".teaser__title").get("lang") for t in translated)


@pytest.mark.django_db
def test_a_stand_in_is_listed_under_its_topic_in_the_readers_language(client, publication):
    page = soup(client.get("/ru/"))
    groups = {
        text(section.h2): [text(h) for h in section.select(".teaser__title")]
        for section in page.select("section.topic-group")
    }
    assert groups == {
        "Экономика": ["Цены продолжают расти", "Дефицит бюджета растёт"],
        "Безопасность": ["Border incidents"],
        "Общество": ["School year opens"],
    }


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_teasers_show_a_small_lazy_image_with_credit_and_the_byline(client, publication, lang):
    page = soup(client.get(f"/{lang}/"))
    teaser = next(t for t in page.select("article.teaser") if t.select_one("img"))

    img = teaser.select_one("img")
    assert img["loading"] == "lazy"
    assert img["alt"] == "Grain silos under a grey sky"
    assert int(img["width"]) <= 480 and img["height"]
    sources = img["srcset"].split(", ")
    assert len(sources) == 3 and all(s.startswith("/media/images/") for s in sources)
    assert "Jane Roe / Sitrep" in text(teaser.select_one("figcaption"))
    byline = {
        "en": "by Anna Lis and Ian Bel",
        "be": "Тэкст: Ганна Ліс і Ян Бель",
        "ru": "Текст: Анна Лис и Ян Бель",
    }
    assert text(teaser.select_one(".byline")) == byline[lang]
    # Articles without image or authors have neither, and no empty markup.
    schools = teasers(page)["School year opens"]
    assert schools.select_one("img") is None and schools.select_one(".byline") is None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_each_topic_group_shows_the_weeks_dates_above_the_topic(client, publication, lang):
    for path in (f"/{lang}/", ISSUE.format(lang=lang)):
        page = soup(client.get(path))
        for section in page.select("section.topic-group"):
            week = section.select_one(".topic-group__week")
            assert text(week) == WEEK_LABELS[lang]
            assert week.find_next_sibling("h2") is not None, path


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_is_compact_with_full_names_for_assistive_technology(
    client, publication, lang
):
    page = soup(client.get(ISSUE.format(lang=lang)))
    links = page.select("nav.lang-switch a")

    assert [text(a.select_one("[aria-hidden=true]")) for a in links] == ["EN", "BE", "RU"]
    names = [text(a.select_one(".visually-hidden")) for a in links]
    assert names == ["English", "Беларуская", "Русский"]
    assert [a["lang"] for a in links] == LANGS
    assert [a["hreflang"] for a in links] == LANGS
    assert [a["href"] for a in links] == [ISSUE.format(lang=code) for code in LANGS]
    assert [a.get("aria-current") for a in links] == [
        "true" if code == lang else None for code in LANGS
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_archive_lists_each_weeks_headlines_with_trends_under_its_summary(
    client, publication, lang
):
    # The previous week has no summary (in any language): its headlines stand alone.
    IssuePage.objects.filter(week_start=f.BASE_WEEK.replace(day=2)).update(summary="")
    page = soup(client.get(f"/{lang}/issues/"))
    current, previous = page.select(".archive-list__item")

    assert "Prices rose while talks stalled." in text(current.select_one(".archive-list__summary"))
    assert len(current.select(".archive-list__headlines li")) == 4
    assert previous.select_one(".archive-list__summary") is None
    headlines = previous.select(".archive-list__headlines li")
    older_title = {"en": "Harvest outlook", "be": "Прагноз ураджаю", "ru": "Прогноз урожая"}
    assert [text(h.a) for h in headlines] == [older_title[lang]]
    assert headlines[0].a["href"] == f"/{lang}/issues/2023-10-02/harvest-outlook/"
    badge = headlines[0].select_one(".trend")
    assert badge["data-trend"] == "improved" and badge.select_one("svg.trend__icon")
    sentence = {
        "en": "The situation has improved",
        "be": "Сітуацыя палепшылася",
        "ru": "Ситуация улучшилась",
    }
    assert text(badge) == sentence[lang]


@pytest.mark.django_db
def test_archive_marks_untranslated_headlines(client, publication):
    page = soup(client.get("/ru/issues/"))
    headlines = {text(h.a): h for h in page.select(".archive-list__headlines li")}

    assert set(headlines) == WEEK_TITLES["ru"] | {"Прогноз урожая"}
    school = headlines["School year opens"]
    assert school.a["lang"] == "en" and school.a["hreflang"] == "en"
    assert "по-английски" in text(school)


@pytest.mark.django_db
def test_preview_of_an_unpublished_issue_still_shows_its_articles(publication):
    issue = IssuePage.objects.get(pk=publication.issues["be"]["current"].pk)
    IssuePage.objects.filter(pk=issue.pk).update(live=False)
    issue.refresh_from_db()

    page = soup(issue.make_preview_request())

    assert set(teasers(page)) == WEEK_TITLES["be"]
