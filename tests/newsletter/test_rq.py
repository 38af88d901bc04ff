"""The campaign end to end on the RQ task backend (django-tasks-rq) against the Redis on this
machine: an `rqworker` process with django_tasks_rq's job class, a real SMTP server, a SIGKILL
mid-campaign and a restart."""

from __future__ import annotations

import os
import sys
import time

import pytest
import redis

from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.models import Campaign, Delivery
from tests.newsletter.delivery_helpers import (
    RecordingHandler,
    Worker,
    ensure_wagtail_root,
    make_issue_content,
    make_subscribers,
    shared_database,
    smtp_server,
    wait_for,
    worker_env,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

# Its own Redis database so the test never touches another queue (SITREP_TEST_REDIS_URL).
REDIS_URL = os.environ.get("SITREP_TEST_REDIS_URL", "redis://127.0.0.1:6379/4")
SUBSCRIBERS = 300
FLUSH_EVERY = 20
# Long enough that the restarted worker has run the jobs left in the queue before the dead
# worker's lease expires: then only a sweep can take the batch over.
LEASE_SECONDS = 10


@pytest.fixture
def redis_queue():
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail(f"Redis is not reachable at {REDIS_URL}")
    client.flushdb()
    yield
    client.flushdb()


@pytest.fixture
def wagtail_root(transactional_db):
    ensure_wagtail_root()


def test_campaign_on_rq_survives_a_killed_worker(
    wagtail_root, site_structure, settings, tmp_path, redis_queue
):
    issue = make_issue_content()
    make_subscribers(SUBSCRIBERS)
    handler = RecordingHandler()
    handler.delay = 0.003
    with shared_database(tmp_path) as database_url, smtp_server(handler) as (handler, port):
        settings.RQ_QUEUES = {name: {"URL": REDIS_URL} for name in ("default", "newsletter")}
        settings.RQ = {"JOB_CLASS": "django_tasks_rq.Job"}
        settings.TASKS = {
            "default": {
                "BACKEND": "django_tasks_rq.RQBackend",
                "QUEUES": ["default", "newsletter"],
            }
        }
        settings.NEWSLETTER = {
            **settings.NEWSLETTER,
            "BATCH_SIZE": 100,
            "LEASE_SECONDS": LEASE_SECONDS,
        }
        env = worker_env(database_url, port, FLUSH_EVERY=FLUSH_EVERY, LEASE_SECONDS=LEASE_SECONDS)
        env.update({"SITREP_TASK_BACKEND": "rq", "REDIS_URL": REDIS_URL})
        command = [
            sys.executable,
            "manage.py",
            "rqworker",
            "newsletter",
            "default",
            "--job-class",
            "django_tasks_rq.Job",
            "--with-scheduler",
        ]
        campaign = do_start_campaign(issue)
        worker = Worker(env, command).start()
        try:
            # In the last batch: no job left in the queue would take the batch over.
            assert wait_for(lambda: len(handler.received) >= SUBSCRIBERS * 9 // 10, 40, 0.005)
            worker.kill()
            in_doubt = Delivery.objects.filter(campaign=campaign, status="sending").count()
            print(f"rq test: killed after {len(handler.received)} messages, {in_doubt} in doubt")
            assert Delivery.objects.filter(campaign=campaign, status="sending").count() <= (
                FLUSH_EVERY
            )
            # RQ's keys are left alone: the killed worker's scheduler lock outlives it, and
            # recovery must not depend on a scheduler (docs/newsletter.md, "Crashes").
            at_kill = len(handler.received)
            killed = time.monotonic()
            worker = Worker(env, command).start()
            # The dead worker's lease expires after LEASE_SECONDS; the campaign resumes and
            # finishes well within the lease plus 30 s.
            assert wait_for(lambda: len(handler.received) > at_kill, LEASE_SECONDS + 30)
            resumed = time.monotonic() - killed

            def finished():
                campaign.refresh_from_db()
                return campaign.status == Campaign.Status.FINISHED

            assert wait_for(finished, LEASE_SECONDS + 30 - resumed)
            print(f"rq test: resumed {resumed:.1f} s after the kill")
        finally:
            worker.stop()
        counts = handler.counts()
        assert max(counts.values()) == 1  # nobody twice
        sent = Delivery.objects.filter(campaign=campaign, status="sent").count()
        unknown = Delivery.objects.filter(campaign=campaign, status="unknown").count()
        assert sent + unknown == SUBSCRIBERS
        assert unknown <= FLUSH_EVERY
        assert sent <= len(counts) <= sent + unknown
        print(f"rq test: {sent} sent, {unknown} unknown, {len(counts)} received once")
