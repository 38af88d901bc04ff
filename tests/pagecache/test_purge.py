"""Front-end caches (a CDN, nginx, Varnish) are told to drop a page and the pages that list it
when it is published or unpublished (docs/configuration.md, "Front-end caches")."""

from __future__ import annotations

import pytest

from tests.factories import BASE_WEEK, make_article, make_issue, make_topic, publish

from .servers import fake_purge_server

pytestmark = pytest.mark.django_db


def test_publishing_sends_purge_requests_to_the_configured_endpoint(
    site_structure, settings, django_capture_on_commit_callbacks
):
    topic = make_topic("economy", {"en": "Economy"})["en"]
    issue = make_issue(BASE_WEEK)
    article = make_article(issue, title="Bread prices", topic=topic)
    with fake_purge_server() as (port, received):
        settings.WAGTAILFRONTENDCACHE = {
            "http": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{port}",
            }
        }
        article.title = "Bread prices doubled"
        with django_capture_on_commit_callbacks(execute=True):
            publish(article)
        paths = {path for _, _, path in received}
        hosts = {host for _, host, _ in received}
        article_path = article.url  # /en/issues/<week>/<slug>/
        for language in ("en", "be", "ru"):
            assert article_path.replace("/en/", f"/{language}/", 1) in paths
            for listing in ("", "issues/", "topics/", "topics/economy/", "feed/rss/"):
                assert f"/{language}/{listing}" in paths
        assert issue.url in paths
        assert "/sitemap.xml" in paths
        assert hosts == {"localhost"}  # the site's host, not the purge endpoint's

        received.clear()
        with django_capture_on_commit_callbacks(execute=True):
            article.unpublish()
        assert article_path in {path for _, _, path in received}


def test_without_a_configured_endpoint_nothing_is_purged(site_structure, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    topic = make_topic("economy", {"en": "Economy"})["en"]
    issue = make_issue(BASE_WEEK)
    with fake_purge_server() as (_, received):
        make_article(issue, title="Bread prices", topic=topic)
        assert received == []
