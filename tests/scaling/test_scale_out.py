"""Scale-out proof (docs/scaling.md): two web processes and two RQ workers on one PostgreSQL
database and one Redis. An issue published through one web process is fresh at once on the
other; a campaign sent by both workers reaches every subscriber exactly once.

Runs in CI's PostgreSQL + Redis pass; skipped on SQLite or without Redis."""

from __future__ import annotations

import datetime
import http.cookiejar
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
import redis
from django.conf import settings
from django.db import connection
from django.test import Client
from rq import Worker as RQWorker
from rq.job import Job
from rq.registry import FinishedJobRegistry

from sitrep.core.models import PublicationSettings
from tests.factories import BASE_WEEK, make_article, make_issue
from tests.newsletter.delivery_helpers import (
    RecordingHandler,
    Worker,
    ensure_wagtail_root,
    make_issue_content,
    make_subscribers,
    smtp_server,
    wait_for,
    worker_env,
)
from tests.pagecache.servers import WebServer, child_env

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

QUEUE_REDIS_URL = os.environ.get("SITREP_TEST_REDIS_URL", "redis://127.0.0.1:6379/4")
SUBSCRIBERS = 300
BATCH_SIZE = 25


@pytest.fixture
def cluster_redis():
    if connection.vendor != "postgresql" or not settings.REDIS_URL:
        pytest.skip("the scale-out proof needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL)")
    client = redis.Redis.from_url(QUEUE_REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail(f"Redis is not reachable at {QUEUE_REDIS_URL}")
    client.flushdb()
    yield client
    client.flushdb()


def database_url() -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    host = f"{s.get('HOST') or '127.0.0.1'}:{s.get('PORT') or 5432}"
    return f"postgres://{s['USER']}{password}@{host}/{s['NAME']}"


def cluster_env(**extra: str) -> dict[str, str]:
    """What every process of the cluster shares: the database, Redis (queues, page cache and
    content generation), RQ as the task backend."""
    return child_env(
        database_url(),
        SITREP_TASK_BACKEND="rq",
        REDIS_URL=QUEUE_REDIS_URL,
        SITREP_CACHE_PREFIX="sitrep-scale-out",
        **extra,
    )


def publish_through(web: WebServer, page_id: int, session_id: str) -> int:
    """Publish a page and its descendants with Wagtail's bulk action, as an editor would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("Cookie", f"{settings.SESSION_COOKIE_NAME}={session_id}")]
    url = (
        f"http://127.0.0.1:{web.port}/admin/bulk/wagtailcore/page/publish/"
        f"?id={page_id}&next=/admin/"
    )
    try:
        html = opener.open(url, timeout=60).read().decode()
    except urllib.error.HTTPError as error:
        raise AssertionError(f"{error.code} at {error.url}: {error.read()[:300]!r}") from error
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    csrf_cookie = next(c.value for c in jar if c.name == settings.CSRF_COOKIE_NAME)
    opener.addheaders = [
        ("Cookie", f"{settings.SESSION_COOKIE_NAME}={session_id}; csrftoken={csrf_cookie}")
    ]
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "include_descendants": "on"}
    ).encode()
    try:
        with opener.open(urllib.request.Request(url, data=data), timeout=60) as response:
            return response.status  # after the redirect to `next`
    except urllib.error.HTTPError as error:
        raise AssertionError(f"{error.code} at {error.url}: {error.read()[:300]!r}") from error


def test_two_web_processes_and_two_workers_share_one_database_and_redis(
    cluster_redis, site_structure, settings, admin_user
):
    ensure_wagtail_root()
    sent_issue = make_issue_content()
    PublicationSettings.load()
    new_issue = make_issue(BASE_WEEK + datetime.timedelta(days=7), live=False)
    topic = sent_issue.get_children().specific()[0].topic
    new_article = make_article(new_issue, title="Queues at the border", topic=topic, live=False)
    # Not live yet, so Wagtail gives no URL: the path under the English home page.
    article_path = "/en/" + new_article.url_path.split("/", 2)[2]
    issue_path = "/en/" + new_issue.url_path.split("/", 2)[2]
    make_subscribers(SUBSCRIBERS)
    editor = Client()
    editor.force_login(admin_user)  # a session in the shared database, second factor passed
    session_id = editor.cookies[settings.SESSION_COOKIE_NAME].value

    handler = RecordingHandler()
    handler.keep_messages = False
    handler.delay = 0.005  # a batch takes long enough that both workers get some
    with smtp_server(handler) as (handler, smtp_port):
        web_a = WebServer(cluster_env()).start()
        web_b = WebServer(cluster_env()).start()
        worker_command = [
            sys.executable, "manage.py", "rqworker", "newsletter", "default",
            "--job-class", "django_tasks_rq.Job",
        ]  # fmt: skip
        env = worker_env(database_url(), smtp_port, BATCH_SIZE=BATCH_SIZE)
        env.update(cluster_env(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_port)))
        env["EMAIL_BACKEND"] = "django.core.mail.backends.smtp.EmailBackend"
        workers = [Worker(env, worker_command).start() for _ in range(2)]
        try:
            # Readers on web B have the archive and the home page from its page cache.
            for path in ("/en/", "/en/issues/"):
                web_b.get(path)
                assert web_b.get(path)[1]["X-Page-Cache"] == "hit"
            assert web_b.get(article_path)[0] == 404

            assert publish_through(web_a, new_issue.pk, session_id) in (200, 302)

            # At once, on the other process: fresh pages, the new issue and its article.
            status, headers, body = web_b.get("/en/")
            assert status == 200 and "Queues at the border" in body.decode()
            assert headers["X-Page-Cache"] == "miss"
            status, _, body = web_b.get("/en/issues/")
            assert issue_path in body.decode()
            assert web_b.get(article_path)[0] == 200

            # A campaign across both workers: every subscriber exactly once.
            from sitrep.newsletter.actions.campaigns import do_start_campaign
            from sitrep.newsletter.models import Campaign, Delivery

            settings.TASKS = {
                "default": {
                    "BACKEND": "django_tasks_rq.RQBackend",
                    "QUEUES": ["default", "newsletter"],
                }
            }
            settings.RQ_QUEUES = {q: {"URL": QUEUE_REDIS_URL} for q in ("default", "newsletter")}
            settings.RQ = {"JOB_CLASS": "django_tasks_rq.Job"}
            settings.NEWSLETTER = {**settings.NEWSLETTER, "BATCH_SIZE": BATCH_SIZE}
            # Both workers listening before the campaign starts.
            assert wait_for(lambda: len(RQWorker.all(connection=cluster_redis)) == 2, 60, 0.2)
            campaign = do_start_campaign(sent_issue)

            def finished() -> bool:
                campaign.refresh_from_db()
                return campaign.status == Campaign.Status.FINISHED

            assert wait_for(finished, 180, 0.2), campaign.status
            registry = FinishedJobRegistry("newsletter", connection=cluster_redis)
            ran_by = {
                job.worker_name
                for job in Job.fetch_many(registry.get_job_ids(), connection=cluster_redis)
                if job is not None
            }
        finally:
            for worker in workers:
                worker.stop()
            web_a.stop()
            web_b.stop()

    counts = handler.counts()
    expected = {f"reader{n}@example.org" for n in range(SUBSCRIBERS)}
    assert max(counts.values()) == 1, "a subscriber received the issue twice"
    assert set(counts) == expected, f"{len(expected - set(counts))} subscribers missed"
    assert Delivery.objects.filter(campaign=campaign, status="sent").count() == SUBSCRIBERS
    assert len(ran_by) == 2, f"newsletter jobs ran on {ran_by}, not on both workers"
    print(f"scale-out: {len(counts)} received once; newsletter jobs ran on {sorted(ran_by)}")
