"""Recovery without a scheduler, the handing-over mark and results held through a lost database
(in-process, immediate task backend). The real-process versions are in test_crash.py,
test_rq.py and test_outage.py."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.db import OperationalError, connection, transaction
from django.utils import timezone

from sitrep.newsletter import ledger, sending
from sitrep.newsletter.actions.campaigns import (
    campaign_progress,
    do_recover_expired_leases,
    do_resend_unknown,
    do_start_campaign,
)
from sitrep.newsletter.models import Campaign, Delivery, DeliveryBatch
from sitrep.newsletter.sending import Sender
from sitrep.newsletter.worker import Sweeper
from tests.newsletter.delivery_helpers import make_issue_content, make_subscribers

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(site_structure):
    return make_issue_content()


def crash(campaign, *, handed: int, claimed: int) -> list[int]:
    """As a SIGKILL leaves it: the batch claimed by a dead worker whose lease has expired,
    `claimed` deliveries `sending`, the first `handed` of them with the handing-over mark."""
    batch = DeliveryBatch.objects.get(campaign=campaign)
    DeliveryBatch.objects.filter(pk=batch.pk).update(
        status=DeliveryBatch.Status.SENDING,
        claimed_by="dead-worker",
        lease_expires_at=timezone.now() - timedelta(seconds=1),
    )
    ids = list(Delivery.objects.order_by("id").values_list("id", flat=True)[:claimed])
    Delivery.objects.filter(id__in=ids).update(status=Delivery.Status.SENDING)
    Delivery.objects.filter(id__in=ids[:handed]).update(handed_at=timezone.now())
    return ids


def test_a_worker_sweep_takes_over_a_dead_workers_batch_without_any_task_queued(
    issue, django_capture_on_commit_callbacks
):
    """What every worker runs when it starts and every few seconds: no deferred task, no
    scheduler; the campaign is finished by the sweep alone."""
    make_subscribers(6)
    campaign = do_start_campaign(issue)  # its send tasks are never run (not committed here)
    crash(campaign, handed=1, claimed=3)
    with django_capture_on_commit_callbacks(execute=True):
        assert Sweeper().maybe_sweep()
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED
    assert len(mail.outbox) == 3
    assert campaign_progress(campaign)["counts"]["unknown"] == 3


def test_the_sweep_leaves_a_campaign_alone_while_a_worker_holds_a_live_lease(
    issue, django_capture_on_commit_callbacks, settings
):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BATCH_SIZE": 3}
    make_subscribers(6)
    campaign = do_start_campaign(issue)
    first = DeliveryBatch.objects.filter(campaign=campaign).order_by("id").first()
    DeliveryBatch.objects.filter(pk=first.pk).update(
        status=DeliveryBatch.Status.SENDING,
        claimed_by="live-worker",
        lease_expires_at=timezone.now() + timedelta(seconds=60),
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert do_recover_expired_leases() == 0
    assert callbacks == []  # no task: the live worker claims the other batch itself
    DeliveryBatch.objects.filter(pk=first.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert do_recover_expired_leases() == 1
    assert len(callbacks) == 1


def test_a_due_back_off_batch_is_sent_by_the_sweep(issue, django_capture_on_commit_callbacks):
    make_subscribers(4)
    campaign = do_start_campaign(issue)
    DeliveryBatch.objects.filter(campaign=campaign).update(
        not_before=timezone.now() - timedelta(seconds=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        do_recover_expired_leases()
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED
    assert len(mail.outbox) == 4


def test_resend_never_handed_over_sends_only_what_never_reached_the_server(
    issue, django_capture_on_commit_callbacks
):
    make_subscribers(8)
    campaign = do_start_campaign(issue)
    claimed = crash(campaign, handed=2, claimed=5)
    with django_capture_on_commit_callbacks(execute=True):
        do_recover_expired_leases()
    assert len(mail.outbox) == 3  # the rows nobody had claimed
    unknown = Delivery.objects.filter(campaign=campaign, status=Delivery.Status.UNKNOWN)
    assert set(unknown.values_list("id", flat=True)) == set(claimed)
    assert campaign_progress(campaign)["unknown_never_handed"] == 3
    assert set(unknown.filter(handed_at__isnull=False).values_list("id", flat=True)) == set(
        claimed[:2]
    )
    campaign.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        assert do_resend_unknown(campaign, never_handed_only=True) == 3
    assert len(mail.outbox) == 6
    assert len({m.to[0] for m in mail.outbox}) == 6
    # The two that may have been delivered stay unknown, with their time of handing over.
    assert set(unknown.values_list("id", flat=True)) == set(claimed[:2])
    assert unknown.filter(handed_at__isnull=True).count() == 0


def test_every_sent_delivery_carries_its_handing_over_time(
    issue, django_capture_on_commit_callbacks, settings
):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "FLUSH_EVERY": 7}
    make_subscribers(12)
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        campaign = do_start_campaign(issue)
    rows = Delivery.objects.filter(campaign=campaign)
    assert rows.filter(status=Delivery.Status.SENT).count() == 12
    assert rows.filter(handed_at__isnull=True).count() == 0
    assert all(before <= d.handed_at <= d.sent_at for d in rows)


def _lose_the_connection() -> None:
    """What a restarted server or a cut network does to this process's connection. PostgreSQL:
    the server ends the backend (`pg_terminate_backend` from a second connection), so the next
    query on it fails for real. SQLite (in memory) cannot lose its connection: the error is
    raised as a lost connection raises it."""
    if connection.vendor != "postgresql":
        raise OperationalError("server closed the connection unexpectedly")
    import psycopg

    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    params.pop("prepare_threshold", None)
    with psycopg.connect(**params, autocommit=True, connect_timeout=5) as killer:
        killer.execute("SELECT pg_terminate_backend(%s)", [pid])


@pytest.mark.django_db(transaction=True)
def test_results_survive_a_lost_database_and_are_recorded_as_sent(
    transactional_db, site_structure, monkeypatch
):
    """The flush loses its connection twice, the worker keeps the results in memory and
    records them when the database answers again: nothing unknown, nobody twice. Transactional,
    as a worker runs a task outside any transaction (a connection lost inside one cannot be
    replaced: see Sender._with_database)."""
    from tests.newsletter.delivery_helpers import ensure_wagtail_root

    ensure_wagtail_root()
    issue = make_issue_content()
    make_subscribers(5)
    with monkeypatch.context() as patch:
        # No send task: this test runs the worker itself.
        patch.setattr(transaction, "on_commit", lambda *args, **kwargs: None)
        campaign = do_start_campaign(issue)
    assert len(mail.outbox) == 0
    real = sending.record_results
    failures = iter([True, True])
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if next(failures, False):
            _lose_the_connection()
        return real(*args, **kwargs)

    monkeypatch.setattr(sending, "record_results", flaky)
    monkeypatch.setattr(sending.time, "sleep", lambda s: None)
    Sender().run(DeliveryBatch.objects.get(campaign=campaign).pk)
    assert len(calls) >= 3  # two lost flushes, then the one that wrote
    assert len(mail.outbox) == 5
    assert Delivery.objects.filter(campaign=campaign, status=Delivery.Status.SENT).count() == 5
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED


def test_a_lost_connection_inside_a_transaction_is_not_waited_for(issue, monkeypatch):
    """Inside an atomic block a dead connection cannot be replaced: the worker gives up at once
    instead of retrying for `database_patience` seconds against a closed connection."""
    monkeypatch.setattr(sending.time, "sleep", lambda s: pytest.fail("waited"))
    sender = Sender()

    def lost():
        raise OperationalError("server closed the connection unexpectedly")

    with pytest.raises(OperationalError):
        sender._with_database("testing", lost)


def test_a_definite_result_overrides_unknown_set_while_the_database_was_away(issue):
    """The lease expired during the outage and another worker marked the rows unknown: the
    worker that holds their results records them (unknown rows are never re-sent, so this is
    safe)."""
    make_subscribers(3)
    campaign = do_start_campaign(issue)
    batch = DeliveryBatch.objects.get(campaign=campaign)
    ids = list(Delivery.objects.order_by("id").values_list("id", flat=True))
    Delivery.objects.filter(id__in=ids).update(status=Delivery.Status.UNKNOWN)
    pending = ledger.Results(sent=ids[:2], failed=[(ids[2], 0, "550 5.7.1 refused")])
    lease_ok = ledger.record_results(batch.pk, "me", campaign.pk, pending, 5, timedelta(seconds=60))
    assert lease_ok is False  # somebody else's batch now: the worker stops
    statuses = dict(Delivery.objects.values_list("id", "status"))
    assert [statuses[i] for i in ids] == ["sent", "sent", "failed"]
