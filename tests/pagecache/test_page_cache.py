"""The page cache for anonymous readers (docs/performance.md): stored after the first render,
fresh after every kind of change, never for editors, previews, searches or token pages."""

from __future__ import annotations

import gzip

import brotli
import pytest
from django.test import Client

from sitrep.core.models import PublicationSettings
from sitrep.pagecache import store
from tests.factories import (
    BASE_WEEK,
    make_article,
    make_author,
    make_image,
    make_issue,
    make_topic,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_memory():
    store.memory.clear()
    yield
    store.memory.clear()


@pytest.fixture
def archive(site_structure):
    topic = make_topic("economy", {"en": "Economy"})["en"]
    issue = make_issue(BASE_WEEK, summary="Prices rose.")
    article = make_article(issue, title="Bread prices", topic=topic)
    # Created by the first page that reads them (once per site), which counts as a change.
    PublicationSettings.load()
    return {"topic": topic, "issue": issue, "article": article}


def get(path: str, client: Client | None = None, **headers):
    return (client or Client()).get(path, **headers)


def test_a_page_is_stored_at_its_first_render_and_answered_from_the_cache_after(
    archive, django_assert_num_queries
):
    first = get("/en/")
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = get("/en/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The headers outer middleware added are stored with the page.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/issues/",
        "/en/topics/",
        "/en/topics/economy/",
        "/en/search/",
        "/en/trends/",
        "/en/feed/rss/",
        "/en/feed/atom/",
        "/sitemap.xml",
        "/robots.txt",
        "/en/no-such-page/",
    ],
)
def test_every_public_page_type_is_cached(archive, path):
    first = get(path)
    assert first.status_code in (200, 404)
    assert first["X-Page-Cache"] == "miss", path
    assert get(path)["X-Page-Cache"] == "hit", path


def test_issue_and_article_pages_are_cached(archive):
    for page in (archive["issue"], archive["article"]):
        url = page.url
        assert get(url)["X-Page-Cache"] == "miss"
        assert get(url)["X-Page-Cache"] == "hit"


def test_language_and_used_query_parameters_are_part_of_the_key(archive):
    get("/en/issues/")
    assert get("/en/issues/?page=2")["X-Page-Cache"] == "miss"
    assert get("/en/issues/?page=2")["X-Page-Cache"] == "hit"
    assert get("/be/")["X-Page-Cache"] == "miss"
    # Unprefixed URLs vary by the language a reader's browser asks for.
    get("/robots.txt", HTTP_ACCEPT_LANGUAGE="ru")
    assert get("/robots.txt", HTTP_ACCEPT_LANGUAGE="ru")["X-Page-Cache"] == "hit"
    assert get("/robots.txt", HTTP_ACCEPT_LANGUAGE="be")["X-Page-Cache"] == "miss"
    # A parameter no page reads is answered by Django, uncached.
    assert not get("/en/?utm_source=x").has_header("X-Page-Cache")


def test_search_results_for_a_query_are_never_cached(archive):
    for _ in range(2):
        response = get("/en/search/?q=bread")
        assert response.status_code == 200
        assert not response.has_header("X-Page-Cache")
    get("/en/search/")
    assert get("/en/search/")["X-Page-Cache"] == "hit"


def test_editors_are_never_answered_from_the_cache(archive, admin_user):
    get("/en/")
    assert get("/en/")["X-Page-Cache"] == "hit"
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get("/en/")
    assert response.status_code == 200
    assert not response.has_header("X-Page-Cache")
    # and what an editor saw is never stored for readers
    assert get("/en/")["X-Page-Cache"] == "hit"


def test_previews_are_never_cached(archive, admin_user):
    editor = Client()
    editor.force_login(admin_user)
    url = f"/admin/pages/{archive['article'].pk}/view_draft/"
    for _ in range(2):
        response = editor.get(url)
        assert response.status_code == 200
        assert not response.has_header("X-Page-Cache")


def test_newsletter_token_pages_and_posts_are_never_cached(archive):
    for _ in range(2):
        response = get("/en/newsletter/confirm/not-a-valid-token/")
        assert not response.has_header("X-Page-Cache")
    response = Client().post("/en/newsletter/subscribe/", {"email": "a@example.org"})
    assert not response.has_header("X-Page-Cache")


def test_a_response_that_sets_a_cookie_or_is_private_is_not_stored(archive, settings):
    from sitrep.pagecache.policy import storable

    assert not storable(200, {}, True, False)
    assert not storable(200, {"Cache-Control": "private"}, False, False)
    assert not storable(200, {"Vary": "Cookie"}, False, False)
    assert not storable(500, {}, False, False)
    assert storable(404, {"Vary": "Accept-Language"}, False, False)


def test_pages_with_the_signup_form_set_no_cookie(archive):
    for url in ("/en/", archive["article"].url):
        response = get(url)
        assert not response.cookies, url
        assert "Cookie" not in response.get("Vary", "")
        assert "csrfmiddlewaretoken" not in response.content.decode()


