"""What a reader sees on every page type, in every language."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

TREND_SENTENCES = {
    "en": {
        "improved": "The situation has improved",
        "unchanged": "The situation has not changed",
        "worsened": "The situation has worsened",
        "mixed": "The situation is mixed",
    },
    "be": {
        "improved": "Сітуацыя палепшылася",
        "unchanged": "Сітуацыя не змянілася",
        "worsened": "Сітуацыя пагоршылася",
        "mixed": "Сітуацыя неадназначная",
    },
    "ru": {
        "improved": "Ситуация улучшилась",
        "unchanged": "Ситуация не изменилась",
        "worsened": "Ситуация ухудшилась",
        "mixed": "Ситуация неоднозначная",
    },
}
WEEK_LABELS = {
    "en": "October 9 – October 15, 2023",
    "be": "9 – 15 кастрычніка 2023 г.",
    "ru": "9 – 15 октября 2023 г.",
}
PREVIOUS_WEEK_LABELS = {
    "en": "October 2 – October 8, 2023",
    "be": "2 – 8 кастрычніка 2023 г.",
    "ru": "2 – 8 октября 2023 г.",
}
ECONOMY = {"en": "Economy", "be": "Эканоміка", "ru": "Экономика"}
SECURITY = {"en": "Security", "be": "Бяспека", "ru": "Безопасность"}
PRICES_TITLE = {
    "en": "Prices keep rising",
    "be": "Цэны працягваюць расці",
    "ru": "Цены продолжают расти",
}
BUDGET_TITLE = {
    "en": "Budget gap widens",
    "be": "Дэфіцыт бюджэту расце",
    "ru": "Дефицит бюджета растёт",
}
OLDER_TITLE = {"en": "Harvest outlook", "be": "Прагноз ураджаю", "ru": "Прогноз урожая"}
ARTICLE = "/{lang}/issues/2023-10-09/prices-keep-rising/"
LANGS = ["en", "be", "ru"]


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def trend_badges(page: BeautifulSoup) -> list[tuple[str, str]]:
    """(trend, visible words) of every badge, checking each has its hidden icon."""
    badges = []
    for badge in page.select(".trend"):
        icon = badge.select_one("svg.trend__icon")
        assert icon is not None and icon["aria-hidden"] == "true"
        assert f"trend--{badge['data-trend']}" in badge["class"]
        badges.append((badge["data-trend"], text(badge.select_one(".trend__text"))))
    return badges


def groups(page: BeautifulSoup) -> list[tuple[str, list[str]]]:
    return [
        (text(section.h2), [text(h3) for h3 in section.select(".teaser__title")])
        for section in page.select("section.topic-group")
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_home_shows_this_weeks_articles_grouped_by_topic(client, publication, lang):
    page = soup(client.get(f"/{lang}/"))

    assert page.html["lang"] == lang
    assert text(page.h1) == WEEK_LABELS[lang]
    assert page.h1.a["href"] == f"/{lang}/issues/2023-10-09/"
    found = groups(page)
    # Every topic of the week: untranslated articles stand in (see test_stand_ins.py).
    expected_topics = {
        "en": ["Economy", "Security", "Society"],
        "be": ["Эканоміка", "Бяспека", "Грамадства"],
        "ru": ["Экономика", "Безопасность", "Общество"],
    }
    assert [topic for topic, _ in found] == expected_topics[lang]
    assert found[0][1] == [PRICES_TITLE[lang], BUDGET_TITLE[lang]]
    # Drafts never appear.
    assert "Unfinished draft" not in page.text
    badges = dict(trend_badges(page))
    assert badges["unchanged"] == TREND_SENTENCES[lang]["unchanged"]
    assert badges["improved"] == TREND_SENTENCES[lang]["improved"]
    more = [a for a in page.select(".teaser__more a") if PRICES_TITLE[lang] in a.text]
    assert more and more[0]["href"] == ARTICLE.format(lang=lang)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_home_lists_previous_weeks_and_links_to_archive(client, publication, lang):
    page = soup(client.get(f"/{lang}/"))

    previous = page.select(".issue-list a")
    assert [text(a) for a in previous] == [PREVIOUS_WEEK_LABELS[lang]]
    assert previous[0]["href"] == f"/{lang}/issues/2023-10-02/"
    box = page.select_one(".issue-list").find_parent("section")
    assert box.find("a", href=f"/{lang}/issues/") is not None
    assert page.select_one("form.signup-form") is not None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_archive_lists_issues_newest_first(client, publication, lang):
    page = soup(client.get(f"/{lang}/issues/"))

    assert [text(a) for a in page.select(".archive-list__title a")] == [
        WEEK_LABELS[lang],
        PREVIOUS_WEEK_LABELS[lang],
    ]
    assert page.select_one(".pagination") is None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_issue_page_groups_articles_by_topic(client, publication, lang):
    page = soup(client.get(f"/{lang}/issues/2023-10-09/"))

    assert text(page.h1) == WEEK_LABELS[lang]
    found = dict(groups(page))
    assert found[ECONOMY[lang]] == [PRICES_TITLE[lang], BUDGET_TITLE[lang]]
    assert SECURITY[lang] in found
    assert len(page.select("h1")) == 1
    assert "Unfinished draft" not in page.text


@pytest.mark.django_db
def test_issue_page_shows_summary(client, publication):
    page = soup(client.get("/en/issues/2023-10-09/"))
    assert "Prices rose while talks stalled." in text(page.select_one(".standfirst"))


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_article_shows_week_topic_trend_byline_and_credit(client, publication, lang):
    page = soup(client.get(ARTICLE.format(lang=lang)))

    assert page.html["lang"] == lang
    assert text(page.h1) == PRICES_TITLE[lang]
    meta = page.select_one(".article__meta")
    week_link, topic_link = meta.select("a")
    assert (text(week_link), week_link["href"]) == (
        WEEK_LABELS[lang],
        f"/{lang}/issues/2023-10-09/",
    )
    assert (text(topic_link), topic_link["href"]) == (ECONOMY[lang], f"/{lang}/topics/economy/")
    header_badge = trend_badges(page.select_one(".article__header"))
    assert header_badge == [("unchanged", TREND_SENTENCES[lang]["unchanged"])]
    byline = {
        "en": "by Anna Lis and Ian Bel",
        "be": "Тэкст: Ганна Ліс і Ян Бель",
        "ru": "Текст: Анна Лис и Ян Бель",
    }
    assert text(page.select_one(".byline")) == byline[lang]


@pytest.mark.django_db
def test_article_featured_image_is_a_responsive_rendition_with_credit(client, publication):
    page = soup(client.get(ARTICLE.format(lang="en")))

    figure = page.select_one("figure.figure--featured")
    img = figure.img
    assert img["alt"] == "Grain silos under a grey sky"
    assert img["width"] and img["height"]
    assert "400w" in img["srcset"] and "800w" in img["srcset"] and "1200w" in img["srcset"]
    assert img["sizes"]
    assert img.get("loading") != "lazy"  # above the fold
    assert "Silos near the border" in text(figure.figcaption)
    assert text(figure.select_one(".credit")) == "Jane Roe / Sitrep"


@pytest.mark.django_db
def test_article_body_blocks_render(client, publication):
    body = soup(client.get(ARTICLE.format(lang="en"))).select_one(".article__body")

    assert text(body.h2) == "What changed"
    assert "Bread cost more in every region." in body.text
    assert text(body.blockquote) == "Nothing moved this week."
    assert "A trader" in text(body.select_one(".quote figcaption"))
    img = body.select_one("figure.figure img")
    assert img["alt"] == "Lorries queue at a border crossing"
    assert img["loading"] == "lazy"
    assert text(body.select_one(".credit")) == "Sam Poe"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_article_read_more_lists_related_articles(client, publication, lang):
    page = soup(client.get(ARTICLE.format(lang=lang)))

    related = page.select("#related-title ~ .teaser .teaser__title a")
    assert [text(a) for a in related] == [OLDER_TITLE[lang]]
    assert related[0]["href"] == f"/{lang}/issues/2023-10-02/harvest-outlook/"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_article_ends_with_signup_form(client, publication, lang):
    page = soup(client.get(ARTICLE.format(lang=lang)))
    form = page.select_one("article.article form.signup-form")
    assert form is not None
    assert form.select_one(".signup-form__trap") is not None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_topic_page_lists_articles_across_weeks_with_trends(client, publication, lang):
    page = soup(client.get(f"/{lang}/topics/economy/"))

    assert page.html["lang"] == lang
    assert text(page.h1) == ECONOMY[lang]
    assert "About economy" in text(page.select_one(".standfirst"))
    items = page.select(".topic-history > li")
    titles = [text(li.select_one(".teaser__title")) for li in items]
    assert titles[-1] == OLDER_TITLE[lang]
    weeks = [text(li.select_one(".teaser__meta a")) for li in items]
    assert weeks == [WEEK_LABELS[lang], WEEK_LABELS[lang], PREVIOUS_WEEK_LABELS[lang]]
    assert [trend for trend, _ in trend_badges(page)] == ["unchanged", "improved", "improved"]
    assert trend_badges(page)[0][1] == TREND_SENTENCES[lang]["unchanged"]
    # The trend history (the topic's row of the trend monitor) reads oldest to newest, each
    # icon named for screen readers; the current week has two articles in one cell.
    strip = page.select(".trend-history a.trend-cell__link")
    assert [item["class"][1] for item in strip] == [
        "trend--improved",
        "trend--improved",
        "trend--unchanged",
    ]
    sentence = TREND_SENTENCES[lang]["improved"]
    expected = f"{ECONOMY[lang]}, {PREVIOUS_WEEK_LABELS[lang]}: {sentence[0].lower()}{sentence[1:]}"
    assert strip[0]["aria-label"].replace("\u00a0", " ") == expected.replace("\u00a0", " ")


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_topic_index_lists_topics(client, publication, lang):
    page = soup(client.get(f"/{lang}/topics/"))

    links = page.select(".topic-list a")
    assert [text(a) for a in links][:2] == [ECONOMY[lang], SECURITY[lang]]
    assert links[0]["href"] == f"/{lang}/topics/economy/"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_every_trend_has_its_sentence_and_icon(client, publication, lang):
    from tests import factories as f

    issue = publication.issues[lang]["current"]
    for trend in ("worsened", "mixed"):
        f.make_article(
            issue, title=f"Also {trend}", topic=publication.topics["society"][lang], trend=trend
        )
    found = dict(trend_badges(soup(client.get(f"/{lang}/issues/2023-10-09/"))))
    assert found == TREND_SENTENCES[lang]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/issues/2023-10-09/unfinished-draft/",
        "/be/issues/2023-10-09/school-year-opens/",  # never translated
        "/ru/issues/2023-10-09/border-incidents/",  # translated, not published
        "/en/no-such-page/",
        "/en/issues/1999-01-04/",
        "/ru/topics/no-such-topic/",
    ],
)
def test_drafts_unpublished_translations_and_unknown_pages_are_404(client, publication, url):
    response = client.get(url)
    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "heading"),
    [("en", "Page not found"), ("be", "Старонка не знойдзена"), ("ru", "Страница не найдена")],
)
def test_404_page_is_in_the_language_of_the_url(client, publication, lang, heading, settings):
    settings.DEBUG = False
    response = client.get(f"/{lang}/no-such-page/")
    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 404
    assert page.html["lang"] == lang
    assert page.find("a", href=f"/{lang}/") is not None
    assert text(page.h1) == heading


@pytest.mark.django_db
def test_draft_is_visible_to_nobody_until_published(client, publication):
    draft = publication.articles["en"]["draft"]
    assert client.get("/en/issues/2023-10-09/unfinished-draft/").status_code == 404

    draft.save_revision().publish()

    assert client.get("/en/issues/2023-10-09/unfinished-draft/").status_code == 200


@pytest.mark.django_db
def test_slugs_are_identical_across_locales(publication):
    from sitrep.publishing.models import ArticlePage, IssuePage

    for key, article in publication.articles["en"].items():
        for code in ("be", "ru"):
            translated = publication.articles[code].get(key)
            if translated is not None:
                assert translated.slug == article.slug
                assert translated.url_path.split("/")[2:] == article.url_path.split("/")[2:]
    for issue in IssuePage.objects.all():
        assert issue.slug == issue.week_start.isoformat()
    assert ArticlePage.objects.filter(slug__regex=r"-(be|ru)$").count() == 0


@pytest.mark.django_db
def test_issue_titles_are_localized_week_ranges(publication):
    for code, label in WEEK_LABELS.items():
        # Dates keep non-breaking spaces (tests/core/test_dates.py); compare the words.
        assert " ".join(publication.issues[code]["current"].title.split()) == label


PAGE_TYPES = [
    "/{lang}/",
    "/{lang}/?untranslated=1",
    "/{lang}/issues/",
    "/{lang}/issues/2023-10-09/",
    ARTICLE,
    "/{lang}/topics/",
    "/{lang}/topics/economy/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_is_self_contained_with_skip_link_and_one_h1(client, publication, lang):
    for path in PAGE_TYPES:
        page = soup(client.get(path.format(lang=lang)))
        assert page.html["lang"] == lang, path
        assert len(page.select("h1")) == 1, path
        skip = page.select_one("a.skip-link")
        assert skip["href"] == "#main" and page.select_one("main#main") is not None
        # No request to any other origin: every resource is a path on this site.
        for tag, attribute in (("script", "src"), ("img", "src"), ("link", "href")):
            for node in page.find_all(tag):
                if tag == "script" and node.get("type") == "application/ld+json":
                    continue  # a data block for search engines, no request
                url = node.get(attribute, "")
                if tag == "link" and node.get("rel") in (["alternate"], ["canonical"]):
                    assert url.startswith("http://testserver/"), url
                else:
                    assert url.startswith("/") or url.startswith("data:"), (path, url)
        # Reading needs no JavaScript: the only script elements are JSON-LD data blocks.
        assert all(node.get("type") == "application/ld+json" for node in page.find_all("script"))
        assert page.select_one("header a.site-name")["href"] == f"/{lang}/"


@pytest.mark.django_db
def test_main_navigation_marks_the_current_section(client, publication):
    def current(path):
        page = soup(client.get(path))
        return [a["href"] for a in page.select("nav.site-nav a[aria-current=page]")]

    assert current("/ru/") == ["/ru/"]
    assert current("/ru/issues/2023-10-09/") == ["/ru/issues/"]
    assert current("/ru/topics/economy/") == ["/ru/topics/"]


@pytest.mark.django_db
def test_editor_preview_shows_unsaved_authors_and_related_articles(publication):
    from sitrep.publishing.models import ArticleAuthor, ArticlePage, RelatedArticle

    article = ArticlePage.objects.get(pk=publication.articles["en"]["prices"].pk)
    # Edits in the admin form live in memory until saved.
    article.article_authors = [ArticleAuthor(author=publication.authors["ian"]["en"])]
    article.related_links = [RelatedArticle(page=publication.articles["en"]["border"])]

    response = article.make_preview_request()

    page = soup(response)
    assert text(page.select_one(".byline")) == "by Ian Bel"
    related = [text(a) for a in page.select("#related-title ~ .teaser .teaser__title a")]
    assert related[0] == "Border incidents"
