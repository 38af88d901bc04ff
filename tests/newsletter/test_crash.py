"""Crash tests: a real worker process (`manage.py db_worker`) sends a campaign to a real SMTP
server (aiosmtpd in this process); the worker is killed with SIGKILL mid-campaign and restarted.
The server's record of what it received is the truth the ledger is checked against."""

from __future__ import annotations

import time

import pytest
from django.utils import timezone

from sitrep.newsletter.actions.campaigns import do_resume_campaign, do_start_campaign
from sitrep.newsletter.actions.subscribers import do_unsubscribe
from sitrep.newsletter.models import Campaign, Delivery, Subscriber
from tests.newsletter.delivery_helpers import (
    RecordingHandler,
    Worker,
    ensure_wagtail_root,
    free_port,
    make_issue_content,
    make_subscribers,
    shared_database,
    smtp_server,
    wait_for,
    worker_env,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

FLUSH_EVERY = 20
SUBSCRIBERS = 400
DB_TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter"],
    }
}


@pytest.fixture
def wagtail_root(transactional_db):
    ensure_wagtail_root()


@pytest.fixture
def campaign_setup(wagtail_root, site_structure, settings, tmp_path):
    """Content and subscribers, then a database a worker process can see; this process enqueues
    into the database task backend from then on."""
    issue = make_issue_content()
    readers = make_subscribers(SUBSCRIBERS)
    with shared_database(tmp_path) as database_url:
        settings.TASKS = DB_TASKS
        settings.NEWSLETTER = {
            **settings.NEWSLETTER,
            "BATCH_SIZE": 100,
            "FLUSH_EVERY": FLUSH_EVERY,
            "LEASE_SECONDS": 3,
            "RETRY_BACKOFF_SECONDS": 0.3,
        }
        yield issue, readers, database_url


def finished(campaign: Campaign) -> bool:
    campaign.refresh_from_db()
    return campaign.status in (Campaign.Status.FINISHED, Campaign.Status.PAUSED)


def ledger(campaign: Campaign) -> dict[str, Delivery]:
    """Delivery rows keyed by the subscriber's address (known to the test from setup)."""
    addresses = {
        pk: f"reader{n}@example.org"
        for n, pk in enumerate(Subscriber.objects.order_by("id").values_list("id", flat=True))
    }
    return {addresses[d.subscriber_id]: d for d in Delivery.objects.filter(campaign=campaign)}


def assert_exactly_once(handler: RecordingHandler, campaign: Campaign) -> int:
    """0 duplicates; every delivery not `unknown` was received exactly once if sent and not at
    all otherwise; returns the number of unknown deliveries."""
    counts = handler.counts()
    duplicates = {address: n for address, n in counts.items() if n > 1}
    assert duplicates == {}
    rows = ledger(campaign)
    unknown = 0
    for address, delivery in rows.items():
        if delivery.status == Delivery.Status.UNKNOWN:
            unknown += 1
            if delivery.handed_at is None:
                # No handing-over mark: the worker died before handing it to the server.
                assert counts.get(address, 0) == 0, address
            continue
        expected = 1 if delivery.status == Delivery.Status.SENT else 0
        assert counts.get(address, 0) == expected, (address, delivery.status)
    assert set(counts) <= set(rows)
    return unknown


def test_sigkill_at_10_50_and_90_percent_sends_nobody_twice(campaign_setup):
    """Three crashes in one campaign; after each, at most FLUSH_EVERY deliveries are claimed
    but unrecorded (they become `unknown`), and a restarted worker finishes the rest."""
    issue, readers, database_url = campaign_setup
    handler = RecordingHandler()
    handler.delay = 0.003
    with smtp_server(handler) as (handler, port):
        env = worker_env(database_url, port, FLUSH_EVERY=FLUSH_EVERY)
        campaign = do_start_campaign(issue)
        worker = Worker(env).start()
        try:
            for kills, fraction in enumerate((0.1, 0.5, 0.9), start=1):
                # Off the flush boundaries, so the kill lands in the middle of a chunk.
                target = int(fraction * SUBSCRIBERS) + FLUSH_EVERY // 3
                assert wait_for(lambda t=target: len(handler.received) >= t, 30, 0.005)
                worker.kill()
                assert len(handler.received) < SUBSCRIBERS
                # Claimed but unrecorded: at most FLUSH_EVERY per crash (earlier crashes' rows
                # stay `sending` until their lease expires).
                in_doubt = Delivery.objects.filter(campaign=campaign, status="sending").count()
                assert in_doubt <= FLUSH_EVERY * kills
                print(f"crash test: killed at {len(handler.received)}, {in_doubt} in doubt")
                worker = Worker(env).start()
            assert wait_for(lambda: finished(campaign), 40)
        finally:
            worker.stop()
        unknown = assert_exactly_once(handler, campaign)
    assert campaign.status == Campaign.Status.FINISHED
    assert 0 < unknown <= 3 * FLUSH_EVERY
    statuses = set(Delivery.objects.filter(campaign=campaign).values_list("status", flat=True))
    assert statuses <= {Delivery.Status.SENT, Delivery.Status.UNKNOWN}
    # Everyone not unknown got the issue exactly once (checked above), so this many did:
    assert len(handler.counts()) >= SUBSCRIBERS - unknown
    rows = ledger(campaign)
    never = [a for a, d in rows.items() if d.status == "unknown" and d.handed_at is None]
    delivered = [a for a, d in rows.items() if d.status == "unknown" and handler.counts()[a]]
    print(
        f"crash test: {unknown} unknown after 3 kills ({len(never)} never handed over, "
        f"{len(delivered)} delivered), {len(handler.counts())} received"
    )


