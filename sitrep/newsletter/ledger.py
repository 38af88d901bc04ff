"""The ledger: every state change of a campaign's rows — Campaign, DeliveryBatch, Delivery —
as a named transition with its rule, so one module lists them all. Imported by the worker
(sending.py) and the actions; imports only models and settings. See docs/newsletter.md,
"Sending and delivery semantics" and "Module layout".

Transitions (DeliveryBatch: pending → sending → done; Delivery: queued → sending → sent / failed
/ queued (retry) / unknown / skipped):

- claim_batch: pending → sending under a lease (conditional UPDATE: one worker wins).
- claim_deliveries: renew the lease, queued → sending for the next group (the first group
  marked as handed over).
- mark_handing_over: the durable mark written just before a group goes to the server.
- record_results ("flush"): sending → sent / failed / queued / unknown / skipped, lease renewed.
- unclaim_deliveries / release_batch: give back what was claimed but never tried.
- finish_batch: sending → done, or back to pending with a back-off for temporary failures.
- recover_expired_leases / mark_lost_unknown: a dead worker's batch → pending, its claimed rows
  → unknown.
- maybe_finish_campaign, pause_campaign, count_connection_error: the Campaign side the worker
  needs; the editor's transitions (start, pause, resume, cancel, re-send) are actions in
  actions/campaigns.py. `Campaign.status` is written only here and in actions/.
- record_bounces / suppress_subscribers: the subscriber side of a refused recipient.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from .conf import newsletter_settings
from .delivery import retry_delay
from .models import Campaign, Delivery, DeliveryBatch, Subscriber

logger = logging.getLogger(__name__)

# A durable "handing over" mark (`Delivery.handed_at`) is written for this many messages at a
# time, just before the first of them goes to the server (the first group of a claimed group
# in the claiming transaction): after a crash, a `sending` row without it was certainly never
# handed over (docs/newsletter.md, "The guarantee: never twice"). One write per group.
HANDOVER_GROUP = 20
# Statuses that still receive mail (or may, once confirmed); suppressing moves them.
ACTIVE_SUBSCRIBER = (Subscriber.Status.PENDING, Subscriber.Status.CONFIRMED)


class LeaseLost(Exception):
    """The batch is no longer this worker's (its lease expired and another took it)."""


class NotSending(Exception):
    """The campaign was paused or cancelled: stop at the next flush."""


