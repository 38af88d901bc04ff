"""Teasers (topic page, home page, an article's "Read more"): the title and lead an editor
typed are shown as text, never as markup, in every list."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup

from tests import factories as f

pytestmark = pytest.mark.django_db
HOSTILE_TITLE = 'Talks "resume" <script>alert(1)</script> & more'
HOSTILE_LEAD = "Prices <b>rose</b> & fell; <img src=x onerror=alert(2)>"


def test_teasers_show_markup_in_titles_and_leads_as_text(client, site_structure, settings):
    settings.PAGE_CACHE_ENABLED = False
    topic = f.make_topic("economy", {"en": "Economy"})["en"]
    older = f.make_issue(f.BASE_WEEK)
    newer = f.make_issue(f.BASE_WEEK + datetime.timedelta(weeks=1))
    f.make_article(older, title=HOSTILE_TITLE, slug="talks-resume", topic=topic, lead=HOSTILE_LEAD)
    reader = f.make_article(newer, title="Transit now", topic=topic)

    pages = {
        "topic": client.get("/en/topics/economy/"),
        "read more": client.get(reader.url),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html, name
        assert "onerror=alert(2)" not in html or "&lt;img src=x onerror=alert(2)&gt;" in html, name
        teasers = BeautifulSoup(html, "html.parser").select(".teaser")
        titles = [t.select_one(".teaser__title a").get_text() for t in teasers]
        assert HOSTILE_TITLE in titles, (name, titles)
        assert not any(t.select("script, img[onerror]") for t in teasers), name
    topic_page = BeautifulSoup(pages["topic"].content, "html.parser")
    lead = [p.get_text() for p in topic_page.select(".teaser__lead")]
    assert HOSTILE_LEAD in lead
    # The teaser links to the article, with its week.
    [teaser] = [t for t in topic_page.select(".teaser") if HOSTILE_TITLE in t.get_text()]
    assert teaser.select_one(".teaser__meta a")["href"].startswith("/en/issues/")
