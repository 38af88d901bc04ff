"""What a page reads once per content generation (sitrep.core.generation.GenerationMemo: the
sites, home pages and archives, whether any page is private, the publication's settings, the
authors, each topic's newest articles, which articles have hand-picked links) shows a change on
the very next uncached render."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from sitrep.core.models import PublicationSettings
from sitrep.publishing.models import RelatedArticle
from tests import factories as f

ARTICLE = "/{lang}/issues/2023-10-09/{slug}/"


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def read_more(client, slug: str, lang: str = "en") -> list[str]:
    page = soup(client.get(ARTICLE.format(lang=lang, slug=slug)))
    teasers = page.select("#related-title ~ .teaser .teaser__title a")
    return [a.get_text(strip=True) for a in teasers]


@pytest.mark.django_db
def test_unpublishing_the_archive_hides_its_articles_at_once(client, publication):
    url = ARTICLE.format(lang="en", slug="prices-keep-rising")
    assert client.get(url).status_code == 200
    f.issue_index("en").unpublish()
    assert client.get(url).status_code == 404
    f.publish(f.issue_index("en"))
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_a_private_issue_hides_its_articles_at_once(client, publication):
    url = ARTICLE.format(lang="en", slug="prices-keep-rising")
    assert client.get(url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=publication.issues["en"]["current"], restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(url).status_code == 302  # to the sign-in
    restriction.delete()
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_a_new_publication_name_shows_at_once(client, publication):
    url = ARTICLE.format(lang="en", slug="prices-keep-rising")
    soup(client.get(url))
    settings_row = PublicationSettings.load()
    settings_row.name_en = "Weekly Monitor"
    settings_row.save()
    assert soup(client.get(url)).title.get_text().endswith("· Weekly Monitor")


@pytest.mark.django_db
def test_a_renamed_author_shows_in_the_byline_at_once(client, publication):
    url = ARTICLE.format(lang="be", slug="prices-keep-rising")
    assert "Ганна Ліс" in soup(client.get(url)).select_one(".byline").get_text()
    anna = publication.authors["anna"]["be"]
    anna.name = "Ганна Лісоўская"
    anna.save()
    assert "Ганна Лісоўская" in soup(client.get(url)).select_one(".byline").get_text()


@pytest.mark.django_db
def test_read_more_shows_a_newly_published_article_and_drops_an_unpublished_one(
    client, publication
):
    assert read_more(client, "budget-gap-widens") == ["Harvest outlook"]
    grain = f.make_article(
        publication.issues["en"]["previous"],
        title="Grain exports",
        slug="grain-exports",
        topic=publication.topics["economy"]["en"],
        trend="mixed",
    )
    assert read_more(client, "budget-gap-widens") == ["Harvest outlook", "Grain exports"]
    grain.unpublish()
    assert read_more(client, "budget-gap-widens") == ["Harvest outlook"]


@pytest.mark.django_db
def test_a_new_hand_picked_link_shows_at_once(client, publication):
    assert read_more(client, "budget-gap-widens") == ["Harvest outlook"]
    RelatedArticle.objects.create(
        article=publication.articles["en"]["budget"], page=publication.articles["en"]["border"]
    )
    assert read_more(client, "budget-gap-widens") == ["Border incidents", "Harvest outlook"]


@pytest.mark.django_db
def test_an_article_is_found_where_the_tree_has_it_whatever_its_stored_issue_says(
    client, publication
):
    """The one-query route goes through the article's stored issue (`issue_week`); where that
    is not the article's parent in the tree, the tree wins."""
    prices = publication.articles["en"]["prices"]
    type(prices).objects.filter(pk=prices.pk).update(
        issue_week=publication.issues["en"]["previous"]
    )
    assert client.get(ARTICLE.format(lang="en", slug="prices-keep-rising")).status_code == 200
    moved = "/en/issues/2023-10-02/prices-keep-rising/"
    assert client.get(moved).status_code == 404


@pytest.mark.django_db
def test_the_trend_monitor_shows_a_renamed_topic_and_an_unpublished_week_at_once(
    client, publication
):
    """The monitor, the home page's week comparison and the topic pages share the locales,
    topics and published weeks read once per generation."""
    monitor = client.get("/en/trends/").content.decode()
    assert "Economy" in monitor and "/en/issues/2023-10-09/prices-keep-rising/" in monitor
    economy = publication.topics["economy"]["en"]
    economy.name = "Prices and wages"
    economy.save()
    monitor = client.get("/en/trends/").content.decode()
    assert "Prices and wages" in monitor and ">Economy<" not in monitor
    assert "Prices and wages" in client.get("/en/").content.decode()

    publication.issues["en"]["current"].unpublish()
    monitor = client.get("/en/trends/").content.decode()
    assert "/en/issues/2023-10-09/" not in monitor
    assert "/en/issues/2023-10-02/harvest-outlook/" in monitor
