"""Every transition of the ledger (ledger.py), each on its own, including the conflicting ones:
two workers claiming one batch, a flush after the lease was lost, a release of somebody else's
batch. The worker loop that strings them together is tested in test_sending.py and the crash
tests."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from sitrep.newsletter import ledger
from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.models import Campaign, Delivery, DeliveryBatch, Subscriber
from tests.factories import BASE_WEEK, make_issue
from tests.newsletter.delivery_helpers import make_subscribers

pytestmark = pytest.mark.django_db

LEASE = timedelta(seconds=60)


@pytest.fixture
def campaign(site_structure, settings):
    """A started campaign of 6 recipients in one pending batch; its send task never runs (the
    test transaction is never committed)."""
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BATCH_SIZE": 10}
    make_subscribers(6)
    # An issue without articles: the ledger does not render anything.
    return do_start_campaign(make_issue(BASE_WEEK, revision=False))


@pytest.fixture
def batch(campaign):
    return DeliveryBatch.objects.get(campaign=campaign)


def statuses(campaign) -> list[str]:
    return list(
        Delivery.objects.filter(campaign=campaign).order_by("id").values_list("status", flat=True)
    )


def claimed(batch, worker="w1", limit=10):
    assert ledger.claim_batch(batch.pk, worker)
    return ledger.claim_deliveries(batch.pk, batch.campaign_id, worker, 0, limit)


def test_claim_batch_one_worker_wins(batch):
    assert ledger.claim_batch(batch.pk, "w1")
    assert not ledger.claim_batch(batch.pk, "w2")  # the conflicting claim
    batch.refresh_from_db()
    assert (batch.status, batch.claimed_by, batch.attempts) == ("sending", "w1", 1)
    assert batch.lease_expires_at > timezone.now()


def test_claim_batch_waits_for_its_back_off_and_a_sending_campaign(campaign, batch):
    DeliveryBatch.objects.filter(pk=batch.pk).update(not_before=timezone.now() + LEASE)
    assert ledger.claimable_batches(campaign.pk) == []
    assert not ledger.claim_batch(batch.pk, "w1")
    DeliveryBatch.objects.filter(pk=batch.pk).update(not_before=None)
    Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.PAUSED)
    assert not ledger.claim_batch(batch.pk, "w1")


def test_claim_deliveries_moves_a_group_to_sending_with_the_handover_mark(campaign, batch):
    last_id, rows, skipped = claimed(batch, limit=4)
    assert (len(rows), skipped) == (4, 0)
    assert last_id == rows[-1]["id"]
    assert statuses(campaign) == ["sending"] * 4 + ["queued"] * 2
    handed = Delivery.objects.filter(campaign=campaign, handed_at__isnull=False).count()
    assert handed == 4  # the first HANDOVER_GROUP (20) of the group


def test_claim_deliveries_skips_subscribers_who_left(campaign, batch):
    first = Delivery.objects.filter(campaign=campaign).order_by("id").first()
    Subscriber.objects.filter(pk=first.subscriber_id).update(status=Subscriber.Status.UNSUBSCRIBED)
    _last, rows, skipped = claimed(batch)
    assert (len(rows), skipped) == (5, 1)
    assert statuses(campaign)[0] == "skipped"


def test_claim_deliveries_stops_on_a_lost_lease_or_a_paused_campaign(campaign, batch):
    assert ledger.claim_batch(batch.pk, "w1")
    with pytest.raises(ledger.LeaseLost):
        ledger.claim_deliveries(batch.pk, campaign.pk, "w2", 0, 10)
    Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.PAUSED)
    with pytest.raises(ledger.NotSending):
        ledger.claim_deliveries(batch.pk, campaign.pk, "w1", 0, 10)
    assert statuses(campaign) == ["queued"] * 6  # nothing claimed by either


def test_record_results_writes_every_outcome_and_renews_the_lease(campaign, batch):
    _last, rows, _skipped = claimed(batch)
    ids = [r["id"] for r in rows]
    results = ledger.Results(
        sent=ids[:2],
        retry=[(ids[2], 1, "451 later"), (ids[3], 5, "451 later")],
        failed=[(ids[4], rows[4]["subscriber_id"], "550 no such user")],
        unknown=[(ids[5], "no reply after data")],
    )
    assert ledger.record_results(batch.pk, "w1", campaign.pk, results, 5, LEASE)
    # attempts 5 of 5: failed for good; the refused recipient is a bounce (and suppressed).
    assert statuses(campaign) == ["sent", "sent", "queued", "failed", "failed", "unknown"]
    assert Subscriber.objects.get(pk=rows[4]["subscriber_id"]).status == "bounced"


def test_a_repeated_flush_counts_no_bounce_twice(campaign, batch, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BOUNCES_BEFORE_SUPPRESSION": 3}
    _last, rows, _skipped = claimed(batch)
    results = ledger.Results(failed=[(rows[0]["id"], rows[0]["subscriber_id"], "550 no")])
    ledger.record_results(batch.pk, "w1", campaign.pk, results, 5, LEASE)
    ledger.record_results(batch.pk, "w1", campaign.pk, results, 5, LEASE)  # retried flush
    assert Subscriber.objects.get(pk=rows[0]["subscriber_id"]).bounce_count == 1


def test_a_flush_after_the_lease_was_lost_records_and_says_so(campaign, batch):
    _last, rows, _skipped = claimed(batch)
    DeliveryBatch.objects.filter(pk=batch.pk).update(claimed_by="w2")  # taken over
    results = ledger.Results(sent=[rows[0]["id"]])
    assert not ledger.record_results(batch.pk, "w1", campaign.pk, results, 5, LEASE)
    assert statuses(campaign)[0] == "sent"  # a definite result is still recorded


def test_unclaim_gives_untried_rows_back_without_their_mark(campaign, batch):
    _last, rows, _skipped = claimed(batch)
    ledger.unclaim_deliveries([r["id"] for r in rows[3:]])
    assert statuses(campaign) == ["sending"] * 3 + ["queued"] * 3
    assert Delivery.objects.filter(status="queued", handed_at__isnull=False).count() == 0


def test_release_only_by_the_holder_and_skips_rows_of_a_cancelled_campaign(campaign, batch):
    claimed(batch)
    assert not ledger.release_batch(batch.pk, campaign.pk, "w2")  # not w2's to release
    Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.CANCELLED)
    assert ledger.release_batch(batch.pk, campaign.pk, "w1")
    batch.refresh_from_db()
    assert batch.status == "done"
    assert statuses(campaign) == ["skipped"] * 6


def test_release_puts_claimed_rows_back_to_queued(campaign, batch):
    claimed(batch)
    assert ledger.release_batch(batch.pk, campaign.pk, "w1")
    batch.refresh_from_db()
    assert (batch.status, batch.claimed_by, batch.lease_expires_at) == ("pending", "", None)
    assert statuses(campaign) == ["queued"] * 6


def test_finish_batch_is_done_or_backs_off_for_temporary_failures(campaign, batch, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "RETRY_BACKOFF_SECONDS": 30.0}
    _last, rows, _skipped = claimed(batch)
    ids = [r["id"] for r in rows]
    results = ledger.Results(sent=ids[1:], retry=[(ids[0], 1, "451 later")])
    ledger.record_results(batch.pk, "w1", campaign.pk, results, 5, LEASE)
    not_before = ledger.finish_batch(batch.pk, campaign.pk, "w1")
    assert not_before is not None and not_before > timezone.now() + timedelta(seconds=25)
    batch.refresh_from_db()
    assert (batch.status, batch.not_before) == ("pending", not_before)
    assert not ledger.maybe_finish_campaign(campaign.pk)  # a batch is not done yet
    DeliveryBatch.objects.filter(pk=batch.pk).update(not_before=None)
    claimed(batch)
    ledger.record_results(batch.pk, "w1", campaign.pk, ledger.Results(sent=[ids[0]]), 5, LEASE)
    assert ledger.finish_batch(batch.pk, campaign.pk, "w1") is None
    assert ledger.maybe_finish_campaign(campaign.pk)
    assert not ledger.maybe_finish_campaign(campaign.pk)  # once
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED


def test_a_group_claimed_by_a_repeated_flush_is_sent_not_stranded(campaign, batch):
    """A flush that claims the next group commits, the worker loses the connection before the
    answer, and the repeated flush claims the group after it: the first group stays `sending`
    without ever being handed over. Finishing the batch gives those rows back to be sent."""
    _last, rows, _skipped = claimed(batch, limit=2)
    ids = [r["id"] for r in rows]
    next_group = ledger.NextGroup(last_id=ids[-1], limit=2)
    assert ledger.record_results(
        batch.pk, "w1", campaign.pk, ledger.Results(sent=ids), 5, LEASE, then_claim=next_group
    )
    stranded = [r["id"] for r in next_group.claimed[1]]  # committed; the worker never saw it
    retried = ledger.NextGroup(last_id=stranded[-1], limit=10)
    ledger.record_results(
        batch.pk, "w1", campaign.pk, ledger.Results(sent=ids), 5, LEASE, then_claim=retried
    )
    last_two = [r["id"] for r in retried.claimed[1]]
    ledger.record_results(batch.pk, "w1", campaign.pk, ledger.Results(sent=last_two), 5, LEASE)
    assert ledger.finish_batch(batch.pk, campaign.pk, "w1") is not None  # not done: 2 unsent
    assert Delivery.objects.filter(id__in=stranded, status="queued", handed_at=None).count() == 2
    assert statuses(campaign).count("sent") == 4
    DeliveryBatch.objects.filter(pk=batch.pk).update(not_before=None)
    _last, again, _skipped = claimed(batch)
    assert [r["id"] for r in again] == stranded


def test_recover_expired_leases_turns_claimed_rows_unknown(campaign, batch):
    _last, rows, _skipped = claimed(batch, limit=3)
    Delivery.objects.filter(id=rows[2]["id"]).update(handed_at=None)
    assert ledger.recover_expired_leases(campaign.pk) == []  # the lease is live
    DeliveryBatch.objects.filter(pk=batch.pk).update(lease_expires_at=timezone.now() - LEASE)
    assert ledger.recover_expired_leases(campaign.pk) == [batch.pk]
    batch.refresh_from_db()
    assert (batch.status, batch.claimed_by) == ("pending", "")
    assert statuses(campaign) == ["unknown"] * 3 + ["queued"] * 3
    errors = dict(Delivery.objects.filter(status="unknown").values_list("id", "last_error"))
    assert errors[rows[2]["id"]] == "worker stopped before handing it over"
    assert errors[rows[0]["id"]] == "worker stopped before recording the result"


def test_pause_and_connection_errors(campaign, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "PAUSE_AFTER_CONNECTION_ERRORS": 2}
    assert ledger.count_connection_error(campaign.pk, "ConnectionRefusedError") == (1, False)
    assert ledger.count_connection_error(campaign.pk, "ConnectionRefusedError") == (2, True)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.PAUSED
    assert "could not be reached 2 times" in campaign.pause_reason
    assert not ledger.pause_campaign(campaign.pk, "again")  # only from sending


def test_record_bounces_suppresses_at_the_threshold(campaign, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BOUNCES_BEFORE_SUPPRESSION": 2}
    subscriber = Subscriber.objects.filter(status="confirmed").first()
    assert ledger.record_bounces([subscriber.pk]) == []
    assert ledger.record_bounces([subscriber.pk]) == [subscriber.pk]
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.bounce_count) == ("bounced", 2)
    assert subscriber.email_encrypted is None and subscriber.unsubscribe_source == "bounce"