@dataclass
class Results:
    """Results not yet written to the ledger (at most FLUSH_EVERY of them)."""

    sent: list[int] = field(default_factory=list)
    retry: list[tuple[int, int, str]] = field(default_factory=list)  # (id, attempts, error)
    failed: list[tuple[int, int, str]] = field(default_factory=list)  # (id, subscriber, error)
    unknown: list[tuple[int, str]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def __len__(self) -> int:
        return (
            len(self.sent)
            + len(self.retry)
            + len(self.failed)
            + len(self.unknown)
            + len(self.skipped)
        )


# ---------------------------------------------------------------------------------------------
# Batches: claim, lease, recover


def recover_expired_leases(campaign_id: int | None = None) -> list[int]:
    """Batches whose worker stopped renewing the lease: their claimed-but-unrecorded deliveries
    become `unknown` and the batch goes back to `pending` for its `queued` rows. Returns the ids
    of the recovered batches."""
    now = timezone.now()
    expired = DeliveryBatch.objects.filter(
        status=DeliveryBatch.Status.SENDING, lease_expires_at__lt=now
    )
    if campaign_id is not None:
        expired = expired.filter(campaign_id=campaign_id)
    recovered = []
    for batch_id, owner, lease in expired.values_list("id", "claimed_by", "lease_expires_at"):
        with transaction.atomic():
            taken = DeliveryBatch.objects.filter(
                pk=batch_id,
                status=DeliveryBatch.Status.SENDING,
                claimed_by=owner,
                lease_expires_at=lease,
            ).update(status=DeliveryBatch.Status.PENDING, claimed_by="", lease_expires_at=None)
            if not taken:
                continue
            lost = mark_lost_unknown(batch_id, now)
        recovered.append(batch_id)
        logger.warning("batch %s: lease expired, %s deliveries marked unknown", batch_id, lost)
    return recovered


def mark_lost_unknown(batch_id: int, now: datetime) -> int:
    """A dead worker's claimed-but-unrecorded deliveries become `unknown` (never re-sent
    automatically). The error says whether the handing-over mark was written: without it the
    message certainly never reached the server, and the operator can re-send just those."""
    lost = Delivery.objects.filter(batch_id=batch_id, status=Delivery.Status.SENDING)
    never = lost.filter(handed_at__isnull=True).update(
        status=Delivery.Status.UNKNOWN,
        attempts=F("attempts") + 1,
        last_error="worker stopped before handing it over",
        updated_at=now,
    )
    maybe = lost.update(
        status=Delivery.Status.UNKNOWN,
        attempts=F("attempts") + 1,
        last_error="worker stopped before recording the result",
        updated_at=now,
    )
    return never + maybe


def mark_handing_over(delivery_ids: list[int]) -> None:
    """The durable mark written (and committed) before these deliveries are handed to the
    server: a crash leaves `sending` rows with it (maybe delivered) or without (never sent)."""
    Delivery.objects.filter(id__in=delivery_ids, status=Delivery.Status.SENDING).update(
        handed_at=timezone.now()
    )


def claimable_batches(campaign_id: int, limit: int = 10) -> list[int]:
    """The campaign's pending batches that are due (no back-off in the future), oldest first."""
    now = timezone.now()
    return list(
        DeliveryBatch.objects.filter(campaign_id=campaign_id, status=DeliveryBatch.Status.PENDING)
        .filter(Q(not_before__isnull=True) | Q(not_before__lte=now))
        .order_by("id")
        .values_list("id", flat=True)[:limit]
    )


def has_live_lease(campaign_id: int) -> bool:
    """Whether some worker holds an unexpired lease on a batch of the campaign (and so will
    claim the campaign's other due batches when it is done with its own)."""
    return DeliveryBatch.objects.filter(
        campaign_id=campaign_id,
        status=DeliveryBatch.Status.SENDING,
        lease_expires_at__gte=timezone.now(),
    ).exists()


def claim_batch(batch_id: int, worker_id: str) -> bool:
    """Take the batch if it is pending, due, and its campaign is sending (conditional UPDATE:
    exactly one worker wins)."""
    now = timezone.now()
    campaign_sending = Campaign.objects.filter(status=Campaign.Status.SENDING).values("pk")
    return (
        DeliveryBatch.objects.filter(
            pk=batch_id, status=DeliveryBatch.Status.PENDING, campaign_id__in=campaign_sending
        )
        .filter(Q(not_before__isnull=True) | Q(not_before__lte=now))
        .update(
            status=DeliveryBatch.Status.SENDING,
            claimed_by=worker_id,
            lease_expires_at=now + newsletter_settings().lease,
            attempts=F("attempts") + 1,
        )
        == 1
    )


def maybe_finish_campaign(campaign_id: int) -> bool:
    """sending → finished, once every batch of a frozen campaign is done. Returns whether
    this call finished it."""
    if (
        DeliveryBatch.objects.filter(campaign_id=campaign_id)
        .exclude(status=DeliveryBatch.Status.DONE)
        .exists()
    ):
        return False
    return bool(
        Campaign.objects.filter(
            pk=campaign_id, status=Campaign.Status.SENDING, frozen_at__isnull=False
        ).update(status=Campaign.Status.FINISHED, finished_at=timezone.now())
    )


# ---------------------------------------------------------------------------------------------
# Deliveries: claim a group, hand over, record, give back


# What the worker reads per delivery: ids, attempts and the subscriber's addressing fields.
DELIVERY_FIELDS = (
    "id",
    "attempts",
    "subscriber_id",
    "subscriber__status",
    "subscriber__email_encrypted",
    "subscriber__language",
    "subscriber__topics",
    "subscriber__link_secret",
)


def claim_deliveries(
    batch_id: int, campaign_id: int, worker_id: str, last_id: int, limit: int
) -> tuple[int, list[dict[str, Any]], int] | None:
    """Renew the lease, re-check the campaign, and move the next `limit` queued deliveries of
    the batch (ids above `last_id`) to `sending`, the first HANDOVER_GROUP of them marked as
    handed over; subscribers no longer confirmed are `skipped`. One transaction. Returns (last
    id looked at, rows to send, how many were skipped), or None when the batch has nothing left.
    Raises LeaseLost or NotSending. (After the first group, `record_results` claims the next
    one in its own transaction: see `NextGroup`.)"""
    now = timezone.now()
    with transaction.atomic():
        if not DeliveryBatch.objects.filter(
            pk=batch_id, claimed_by=worker_id, status=DeliveryBatch.Status.SENDING
        ).update(lease_expires_at=now + newsletter_settings().lease):
            raise LeaseLost(batch_id)
        if not campaign_is_sending(campaign_id):
            raise NotSending(campaign_id)
        return _claim_group(batch_id, last_id, limit, now)


def _claim_group(
    batch_id: int, last_id: int, limit: int, now: datetime
) -> tuple[int, list[dict[str, Any]], int] | None:
    """The rows of `claim_deliveries`, inside the caller's transaction."""
    rows = list(
        Delivery.objects.filter(batch_id=batch_id, status=Delivery.Status.QUEUED, id__gt=last_id)
        .order_by("id")
        .values(*DELIVERY_FIELDS)[:limit]
    )
    if not rows:
        return None
    usable, gone = [], []
    for row in rows:
        if (
            row["subscriber__status"] == Subscriber.Status.CONFIRMED
            and row["subscriber__email_encrypted"] is not None
        ):
            usable.append(row)
        else:
            gone.append(row["id"])
    if gone:
        Delivery.objects.filter(id__in=gone, status=Delivery.Status.QUEUED).update(
            status=Delivery.Status.SKIPPED,
            last_error="subscriber no longer confirmed",
            updated_at=now,
        )
    ids = [r["id"] for r in usable]
    # The first HANDOVER_GROUP are handed over right after this commit: claimed and marked in
    # one UPDATE (with the default FLUSH_EVERY that is the whole group).
    for part, handed_at in ((ids[:HANDOVER_GROUP], now), (ids[HANDOVER_GROUP:], None)):
        if part:
            Delivery.objects.filter(id__in=part, status=Delivery.Status.QUEUED).update(
                status=Delivery.Status.SENDING, handed_at=handed_at, updated_at=now
            )
    return rows[-1]["id"], usable, len(gone)


@dataclass
class NextGroup:
    """Asks `record_results` to claim the batch's next group in the same transaction, so the
    worker pays one commit per group, not two (a group is 20 messages by default: the record
    after each group is what bounds `unknown` after a crash). Filled in by `record_results`:
    `claimed` as `claim_deliveries` returns it (None: nothing left), `campaign_sending` False
    if the campaign was paused or cancelled (nothing claimed then)."""

    last_id: int
    limit: int
    claimed: tuple[int, list[dict[str, Any]], int] | None = None
    campaign_sending: bool = True


def unclaim_deliveries(ids: list[int]) -> None:
    """sending → queued for rows never tried (the connection failed first); the handing-over
    mark is withdrawn."""
    Delivery.objects.filter(id__in=ids, status=Delivery.Status.SENDING).update(
        status=Delivery.Status.QUEUED, handed_at=None, updated_at=timezone.now()
    )


def release_batch(
    batch_id: int, campaign_id: int, worker_id: str, not_before: datetime | None = None
) -> bool:
    """sending → pending: give the batch back, with anything claimed but not tried back to
    queued (the results were flushed just before). If the campaign was cancelled meanwhile,
    its queued rows become `skipped` and the batch `done`. Returns whether it was ours."""
    with transaction.atomic():
        mine = DeliveryBatch.objects.filter(
            pk=batch_id, claimed_by=worker_id, status=DeliveryBatch.Status.SENDING
        )
        if not mine.update(
            status=DeliveryBatch.Status.PENDING,
            claimed_by="",
            lease_expires_at=None,
            not_before=not_before,
        ):
            return False
        # Rows still `sending` here were claimed by this worker and never handed to the server.
        Delivery.objects.filter(batch_id=batch_id, status=Delivery.Status.SENDING).update(
            status=Delivery.Status.QUEUED, handed_at=None, updated_at=timezone.now()
        )
        campaign = Campaign.objects.filter(pk=campaign_id).values("status").first()
        if campaign and campaign["status"] == Campaign.Status.CANCELLED:
            Delivery.objects.filter(batch_id=batch_id, status=Delivery.Status.QUEUED).update(
                status=Delivery.Status.SKIPPED, last_error="campaign cancelled"
            )
            DeliveryBatch.objects.filter(pk=batch_id).update(status=DeliveryBatch.Status.DONE)
    return True


def finish_batch(batch_id: int, campaign_id: int, worker_id: str) -> datetime | None:
    """Every queued row was tried once in this pass: sending → done, or, with temporary
    failures or rows claimed but never handed over left, back to pending with a back-off
    (`retry_delay` of the highest attempt).
    Returns the time the batch is due again (the caller enqueues it), or None when done."""
    now = timezone.now()
    with transaction.atomic():
        if DeliveryBatch.objects.filter(
            pk=batch_id, claimed_by=worker_id, status=DeliveryBatch.Status.SENDING
        ).exists():
            # After the last flush every row handed over has its result. A row still `sending`
            # was claimed by a flush whose commit this worker never heard of (repeated after a
            # lost connection, which then claimed the group after it): never handed over.
            Delivery.objects.filter(batch_id=batch_id, status=Delivery.Status.SENDING).update(
                status=Delivery.Status.QUEUED, handed_at=None, updated_at=now
            )
        retry = Delivery.objects.filter(batch_id=batch_id, status=Delivery.Status.QUEUED).aggregate(
            attempts=Max("attempts")
        )["attempts"]
        if retry is None:
            DeliveryBatch.objects.filter(pk=batch_id, claimed_by=worker_id).update(
                status=DeliveryBatch.Status.DONE, claimed_by="", lease_expires_at=None
            )
            return None
        not_before = now + timedelta(
            seconds=retry_delay(retry, newsletter_settings().retry_backoff_seconds)
        )
        release_batch(batch_id, campaign_id, worker_id, not_before=not_before)
    return not_before


def record_results(
    batch_id: int,
    worker_id: str,
    campaign_id: int,
    pending: Results,
    max_attempts: int,
    lease: timedelta,
    *,
    then_claim: NextGroup | None = None,
    reset_connection_errors: bool = True,
) -> bool:
    """One flush, in one transaction (so it can be repeated after a lost connection): the
    results in `pending` go into the ledger and the lease is renewed. Returns whether the lease
    is still this worker's. With `then_claim`, and if the lease is still ours and the campaign
    still sending, the next group is claimed in the same transaction (see `NextGroup`). A message
    sent clears the campaign's count of connection errors in a row, unless
    `reset_connection_errors` is False (the worker clears it at most once a second).

    A definite result (sent, refused) is recorded even if the row became `unknown` meanwhile:
    that happens when the lease expired while the database was away and another worker took
    the batch over. `unknown` rows are never re-sent automatically, so this corrects the
    ledger without sending anyone anything twice."""
    now = timezone.now()
    settled = [Delivery.Status.SENDING, Delivery.Status.UNKNOWN]
    with transaction.atomic():
        # Bounces only for rows this transaction moves (a repeated flush counts none twice).
        refused = {i: s for i, s, _e in pending.failed if s}
        bounced = (
            list(
                Delivery.objects.filter(id__in=list(refused), status__in=settled).values_list(
                    "subscriber_id", flat=True
                )
            )
            if refused
            else []
        )
        if pending.sent:
            Delivery.objects.filter(id__in=pending.sent, status__in=settled).update(
                status=Delivery.Status.SENT,
                sent_at=now,
                attempts=F("attempts") + 1,
                last_error="",
                updated_at=now,
            )
            if reset_connection_errors:
                Campaign.objects.filter(pk=campaign_id, connection_errors__gt=0).update(
                    connection_errors=0
                )
        for status, rows, from_statuses in (
            (
                Delivery.Status.FAILED,
                [(i, e) for i, a, e in pending.retry if a >= max_attempts],
                [Delivery.Status.SENDING],
            ),
            (
                Delivery.Status.QUEUED,
                [(i, e) for i, a, e in pending.retry if a < max_attempts],
                [Delivery.Status.SENDING],
            ),
            (Delivery.Status.FAILED, [(i, e) for i, _s, e in pending.failed], settled),
            (Delivery.Status.UNKNOWN, pending.unknown, [Delivery.Status.SENDING]),
        ):
            for error, ids in _group_by_error(rows).items():
                Delivery.objects.filter(id__in=ids, status__in=from_statuses).update(
                    status=status, attempts=F("attempts") + 1, last_error=error, updated_at=now
                )
        for error, ids in _group_by_error(pending.skipped).items():
            Delivery.objects.filter(id__in=ids, status=Delivery.Status.SENDING).update(
                status=Delivery.Status.SKIPPED, last_error=error, handed_at=None, updated_at=now
            )
        if bounced:
            record_bounces(bounced)
        mine = DeliveryBatch.objects.filter(
            pk=batch_id, claimed_by=worker_id, status=DeliveryBatch.Status.SENDING
        )
        if then_claim is not None:
            # Set afresh on every try (a flush repeated after a lost connection).
            then_claim.claimed, then_claim.campaign_sending = None, False
            # The usual case in one statement: the lease is ours and the campaign is sending.
            if mine.filter(campaign__status=Campaign.Status.SENDING).update(
                lease_expires_at=now + lease
            ):
                then_claim.campaign_sending = True
                then_claim.claimed = _claim_group(
                    batch_id, then_claim.last_id, then_claim.limit, now
                )
                return True
        return bool(mine.update(lease_expires_at=now + lease))


def _group_by_error(rows: Iterable[tuple[int, str]]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for row_id, error in rows:
        grouped.setdefault(error[:500], []).append(row_id)
    return grouped


def count_bounces(subscriber_ids: list[int]) -> list[int]:
    """One more bounce for each subscriber (a recipient refused at RCPT TO, or an ESP's bounce
    report): the one bounce counter, a bulk `F()` update. Returns the ids of the active
    subscribers that reached BOUNCES_BEFORE_SUPPRESSION (the caller suppresses them)."""
    Subscriber.objects.filter(pk__in=subscriber_ids).update(bounce_count=F("bounce_count") + 1)
    return list(
        Subscriber.objects.filter(
            pk__in=subscriber_ids,
            status__in=ACTIVE_SUBSCRIBER,
            bounce_count__gte=newsletter_settings().bounces_before_suppression,
        ).values_list("pk", flat=True)
    )


def record_bounces(subscriber_ids: list[int]) -> list[int]:
    """Count the bounces; those that reached the threshold become `bounced` (address dropped)
    and get no further issues. Returns the ids suppressed now."""
    reached = count_bounces(subscriber_ids)
    moved, _emptied = suppress_subscribers(
        reached, status=Subscriber.Status.BOUNCED, source="bounce"
    )
    if moved:
        logger.info("%d subscribers bounced", moved)
    return reached


def suppress_subscribers(
    subscriber_ids: Iterable[int],
    *,
    status: str,
    source: str,
    only_from: Collection[str] = ACTIVE_SUBSCRIBER,
) -> tuple[int, int]:
    """active → unsubscribed / bounced / complained, the address dropped: the row writes of
    `actions.subscribers.do_suppress_subscribers` (which documents the rules), here so the
    campaign worker's bounces take the same path without importing an action.
    Returns (moved, emptied)."""
    if status not in {
        Subscriber.Status.UNSUBSCRIBED,
        Subscriber.Status.BOUNCED,
        Subscriber.Status.COMPLAINED,
    }:
        raise ValueError(f"cannot suppress into status {status!r}")
    ids = list(subscriber_ids)
    if not ids:
        return 0, 0
    dropped: dict[str, Any] = {
        "email_encrypted": None,
        "topics": [],
        "confirmation_nonce": "",
        "unsubscribed_at": timezone.now(),
        "unsubscribe_source": source[:32],
    }
    with transaction.atomic():
        rows = Subscriber.objects.filter(pk__in=ids)
        moved = rows.filter(status__in=list(only_from)).update(status=status, **dropped)
        # Already suppressed, but an address may still be stored (e.g. bounced before the
        # ciphertext was dropped by every path): drop it as well.
        emptied = (
            rows.exclude(status__in=list(only_from))
            .exclude(status__in=ACTIVE_SUBSCRIBER)
            .filter(email_encrypted__isnull=False)
            .update(**dropped)
        )
    return moved, emptied


# ---------------------------------------------------------------------------------------------
# Campaign: what the worker may change


def lease_is_mine(batch_id: int, worker_id: str) -> bool:
    return DeliveryBatch.objects.filter(
        pk=batch_id, claimed_by=worker_id, status=DeliveryBatch.Status.SENDING
    ).exists()


def campaign_is_sending(campaign_id: int) -> bool:
    status = Campaign.objects.filter(pk=campaign_id).values_list("status", flat=True).first()
    return status == Campaign.Status.SENDING


def active_batches(campaign_id: int) -> int:
    """How many batches of the campaign are being sent (the rate limit is shared among them)."""
    return DeliveryBatch.objects.filter(
        campaign_id=campaign_id, status=DeliveryBatch.Status.SENDING
    ).count()


def pause_campaign(
    campaign_id: int, reason: str, *, from_statuses: Iterable[str] = (Campaign.Status.SENDING,)
) -> bool:
    """sending (or scheduled, for an editor) → paused, with the reason shown to editors.
    Workers stop at their next flush. Returns whether the status changed."""
    return bool(
        Campaign.objects.filter(pk=campaign_id, status__in=list(from_statuses)).update(
            status=Campaign.Status.PAUSED, pause_reason=reason[:300]
        )
    )


def count_connection_error(campaign_id: int, error: str) -> tuple[int, bool]:
    """One more "mail server unreachable" in a row; at PAUSE_AFTER_CONNECTION_ERRORS the
    campaign is paused (nothing was lost: resume when it is back). Returns (errors in a row,
    whether it paused). `record_results` resets the count on the first message sent."""
    Campaign.objects.filter(pk=campaign_id).update(connection_errors=F("connection_errors") + 1)
    errors = (
        Campaign.objects.filter(pk=campaign_id).values_list("connection_errors", flat=True).first()
        or 0
    )
    if errors < newsletter_settings().pause_after_connection_errors:
        return errors, False
    paused = pause_campaign(
        campaign_id,
        f"The mail server could not be reached {errors} times in a row ({error}). "
        "Nothing was lost; resume when it is back.",
    )
    return errors, paused


def delay_batch(batch_id: int, not_before: datetime) -> None:
    """A pending batch is not claimed before `not_before` (back-off after a connection error)."""
    DeliveryBatch.objects.filter(pk=batch_id, status=DeliveryBatch.Status.PENDING).update(
        not_before=not_before
    )
