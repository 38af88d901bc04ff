"""RSS and Atom per language and per topic, as a feed reader sees them."""

from __future__ import annotations

import feedparser
import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_language_feed_parses_and_holds_this_languages_live_articles(
    client, publication, lang, kind
):
    response = client.get(f"/{lang}/feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == lang
    titles = {entry.title for entry in feed.entries}
    expected = {
        "en": {"Harvest outlook", "Prices keep rising", "Budget gap widens", "Border incidents",
               "School year opens"},
        "be": {"Прагноз ураджаю", "Цэны працягваюць расці", "Дэфіцыт бюджэту расце",
               "Інцыдэнты на мяжы"},
        # The Russian "border" translation is not published yet.
        "ru": {"Прогноз урожая", "Цены продолжают расти", "Дефицит бюджета растёт"},
    }[lang]  # fmt: skip
    assert titles == expected
    assert "Unfinished draft" not in response.content.decode()


def test_items_carry_summary_trend_authors_topic_image_and_a_stable_guid(client, publication):
    feed = feedparser.parse(client.get("/en/feed/rss/").content)
    prices = next(entry for entry in feed.entries if entry.title == "Prices keep rising")
    assert prices.summary.startswith("Food prices rose again")
    assert "The situation has not changed." in prices.summary
    assert prices.author == "Anna Lis, Ian Bel"
    assert [tag.term for tag in prices.tags] == ["Economy"]
    [enclosure] = prices.enclosures
    assert enclosure.type == "image/jpeg" and int(enclosure.length) > 0
    assert enclosure.href.startswith("http://testserver/media/")
    assert prices.link == "http://testserver/en/issues/2023-10-09/prices-keep-rising/"
    article = publication.articles["en"]["prices"]
    assert prices.id == f"tag:localhost,2023:article:{article.pk}"
    # Editing the article keeps its GUID.
    article.title = "Prices keep rising, again"
    article.save_revision().publish()
    again = feedparser.parse(client.get("/en/feed/rss/").content)
    assert any(e.id == prices.id and e.title == "Prices keep rising, again" for e in again.entries)


def test_russian_atom_entries_name_authors_in_russian(client, publication):
    feed = feedparser.parse(client.get("/ru/feed/atom/").content)
    prices = next(entry for entry in feed.entries if entry.title == "Цены продолжают расти")
    assert prices.author == "Анна Лис, Ян Бель"
    assert [tag.term for tag in prices.tags] == ["Экономика"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_topic_feed_holds_only_that_topic(client, publication, kind):
    feed = feedparser.parse(client.get(f"/be/topics/security/feed/{kind}/").content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Інцыдэнты на мяжы"]
    assert client.get(f"/be/topics/no-such-topic/feed/{kind}/").status_code == 404


def test_every_page_advertises_its_feeds(client, publication):
    html = client.get("/ru/topics/economy/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Situation Report (RSS)" '
        'href="http://testserver/ru/feed/rss/">' in html
    )
    assert 'href="http://testserver/ru/topics/economy/feed/atom/"' in html
    article = client.get("/be/issues/2023-10-09/prices-keep-rising/").content.decode()
    assert 'href="http://testserver/be/feed/atom/"' in article
