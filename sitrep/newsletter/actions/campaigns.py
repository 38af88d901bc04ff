"""State changes of campaigns: create, start (freeze the recipients), pause, resume, cancel,
re-send `unknown` deliveries, recover crashed workers, start on publish. The row-level
transitions they share with the worker are in ledger.py; the progress report is in selectors.py;
tasks are enqueued by name (queue.py). See docs/newsletter.md, "Sending and delivery semantics"
and "Module layout".
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit
from ..conf import newsletter_settings
from ..delivery import (
    PH_PREFERENCES_URL,
    PH_UNSUBSCRIBE_URL,
    Recipient,
    compile_message,
    plan_batches,
)
from ..ledger import (
    claimable_batches,
    has_live_lease,
    maybe_finish_campaign,
    pause_campaign,
    recover_expired_leases,
)
from ..models import Campaign, Delivery, DeliveryBatch, Subscriber
from ..queue import enqueue_after_commit
from ..selectors import (
    RecipientCounts,
    campaign_progress,  # noqa: F401 - re-exported (admin, command, tests)
    campaign_recipients,
    recipient_counts,
    unsent_counts,
)

logger = logging.getLogger(__name__)

S = Campaign.Status


class CampaignError(Exception):
    """The requested change does not fit the campaign's state (message is for editors)."""


