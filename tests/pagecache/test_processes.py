"""Two processes, one store: a page stored by the production web server (granian with the WSGI
layer, as `make serve` runs it) is fresh on its next request after a change made in another
process, and a page one process stored is a hit in the other."""

from __future__ import annotations

import pytest
from django.test import Client

from sitrep.core.models import PublicationSettings
from sitrep.pagecache import store
from tests.factories import BASE_WEEK, make_article, make_image, make_issue, make_topic, publish

from .servers import WebServer, child_env, shared_database

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


@pytest.fixture
def server(site_structure, tmp_path):
    topic = make_topic("economy", {"en": "Economy"})["en"]
    issue = make_issue(BASE_WEEK, summary="Prices rose.")
    article = make_article(issue, title="Bread prices", topic=topic)
    PublicationSettings.load()
    with shared_database(tmp_path) as database_url:
        web = WebServer(child_env(database_url)).start()
        try:
            yield web, {"topic": topic, "issue": issue, "article": article}
        finally:
            web.stop()


def state(web: WebServer, path: str) -> tuple[str, str]:
    status, headers, body = web.get(path)
    assert status == 200, (path, status)
    return headers.get("X-Page-Cache", ""), body.decode()


def warm(web: WebServer, path: str) -> None:
    state(web, path)
    assert state(web, path)[0] == "hit"


def test_changes_made_in_one_process_are_fresh_in_another(server):
    web, content = server
    article, topic = content["article"], content["topic"]

    warm(web, article.url)
    warm(web, "/en/")
    article.title = "Bread prices doubled"
    publish(article)
    cached, html = state(web, article.url)
    assert cached == "miss" and "Bread prices doubled" in html
    cached, html = state(web, "/en/")
    assert cached == "miss" and "Bread prices doubled" in html

    warm(web, "/en/topics/")
    topic.name = "Economics"
    topic.save()
    cached, html = state(web, "/en/topics/")
    assert cached == "miss" and "Economics" in html

    warm(web, "/en/issues/")
    make_issue(BASE_WEEK.replace(day=16), summary="Fuel queues grew.")
    assert state(web, "/en/issues/")[0] == "miss"

    warm(web, "/en/")
    make_image()
    assert state(web, "/en/")[0] == "miss"

    warm(web, article.url)
    article.unpublish()
    status, headers, _ = web.get(article.url)
    assert status == 404


def test_a_page_stored_by_one_process_is_a_hit_in_another(server):
    web, _ = server
    state(web, "/en/trends/")
    store.memory.clear()
    # The same URL, host included, as the server saw it.
    client = Client(HTTP_HOST=f"127.0.0.1:{web.port}")
    response = client.get("/en/trends/")
    assert response["X-Page-Cache"] == "hit"
    # and the other way round
    client.get("/ru/")
    assert state(web, "/ru/")[0] == "hit"


def test_the_server_answers_hits_compressed_and_conditional_gets_with_304(server):
    web, _ = server
    state(web, "/en/")
    status, headers, body = web.get("/en/", **{"Accept-Encoding": "br"})
    assert headers["Content-Encoding"] == "br" and headers["X-Page-Cache"] == "hit"
    status, _, _ = web.get("/en/", **{"If-None-Match": headers["ETag"]})
    assert status == 304
