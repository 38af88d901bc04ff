"""wagtail-localize's own "Translate this page" flow keeps slugs and does not publish."""

from __future__ import annotations

import datetime

import pytest
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from sitrep.publishing.models import ArticlePage
from tests import factories as f


@pytest.mark.django_db
def test_translating_an_article_keeps_its_slug_and_leaves_it_unpublished(client, site_structure):
    topics = f.make_topics(["economy"])
    issue = f.make_issue(datetime.date(2023, 10, 9))
    f.translate_issue(issue, "be")
    article = f.make_article(
        issue, title="Prices keep rising", slug="prices-keep-rising", topic=topics["economy"]["en"]
    )
    be = f.locale("be")

    # What the admin's "Translate this page" runs: a TranslationSource for the live English
    # article, then create_or_update_translation() for the chosen locale.
    TranslationCreator(None, [be]).create_translations(article)

    source = TranslationSource.objects.get_for_instance(article)
    translated = ArticlePage.objects.get(translation_key=article.translation_key, locale=be)
    assert translated.slug == "prices-keep-rising"
    assert translated.url_path.endswith("/issues/2023-10-09/prices-keep-rising/")
    assert translated.topic == topics["economy"]["be"]
    assert not translated.live
    assert client.get("/be/issues/2023-10-09/prices-keep-rising/").status_code == 404
    # The English page's language switch still sends Belarusian readers to the home page.
    assert (
        b'href="/be/?untranslated=1"'
        in client.get("/en/issues/2023-10-09/prices-keep-rising/").content
    )

    # Updating the translation from the source again keeps the slug and still does not publish.
    page, created = source.create_or_update_translation(be, publish=False, fallback=True)
    page.refresh_from_db()
    assert (created, page.slug, page.live) == (False, "prices-keep-rising", False)

    # Once the translator publishes, Belarusian readers get it at the same path.
    page.save_revision().publish()
    assert client.get("/be/issues/2023-10-09/prices-keep-rising/").status_code == 200