def test_cached_pages_go_out_compressed_in_what_the_client_accepts(archive):
    plain = get("/en/").content
    br = get("/en/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert br["Content-Encoding"] == "br"
    assert brotli.decompress(br.content) == plain
    assert "Accept-Encoding" in br["Vary"]
    gz = get("/en/", HTTP_ACCEPT_ENCODING="gzip")
    assert gz["Content-Encoding"] == "gzip"
    assert gzip.decompress(gz.content) == plain
    assert int(gz["Content-Length"]) == len(gz.content) < len(plain)
    refused = get("/en/", HTTP_ACCEPT_ENCODING="br;q=0, gzip")
    assert refused["Content-Encoding"] == "gzip"


def test_conditional_get_answers_304(archive):
    first = get("/en/")
    assert "s-maxage=" in first["Cache-Control"]
    assert "max-age=" in first["Cache-Control"]
    assert first["Cache-Control"].startswith("public")
    same = get("/en/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert same.status_code == 304
    assert same.content == b""
    assert get("/en/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert get("/en/", HTTP_IF_NONE_MATCH='W/"other"').status_code == 200
    feed = get("/en/feed/rss/")
    assert get("/en/feed/rss/", HTTP_IF_NONE_MATCH=feed["ETag"]).status_code == 304


def test_head_is_answered_from_the_cache(archive):
    get("/en/")
    response = Client().head("/en/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


# Freshness after each kind of change -----------------------------------------------------------


def _warm(*paths: str) -> None:
    for path in paths:
        get(path)
        assert get(path)["X-Page-Cache"] == "hit"


def _fresh(path: str, text: str | None = None, absent: str | None = None) -> None:
    response = get(path)
    assert response["X-Page-Cache"] == "miss", path
    html = response.content.decode()
    if text is not None:
        assert text in html
    if absent is not None:
        assert absent not in html


def test_publishing_an_edit_shows_at_once(archive):
    article = archive["article"]
    _warm(article.url, "/en/")
    article.title = "Bread prices doubled"
    publish(article)
    _fresh(article.url, "Bread prices doubled")
    _fresh("/en/", "Bread prices doubled")


def test_unpublishing_and_deleting_remove_a_page_at_once(archive):
    article = archive["article"]
    url = article.url
    _warm(url, "/en/")
    article.unpublish()
    assert get(url).status_code == 404
    _fresh("/en/", absent="Bread prices")
    publish(article)
    _warm(url)
    article.delete()
    assert get(url).status_code == 404


def test_publishing_a_new_issue_shows_on_the_archive_at_once(archive):
    _warm("/en/issues/", "/en/")
    issue = make_issue(BASE_WEEK.replace(day=16), summary="Fuel queues grew.")
    make_article(issue, title="Fuel queues", topic=archive["topic"])
    _fresh("/en/", "Fuel queues")
    _fresh("/en/issues/")


def test_moving_and_copying_pages_show_at_once(archive):
    issue = archive["issue"]
    other = make_issue(BASE_WEEK.replace(day=16))
    article = archive["article"]
    _warm(other.url, issue.url)
    article.move(other, pos="last-child")
    _fresh(other.url, "Bread prices")
    _warm(issue.url)
    article.specific.copy(to=issue, update_attrs={"slug": "bread-copy", "title": "Bread copy"})
    assert get(issue.url)["X-Page-Cache"] == "miss"


def test_scheduling_and_a_revision_going_live_show_at_once(archive):
    import datetime
    import time

    from django.core.management import call_command
    from django.utils import timezone

    article = archive["article"]
    _warm(article.url)
    article.title = "Scheduled title"
    article.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    article.save_revision().publish()
    # Scheduled, not yet live: the page is rendered again but still shows the old title.
    response = get(article.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Scheduled title" not in response.content.decode()
    _warm(article.url)
    time.sleep(2.2)
    call_command("publish_scheduled", verbosity=0)
    _fresh(article.url, "Scheduled title")


def test_topic_author_alias_setting_and_image_changes_show_at_once(archive):
    from sitrep.search.models import SearchAlias

    topic = archive["topic"]
    _warm("/en/topics/")
    topic.name = "Economics"
    topic.save()
    _fresh("/en/topics/", "Economics")

    _warm("/en/")
    make_author({"en": "Ann Writer"})
    assert get("/en/")["X-Page-Cache"] == "miss"

    _warm("/en/search/")
    SearchAlias.objects.create(label="Lukashenko", names="Lukashenko\nЛукашенко")
    assert get("/en/search/")["X-Page-Cache"] == "miss"

    _warm("/en/")
    settings_row = PublicationSettings.load()
    settings_row.save()
    assert get("/en/")["X-Page-Cache"] == "miss"

    _warm("/en/")
    image = make_image()
    assert get("/en/")["X-Page-Cache"] == "miss"
    _warm("/en/")
    image.title = "Renamed"
    image.save()
    assert get("/en/")["X-Page-Cache"] == "miss"


def test_the_page_cache_can_be_switched_off(archive, settings):
    settings.PAGE_CACHE_ENABLED = False
    get("/en/")
    response = get("/en/")
    assert not response.has_header("X-Page-Cache")