def test_temporary_failures_are_retried_until_delivered(campaign_setup):
    issue, readers, database_url = campaign_setup
    handler = RecordingHandler()
    handler.temp_fail_count = 250  # the first 250 RCPTs get "451 try again later"
    with smtp_server(handler) as (handler, port):
        env = worker_env(database_url, port, MAX_ATTEMPTS=6)
        campaign = do_start_campaign(issue)
        worker = Worker(env).start()
        try:
            assert wait_for(lambda: finished(campaign), 40)
        finally:
            worker.stop()
        assert assert_exactly_once(handler, campaign) == 0
    assert len(handler.counts()) == SUBSCRIBERS
    attempts = list(Delivery.objects.filter(campaign=campaign).values_list("attempts", flat=True))
    assert max(attempts) > 1 and max(attempts) <= 6
    assert max(handler.rcpt_attempts.values()) <= 6


def test_permanent_failures_are_tried_once_and_bounce(campaign_setup):
    issue, readers, database_url = campaign_setup
    handler = RecordingHandler()
    rejected = {f"reader{n}@example.org" for n in range(3, SUBSCRIBERS, 10)}
    handler.reject = lambda address: address in rejected
    with smtp_server(handler) as (handler, port):
        campaign = do_start_campaign(issue)
        worker = Worker(worker_env(database_url, port)).start()
        try:
            assert wait_for(lambda: finished(campaign), 40)
        finally:
            worker.stop()
        assert assert_exactly_once(handler, campaign) == 0
    rows = ledger(campaign)
    for address in rejected:
        assert rows[address].status == Delivery.Status.FAILED
        assert rows[address].attempts == 1
        assert handler.rcpt_attempts[address] == 1
    assert Subscriber.objects.filter(status=Subscriber.Status.BOUNCED).count() == len(rejected)
    assert len(handler.counts()) == SUBSCRIBERS - len(rejected)


def test_refused_connections_pause_then_resume_loses_nothing(campaign_setup):
    issue, readers, database_url = campaign_setup
    port = free_port()  # nothing listens yet: connections are refused
    env = worker_env(database_url, port, PAUSE_AFTER_ERRORS=3)
    campaign = do_start_campaign(issue)
    worker = Worker(env).start()
    try:
        assert wait_for(lambda: finished(campaign), 40)
        assert campaign.status == Campaign.Status.PAUSED
        assert "could not be reached 3 times" in campaign.pause_reason
        assert Delivery.objects.filter(campaign=campaign, status="queued").count() == SUBSCRIBERS
        with smtp_server(port=port) as (handler, _port):
            do_resume_campaign(campaign)
            assert wait_for(lambda: finished(campaign), 40)
            assert campaign.status == Campaign.Status.FINISHED
            assert assert_exactly_once(handler, campaign) == 0
            assert len(handler.counts()) == SUBSCRIBERS
    finally:
        worker.stop()


def test_unsubscribe_mid_campaign_stops_further_mail(campaign_setup):
    issue, readers, database_url = campaign_setup
    handler = RecordingHandler()
    handler.delay = 0.004
    leaving = max(readers, key=lambda r: r.pk)  # the last in sending order
    address = leaving.get_email()
    with smtp_server(handler) as (handler, port):
        campaign = do_start_campaign(issue)
        worker = Worker(worker_env(database_url, port)).start()
        try:
            assert wait_for(lambda: len(handler.received) >= 20, 30, 0.005)
            do_unsubscribe(leaving, source="one-click")
            unsubscribed_at = timezone.now()
            assert wait_for(lambda: finished(campaign), 40)
        finally:
            worker.stop()
        assert assert_exactly_once(handler, campaign) == 0
    assert address not in handler.counts()
    delivery = Delivery.objects.get(campaign=campaign, subscriber=leaving)
    assert delivery.status == Delivery.Status.SKIPPED and delivery.updated_at >= unsubscribed_at
    assert len(handler.counts()) == SUBSCRIBERS - 1


def test_killed_in_the_last_batch_resumes_within_the_lease_plus_30_seconds(campaign_setup):
    """A SIGKILL in the last batch: no task is left in the queue to take it over, so only the
    restarted worker's own sweep does (no deferred task, no scheduler)."""
    issue, readers, database_url = campaign_setup
    lease = 10
    handler = RecordingHandler()
    handler.delay = 0.003
    with smtp_server(handler) as (handler, port):
        env = worker_env(database_url, port, FLUSH_EVERY=FLUSH_EVERY, LEASE_SECONDS=lease)
        campaign = do_start_campaign(issue)
        worker = Worker(env).start()
        try:
            assert wait_for(lambda: len(handler.received) >= SUBSCRIBERS * 9 // 10, 40, 0.005)
            worker.kill()
            at_kill, killed = len(handler.received), time.monotonic()
            worker = Worker(env).start()
            assert wait_for(lambda: finished(campaign), lease + 30)
            print(f"crash test: finished {time.monotonic() - killed:.1f} s after the kill")
        finally:
            worker.stop()
        unknown = assert_exactly_once(handler, campaign)
    assert campaign.status == Campaign.Status.FINISHED
    assert len(handler.counts()) > at_kill
    assert unknown <= FLUSH_EVERY