def source_issue(issue):
    """The issue in the main language, which campaigns belong to (translations are rendered
    from it). Raises CampaignError if the issue does not exist in that language: a campaign
    created for a translation would send the wrong edition to everyone."""
    if issue.locale.language_code == settings.LANGUAGE_CODE:
        return issue
    source = (
        type(issue)
        .objects.filter(
            translation_key=issue.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .first()
    )
    if source is None:
        raise CampaignError(
            _("This issue has no version in the main language; newsletters are sent from it.")
        )
    return source


def _enqueue_batches(batch_ids: list[int]) -> None:
    for batch_id in batch_ids:
        enqueue_after_commit("send_campaign_batch_task", batch_id)


SWEEP_KEY = "newsletter:sweep-chain"


def _sweep_key_timeout() -> int:
    # Longer than the gap between two sweeps plus a busy queue; if the chain's task is lost,
    # the key expires and the next start or resume begins a new chain.
    return newsletter_settings().lease_seconds * 3 + 60


def _enqueue_sweep(*, continuing: str = "") -> None:
    """The recovery sweep runs one lease after now and re-enqueues itself while a campaign is
    sending: the database task backend does not retry the task of a killed worker, and has no
    cron. At most one chain: the chain's token is held in the cache and a sweep only continues
    if it carries the current token (`continuing`), or if there is none."""
    run_after = timezone.now() + timedelta(seconds=newsletter_settings().lease_seconds + 1)

    def token() -> tuple[str] | None:
        token = uuid.uuid4().hex
        if continuing and cache.get(SWEEP_KEY) == continuing:
            cache.set(SWEEP_KEY, token, _sweep_key_timeout())
        elif not cache.add(SWEEP_KEY, token, _sweep_key_timeout()):
            return None  # another chain is pending
        return (token,)

    # The key is taken only once the transaction commits: a rolled-back start leaves none.
    enqueue_after_commit("recover_expired_leases_task", run_after=run_after, args_at_commit=token)


# ---------------------------------------------------------------------------------------------
# Create and start


def do_create_campaign(issue, *, acting_user=None) -> Campaign:
    """The issue's campaign, created as a draft if it has none (idempotent)."""
    issue = source_issue(issue)
    campaign, created = Campaign.objects.get_or_create(
        issue=issue, defaults={"created_by": acting_user}
    )
    if created:
        logger.info("%s created", campaign)
    return campaign


@transaction.atomic
def do_start_campaign(
    issue,
    *,
    acting_user=None,
    send_at: datetime | None = None,
    via: str | None = None,
) -> Campaign:
    """Start sending the issue now, or schedule it for `send_at`.

    Starting freezes the recipients: one `Delivery` row per confirmed subscriber at that moment,
    in batches of NEWSLETTER["BATCH_SIZE"], and one send task per batch enqueued after commit.
    `via` (a Campaign.StartedVia) and `acting_user` are recorded as who started it; `via`
    defaults to a person when there is one. Raises CampaignError if the campaign has already
    started.
    """
    if via is None:
        via = Campaign.StartedVia.USER if acting_user is not None else ""
    started_by = {"started_via": via, "started_by": acting_user}
    try:
        with transaction.atomic():
            campaign = do_create_campaign(issue, acting_user=acting_user)
    except IntegrityError:
        # Two editors starting the same issue at the same moment: one wins.
        raise CampaignError(_("This campaign is being started by someone else.")) from None
    now = timezone.now()
    # What it was before, for the audit entry (a scheduled campaign can be moved or sent now).
    previously = (
        Campaign.objects.filter(pk=campaign.pk, status=S.SCHEDULED)
        .values_list("scheduled_for", flat=True)
        .first()
    )
    if send_at is not None and send_at > now:
        if not Campaign.objects.filter(pk=campaign.pk, status__in=[S.DRAFT, S.SCHEDULED]).update(
            status=S.SCHEDULED, scheduled_for=send_at, **started_by
        ):
            raise CampaignError(_("This campaign has already started."))
        enqueue_after_commit("start_due_campaigns_task", run_after=send_at)
        campaign.refresh_from_db()
        logger.info("%s scheduled for %s", campaign, send_at.isoformat())
        data = {"scheduled_for": audit.stamp(send_at), "via": via}
        if previously is not None:
            audit.log_campaign_event(
                campaign,
                audit.CAMPAIGN_RESCHEDULED,
                user=acting_user,
                data={**data, "previously": audit.stamp(previously)},
            )
        else:
            audit.log_campaign_event(
                campaign, audit.CAMPAIGN_SCHEDULED, user=acting_user, data=data
            )
        return campaign
    counts = _begin(campaign.pk, allowed=[S.DRAFT, S.SCHEDULED])
    if counts is None:
        raise CampaignError(_("This campaign has already started."))
    Campaign.objects.filter(pk=campaign.pk).update(**started_by)
    campaign.refresh_from_db()
    _log_start(
        campaign,
        counts,
        user=acting_user,
        via=via,
        was_scheduled_for=audit.stamp(previously),
    )
    return campaign


def _log_start(campaign: Campaign, counts: RecipientCounts, *, user=None, **data) -> None:
    audit.log_campaign_event(
        campaign,
        audit.CAMPAIGN_STARTED,
        user=user,
        data={"recipients": counts.total, "by_language": counts.as_dict(), **data},
    )


# Up to this many recipients the ledger is written inside the starting transaction; above, a
# task writes it in chunks of short transactions (a long write would lock SQLite for everyone).
INLINE_FREEZE_LIMIT = 20_000
FREEZE_CHUNK = 10_000


def _begin(
    campaign_id: int, *, allowed: list[str], only_if_due: bool = False
) -> RecipientCounts | None:
    """Move the campaign to `sending` and freeze its recipients (the confirmed subscribers at
    this moment, up to the highest id). Returns how many per language (what the audit entry and
    the confirmation page state), or None if it was not in one of the `allowed` states (or, with
    `only_if_due`, its scheduled time is not reached: it was moved meanwhile)."""
    now = timezone.now()
    confirmed = campaign_recipients()
    up_to = confirmed.aggregate(top=Max("id"))["top"] or 0
    campaign = Campaign.objects.filter(pk=campaign_id, status__in=allowed)
    if only_if_due:
        campaign = campaign.filter(scheduled_for__lte=now)
    if not campaign.update(
        status=S.SENDING,
        started_at=now,
        pause_reason="",
        connection_errors=0,
        recipients_up_to=up_to,
        frozen_at=None,
    ):
        return None
    counts = recipient_counts(up_to=up_to)
    if counts.total <= INLINE_FREEZE_LIMIT:
        freeze_recipients(campaign_id)
    else:
        enqueue_after_commit("prepare_campaign_task", campaign_id)
    _enqueue_sweep()
    logger.info("campaign #%s started", campaign_id)
    return counts


def freeze_recipients(campaign_id: int) -> int:
    """Write the campaign's ledger: batches of BATCH_SIZE and one `Delivery` per confirmed
    subscriber up to `recipients_up_to`, FREEZE_CHUNK subscribers per transaction, each chunk's
    send tasks enqueued as soon as it is committed (sending starts while a million rows are still
    being written). Resumable: it continues after the highest subscriber already in the ledger,
    so running it again after a crash adds nobody twice. Returns the deliveries written."""
    campaign = Campaign.objects.filter(pk=campaign_id).values("recipients_up_to").first()
    if campaign is None:
        return 0
    up_to = campaign["recipients_up_to"] or 0
    size = newsletter_settings().batch_size
    written = 0
    cursor_id = 0
    while True:
        try:
            chunk_written, finished = _freeze_chunk(campaign_id, up_to, size, cursor_id)
        except IntegrityError:
            # Another process is writing this campaign's ledger (a resumed freeze overlapping
            # a slow one): the unique (campaign, subscriber) constraint stopped us; it goes on.
            logger.warning("campaign #%s: ledger is being written elsewhere", campaign_id)
            return written
        if finished is None:
            return written
        written += chunk_written
        cursor_id = finished


def _freeze_chunk(
    campaign_id: int, up_to: int, size: int, cursor_id: int
) -> tuple[int, int | None]:
    """One transaction of `freeze_recipients`: returns (rows written, new cursor) or (0, None)
    when the ledger is complete (or the campaign was cancelled)."""
    delivery = connection.ops.quote_name(Delivery._meta.db_table)
    subscriber = connection.ops.quote_name(Subscriber._meta.db_table)
    written = 0
    with transaction.atomic():
        done = (
            Delivery.objects.filter(campaign_id=campaign_id).aggregate(top=Max("subscriber_id"))[
                "top"
            ]
            or 0
        )
        cursor_id = max(cursor_id, done)
        # Locked until this chunk commits: a cancel waits for it, then skips its rows too
        # (PostgreSQL; SQLite's IMMEDIATE transactions already serialise the two).
        status = (
            Campaign.objects.select_for_update()
            .filter(pk=campaign_id)
            .values_list("status", flat=True)
        )
        if status.first() == S.CANCELLED:
            return 0, None
        # By primary key range only, filtered here: an index on status would make every
        # chunk scan all confirmed subscribers again.
        rows = list(
            Subscriber.objects.filter(id__gt=cursor_id, id__lte=up_to)
            .order_by("id")
            .values_list("id", "status")[:FREEZE_CHUNK]
        )
        if not rows:
            Campaign.objects.filter(pk=campaign_id, frozen_at__isnull=True).update(
                frozen_at=timezone.now()
            )
            maybe_finish_campaign(campaign_id)
            return 0, None
        cursor_id = rows[-1][0]
        ids = [pk for pk, state in rows if state == Subscriber.Status.CONFIRMED]
        chunks = list(plan_batches(ids, size))
        batches = DeliveryBatch.objects.bulk_create(
            [DeliveryBatch(campaign_id=campaign_id) for _ in chunks]
        )
        now = timezone.now()
        with connection.cursor() as db:
            for batch, chunk in zip(batches, chunks, strict=True):
                marks = ", ".join(["%s"] * len(chunk))
                db.execute(
                    f"INSERT INTO {delivery} (campaign_id, subscriber_id, batch_id, status, "
                    "attempts, last_error, updated_at) "
                    # Only the primary key in the condition (a status test here would let the
                    # planner scan the status index); the status was checked just above, in
                    # this transaction, and the sender re-checks it before each chunk.
                    f"SELECT %s, id, %s, %s, 0, '', %s FROM {subscriber} WHERE id IN ({marks})",
                    [campaign_id, batch.pk, Delivery.Status.QUEUED, now, *chunk],
                )
                written += db.rowcount
        _enqueue_batches([b.pk for b in batches])
    return written, cursor_id


def do_start_due_campaigns() -> int:
    """Start every scheduled campaign whose time has come."""
    started = 0
    due = Campaign.objects.filter(status=S.SCHEDULED, scheduled_for__lte=timezone.now())
    for campaign_id, scheduled_for in due.values_list("id", "scheduled_for"):
        with transaction.atomic():
            counts = _begin(campaign_id, allowed=[S.SCHEDULED], only_if_due=True)
            if counts is not None:
                started += 1
                campaign = Campaign.objects.select_related("issue").get(pk=campaign_id)
                _log_start(
                    campaign,
                    counts,
                    automatic=True,
                    was_scheduled_for=audit.stamp(scheduled_for),
                )
    return started


# ---------------------------------------------------------------------------------------------
# Pause, resume, cancel


def do_pause_campaign(campaign: Campaign, *, acting_user=None, reason: str = "") -> bool:
    """Stop sending; workers stop at their next flush (within FLUSH_EVERY messages or
    FLUSH_SECONDS) and give their batch back. Returns whether the status changed."""
    with transaction.atomic():
        changed = pause_campaign(campaign.pk, reason, from_statuses=(S.SENDING, S.SCHEDULED))
        if changed:
            audit.log_campaign_event(
                campaign, audit.CAMPAIGN_PAUSED, user=acting_user, data={"reason": reason}
            )
    campaign.refresh_from_db()
    if changed:
        logger.info("%s paused by user %s", campaign, getattr(acting_user, "pk", None))
    return bool(changed)


@transaction.atomic
def do_resume_campaign(campaign: Campaign, *, acting_user=None) -> bool:
    """Continue a paused campaign where it stopped (nothing already sent is sent again). One
    paused before it started goes back to its schedule if that is still ahead."""
    never_started = Campaign.objects.filter(
        pk=campaign.pk, status=S.PAUSED, started_at__isnull=True
    )
    scheduled_for = never_started.values_list("scheduled_for", flat=True).first()
    if scheduled_for is not None and scheduled_for > timezone.now():
        changed = never_started.update(status=S.SCHEDULED, pause_reason="")
        if changed:
            enqueue_after_commit("start_due_campaigns_task", run_after=scheduled_for)
            audit.log_campaign_event(
                campaign,
                audit.CAMPAIGN_RESUMED,
                user=acting_user,
                data={"scheduled_for": audit.stamp(scheduled_for)},
            )
        campaign.refresh_from_db()
        return bool(changed)
    if never_started.exists():
        counts = _begin(campaign.pk, allowed=[S.PAUSED])
        campaign.refresh_from_db()
        if counts is not None:
            # Paused before its time, resumed after it: what happens is the start.
            _log_start(campaign, counts, user=acting_user, via="resume")
        return counts is not None
    changed = Campaign.objects.filter(pk=campaign.pk, status=S.PAUSED).update(
        status=S.SENDING, pause_reason="", connection_errors=0
    )
    campaign.refresh_from_db()
    if not changed:
        return False
    audit.log_campaign_event(campaign, audit.CAMPAIGN_RESUMED, user=acting_user)
    DeliveryBatch.objects.filter(campaign=campaign, status=DeliveryBatch.Status.PENDING).update(
        not_before=None
    )
    pending = list(
        DeliveryBatch.objects.filter(campaign=campaign, status=DeliveryBatch.Status.PENDING)
        .order_by("id")
        .values_list("id", flat=True)
    )
    _enqueue_batches(pending)
    _enqueue_sweep()
    if campaign.frozen_at is None:
        enqueue_after_commit("prepare_campaign_task", campaign.pk)
    elif (
        not pending
        and not DeliveryBatch.objects.filter(
            campaign=campaign, status=DeliveryBatch.Status.SENDING
        ).exists()
    ):
        maybe_finish_campaign(campaign.pk)
        campaign.refresh_from_db()
    logger.info("%s resumed by user %s", campaign, getattr(acting_user, "pk", None))
    return True


@transaction.atomic
def do_cancel_campaign(campaign: Campaign, *, acting_user=None) -> bool:
    """Stop for good: deliveries not yet handed to the server become `skipped` (and a ledger
    still being written gets no more rows: freeze_recipients checks the status per chunk)."""
    campaign.refresh_from_db()
    not_sent = unsent_counts(campaign)
    changed = Campaign.objects.filter(
        pk=campaign.pk, status__in=[S.DRAFT, S.SCHEDULED, S.SENDING, S.PAUSED]
    ).update(status=S.CANCELLED, finished_at=timezone.now())
    if not changed:
        campaign.refresh_from_db()
        return False
    skipped = Delivery.objects.filter(campaign=campaign, status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.SKIPPED, last_error="campaign cancelled", updated_at=timezone.now()
    )
    started = campaign.started_at is not None
    audit.log_campaign_event(
        campaign,
        audit.CAMPAIGN_CANCELLED,
        user=acting_user,
        data={
            "started": started,
            # The ledger rows skipped now plus those a large list's freeze will not write.
            "not_sent": not_sent.total if started else 0,
            "skipped": skipped,
            "by_language": not_sent.as_dict() if started else {},
            "was_scheduled_for": None if started else audit.stamp(campaign.scheduled_for),
        },
    )
    DeliveryBatch.objects.filter(campaign=campaign, status=DeliveryBatch.Status.PENDING).update(
        status=DeliveryBatch.Status.DONE
    )
    campaign.refresh_from_db()
    logger.info("%s cancelled by user %s", campaign, getattr(acting_user, "pk", None))
    return True


# ---------------------------------------------------------------------------------------------
# Unknown deliveries and crashed workers


@transaction.atomic
def do_resend_unknown(campaign: Campaign, *, acting_user=None, never_handed_only=False) -> int:
    """The operator's decision to re-send deliveries whose outcome is unknown (a worker died or
    the server stalled after DATA): some of these people may get the issue twice. With
    `never_handed_only`, only those without a handing-over mark (`handed_at`): their worker
    died before handing them to the server, so nobody gets the issue twice. Returns how many
    were queued again."""
    if campaign.status == S.CANCELLED:
        raise CampaignError(_("A cancelled campaign cannot send again."))
    unknown = Delivery.objects.filter(campaign=campaign, status=Delivery.Status.UNKNOWN)
    if never_handed_only:
        unknown = unknown.filter(handed_at__isnull=True)
    ids = unknown.order_by("id").values_list("id", flat=True)
    batch_ids = []
    count = 0
    for chunk in plan_batches(list(ids), newsletter_settings().batch_size):
        batch = DeliveryBatch.objects.create(campaign=campaign)
        count += Delivery.objects.filter(id__in=chunk, status=Delivery.Status.UNKNOWN).update(
            status=Delivery.Status.QUEUED, batch=batch, handed_at=None, updated_at=timezone.now()
        )
        batch_ids.append(batch.pk)
    if not count:
        return 0
    Campaign.objects.filter(pk=campaign.pk, status=S.FINISHED).update(
        status=S.SENDING, finished_at=None
    )
    campaign.refresh_from_db()
    if campaign.status == S.SENDING:
        _enqueue_batches(batch_ids)
        _enqueue_sweep()
    audit.log_campaign_event(
        campaign,
        audit.UNKNOWN_RESENT,
        user=acting_user,
        data={"count": count, "never_handed_only": bool(never_handed_only)},
    )
    logger.warning(
        "%s: %s unknown deliveries re-sent%s by user %s",
        campaign,
        count,
        " (never handed over)" if never_handed_only else "",
        getattr(acting_user, "pk", None),
    )
    return count


def do_recover_expired_leases() -> int:
    """Recover batches of crashed workers (their unrecorded deliveries become `unknown`) and make
    sure every sending campaign with due work and no live worker gets a task: a recovered
    batch, a batch whose back-off has passed, a scheduled campaign whose time has come. Every
    worker runs this when it starts and every few seconds (newsletter/worker.py), so nothing
    waits for a task scheduler. Returns the number of batches recovered. Safe to run at any
    time, from any process."""
    recovered = recover_expired_leases()
    do_start_due_campaigns()
    stale = timezone.now() - newsletter_settings().lease
    unfrozen = Campaign.objects.filter(
        status=S.SENDING, frozen_at__isnull=True, started_at__lt=stale
    ).values_list("id", flat=True)
    for campaign_id in unfrozen:
        # The freezing task died (or is slow: a second one adds nobody twice).
        with transaction.atomic():
            enqueue_after_commit("prepare_campaign_task", campaign_id)
    for campaign_id in Campaign.objects.filter(status=S.SENDING).values_list("id", flat=True):
        pending = claimable_batches(campaign_id, 1)
        # A worker holding a live lease claims the campaign's other due batches itself when
        # its own is done: a task only for campaigns nobody is working on (no flood of
        # redundant tasks from every worker's sweep).
        if pending and not has_live_lease(campaign_id):
            with transaction.atomic():
                _enqueue_batches(pending)
        else:
            maybe_finish_campaign(campaign_id)
    return len(recovered)


def do_sweep(token: str = "") -> int:
    """The periodic recovery: continue the chain first (so a worker killed during the sweep
    does not end it), then recover. `token` identifies the chain (see _enqueue_sweep)."""
    active = (
        Campaign.objects.filter(status=S.SENDING).exists()
        or DeliveryBatch.objects.filter(status=DeliveryBatch.Status.SENDING).exists()
    )
    if active:
        with transaction.atomic():
            _enqueue_sweep(continuing=token)
    return do_recover_expired_leases()


# ---------------------------------------------------------------------------------------------
# Test email and progress


def send_test_issue_email(issue, address: str, language: str, *, acting_user=None) -> None:
    """Send the issue as a subscriber in `language` gets it to one address (an editor's test);
    the links point at the site, not at anyone's subscription. Sent inline, so the address is
    never stored in a task (nor in the audit entry, which records the language)."""
    from django.core.mail import get_connection

    from ..rendering import render_issue_email

    issue = source_issue(issue)
    home = f"{settings.SITE_URL}/{language}/"
    rendered = render_issue_email(
        issue, language, unsubscribe_url=PH_UNSUBSCRIBE_URL, preferences_url=PH_PREFERENCES_URL
    )
    template = compile_message(
        subject=f"[Test] {rendered.subject}",
        text=rendered.text,
        html=rendered.html,
        from_email=rendered.from_email,
        list_id=newsletter_settings().list_id,
        list_name=rendered.site_name,
        domain=str(settings.SITREP_MAIL_DOMAIN),
        mailto=newsletter_settings().unsubscribe_mailto,
    )
    recipient = Recipient(address=address.strip(), unsubscribe_url=home, preferences_url=home)
    connection_ = get_connection()
    template.email_message(recipient, connection=connection_).send()
    audit.log_issue_event(issue, audit.TEST_SENT, user=acting_user, data={"language": language})


# ---------------------------------------------------------------------------------------------
# Send on publish (NEWSLETTER["SEND_ON_PUBLISH"]; the receiver is in signal_handlers.py)
#
# Publishing an issue in the source language creates and starts its campaign. Only once: an
# issue has at most one campaign, so publishing it again (a corrected typo) sends nothing. Only
# the newest issue: an editor filling in the archive with older weeks does not mail them out.
# Translations are not a trigger; the campaign renders them, with the English fallback.


def is_source_issue(issue) -> bool:
    """Campaigns belong to the issue in the site's main language (settings.LANGUAGE_CODE)."""
    return issue.locale.language_code == settings.LANGUAGE_CODE


def should_send_on_publish(issue) -> bool:
    from sitrep.publishing.models import IssuePage

    if not newsletter_settings().send_on_publish:
        return False
    if not is_source_issue(issue):
        return False
    if Campaign.objects.filter(issue=issue).exists():
        return False
    newer = (
        IssuePage.objects.live()
        .filter(locale_id=issue.locale_id, week_start__gt=issue.week_start)
        .exists()
    )
    return not newer


def do_start_campaign_on_publish(issue_id: int) -> bool:
    """Run by `start_campaign_on_publish_task`: start the campaign if the issue still qualifies.
    Returns whether it started."""
    from sitrep.publishing.models import IssuePage

    issue = IssuePage.objects.filter(pk=issue_id).first()
    if issue is None or not issue.live or not should_send_on_publish(issue):
        return False
    try:
        do_start_campaign(issue, acting_user=None, via=Campaign.StartedVia.SEND_ON_PUBLISH)
    except CampaignError:
        # Started meanwhile (twice published, or by an editor): nothing to do.
        return False
    logger.info("Started the campaign for issue %s on publish", issue_id)
    return True


__all__ = [
    "CampaignError",
    "campaign_progress",
    "do_cancel_campaign",
    "do_create_campaign",
    "do_pause_campaign",
    "do_recover_expired_leases",
    "do_resend_unknown",
    "do_resume_campaign",
    "do_start_campaign",
    "do_start_campaign_on_publish",
    "do_start_due_campaigns",
    "do_sweep",
    "send_test_issue_email",
    "source_issue",
]
