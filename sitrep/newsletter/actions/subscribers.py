"""Subscriber state changes: the only place that moves a subscriber between statuses.
See docs/newsletter.md, "Subscribers and privacy".

Invariants:
- A subscriber is created only as `pending`; only `do_confirm_subscription` makes one
  `confirmed`.
- A signup request does the same work whatever the address's state (it stores a
  `SignupRequest` and enqueues one task); the worker decides (`do_process_signup_request`).
- Emails are sent from the task queue, enqueued after the transaction commits, with ids only.
- Unsubscribing, a bounce, a complaint and the purge all go through `do_suppress_subscribers`:
  it drops the encrypted address and keeps the blind index (suppression).
- A confirmation or "already subscribed" email that fails temporarily (SMTP 4xx, connection
  refused, timeout) is retried by re-enqueueing its task with a delay; a permanent failure (5xx)
  is not retried.
- Nothing logged or passed to a task carries an address; log lines name `subscriber #<id>`.
"""

from __future__ import annotations

import enum
import hmac
import logging
from collections.abc import Collection, Iterable
from datetime import datetime, timedelta
from typing import Any

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .. import ratelimit
from ..conf import newsletter_settings
from ..crypto import decrypt_email, email_index, encrypt_email
from ..ledger import ACTIVE_SUBSCRIBER, count_bounces, suppress_subscribers
from ..models import SignupRequest, Subscriber
from ..notices import ALREADY_SUBSCRIBED, CONFIRMATION, build_message, render_notice
from ..queue import enqueue_after_commit
from ..selectors import (  # noqa: F401 - re-exported (views, commands, tests)
    export_subscriber_data,
    find_subscriber,
    known_topic_slugs,
)
from ..tokens import (
    InvalidLink,
    UsedLink,
    check_link_token,
    confirm_url,
    new_confirmation_nonce,
    preferences_url,
    read_confirm_token,
    token_subscriber_id,
)
from ..transport import may_retry_notice, smtp_codes
from ..validation import clean_email, clean_language, clean_topics

logger = logging.getLogger(__name__)

Status = Subscriber.Status
# Statuses from which a new signup request starts a new consent (a confirmation email).
_RESTARTABLE = {Status.PENDING, Status.UNSUBSCRIBED}
# The address was refused by its server or its owner complained: never write to it again.
_SUPPRESSED = {Status.BOUNCED, Status.COMPLAINED}
# Statuses that still receive mail (or may, once confirmed); suppressing moves them.
ACTIVE = ACTIVE_SUBSCRIBER
# A stored signup request is handled within seconds; one older than this was lost by its task.
SIGNUP_REQUEST_MAX_AGE = timedelta(days=1)
# Delays before retrying a notice after a temporary failure: 1, 5 and 25 minutes, then give up.
NOTICE_RETRY_DELAYS = (60, 300, 1500)


class RequestOutcome(enum.StrEnum):
    """What a signup request did. Never shown to the requester (every outcome renders the same
    page); for tests, logs (with the subscriber id) and metrics. The web request only ever
    returns QUEUED or RATE_LIMITED; the others are the worker's decisions."""

    QUEUED = "queued"  # the request was stored; the worker decides (do_process_signup_request)
    CONFIRMATION_QUEUED = "confirmation_queued"
    ALREADY_SUBSCRIBED_QUEUED = "already_subscribed_queued"
    SUPPRESSED = "suppressed"
    RATE_LIMITED = "rate_limited"


class NoticeDeliveryError(Exception):
    """A subscriber notice could not be sent. Its message names the subscriber id and the error
    class only: the database task backend stores it in clear. `temporary` says whether trying
    again later may succeed."""

    def __init__(self, message: str, *, temporary: bool = False) -> None:
        super().__init__(message)
        self.temporary = temporary


def do_request_subscription(
    email: str,
    language: str,
    topics: Iterable[str] = (),
    *,
    client_ip: str | None,
    consent_source: str = "signup form",
    known_topics: Iterable[str] | None = None,
) -> RequestOutcome:
    """Accept a well-formed signup request: store it (encrypted) and enqueue one
    `process_signup_request_task`, which decides what to send (`do_process_signup_request`).
    Raises ValidationError on malformed input (nothing changes then).

    The work done here is the same for every address, known or not, in whatever state: it never
    looks the address up. A request that answered suppressed addresses faster than new ones (no
    write, no enqueue) told anyone with a stopwatch who has subscribed, bounced or complained.
    Only the hourly rate limits can end a request early, and they depend on the request counts,
    not on the address's state.

    `client_ip` is used for the rate limit only, hashed, in the cache; it is never stored."""
    address = clean_email(email)
    language = clean_language(language)
    topics = clean_topics(
        topics, set(known_topics) if known_topics is not None else known_topic_slugs()
    )
    if not ratelimit.allow_request(client_ip=client_ip, address=address):
        logger.info("newsletter signup request over the rate limit")
        return RequestOutcome.RATE_LIMITED

    with transaction.atomic():
        request = SignupRequest.objects.create(
            email_hash=email_index(address),
            email_encrypted=encrypt_email(address),
            language=language,
            topics=topics,
            consent_source=consent_source[:200],
        )
        enqueue_after_commit("process_signup_request_task", request.pk)
    return RequestOutcome.QUEUED


def do_process_signup_request(request_id: int) -> RequestOutcome | None:
    """Decide what a stored signup request sends, in the worker. New, pending and unsubscribed
    addresses get a confirmation email; confirmed ones an "already subscribed" email; bounced
    and complained ones nothing. Every email counts against the mailbox's and the domain's
    limits (ratelimit.take_confirmation_slot). Returns None if the request was handled already."""
    _schedule_purge()
    with transaction.atomic():
        request = SignupRequest.objects.select_for_update().filter(pk=request_id).first()
        if request is None:
            return None
        address = decrypt_email(request.email_encrypted)
        language, topics, consent_source = request.language, request.topics, request.consent_source
        request.delete()
        email_hash = email_index(address)

        subscriber = Subscriber.objects.select_for_update().filter(email_hash=email_hash).first()
        if subscriber is not None and subscriber.status in _SUPPRESSED:
            logger.info("newsletter signup request for suppressed %s", subscriber)
            return RequestOutcome.SUPPRESSED

        if not ratelimit.take_confirmation_slot(address):
            logger.info("newsletter notice limit reached for %s", subscriber or "a new address")
            return RequestOutcome.RATE_LIMITED

        if subscriber is not None and subscriber.status == Status.CONFIRMED:
            # Nothing about a confirmed subscription changes without the owner's link.
            _enqueue_after_commit("already_subscribed", subscriber.pk, language)
            logger.info("newsletter signup request for %s: already subscribed", subscriber)
            return RequestOutcome.ALREADY_SUBSCRIBED_QUEUED

        if subscriber is None:
            subscriber = Subscriber(email_hash=email_hash)
        elif subscriber.status != Status.PENDING:
            subscriber.confirmation_nonce = ""  # a new pending period: older links stop working
        subscriber.status = Status.PENDING
        subscriber.email_encrypted = encrypt_email(address)
        subscriber.language = language
        subscriber.topics = topics
        subscriber.consent_source = consent_source
        subscriber.requested_at = timezone.now()
        if not subscriber.confirmation_nonce:
            subscriber.confirmation_nonce = new_confirmation_nonce()
        try:
            with transaction.atomic():
                subscriber.save()
        except IntegrityError:
            # A concurrent request created the same address first; it will send the email.
            logger.info("newsletter signup request raced with another for the same address")
            return RequestOutcome.CONFIRMATION_QUEUED
        _enqueue_after_commit("confirmation", subscriber.pk)
        logger.info("newsletter signup request for %s: confirmation queued", subscriber)
        return RequestOutcome.CONFIRMATION_QUEUED


# The task that sends each kind of notice.
NOTICE_TASKS = {
    "confirmation": "send_confirmation_email_task",
    "already_subscribed": "send_already_subscribed_task",
}


def _enqueue_after_commit(kind: str, subscriber_id: int, *args: Any, attempt: int = 0) -> None:
    """Enqueue a notice task once the transaction commits. A retry (attempt > 0) waits
    NOTICE_RETRY_DELAYS[attempt - 1] seconds where the backend can defer (database, RQ); the
    immediate backend of the tests runs it at once."""
    if not attempt:
        enqueue_after_commit(NOTICE_TASKS[kind], subscriber_id, *args)
        return
    delay = timedelta(seconds=NOTICE_RETRY_DELAYS[attempt - 1])
    enqueue_after_commit(
        NOTICE_TASKS[kind],
        subscriber_id,
        *args,
        attempt=attempt,
        run_after=timezone.now() + delay,
        or_now=True,
    )


def _schedule_purge() -> None:
    """Purge unconfirmed subscribers at most once an hour, piggybacking on signup traffic, so a
    site without cron still forgets unconfirmed addresses (the command does the same on demand)."""
    from django.core.cache import cache

    if cache.add("nl:purge-scheduled", 1, timeout=3600):
        enqueue_after_commit("purge_unconfirmed_task")


def _subscriber_email(subscriber: Subscriber) -> str:
    address = subscriber.get_email()
    if address is None:
        raise NoticeDeliveryError(f"{subscriber} has no stored address")
    return address


def _send(message_builder: Any, subscriber: Subscriber, kind: str) -> None:
    try:
        with get_connection() as connection:
            connection.send_messages([message_builder()])
    except Exception as exc:
        # The original exception may quote the address (SMTPRecipientsRefused does); keep only
        # its class and SMTP code, and drop the chain so no traceback carries it.
        code = ",".join(str(value) for value in smtp_codes(exc))
        temporary = may_retry_notice(exc)
        logger.warning(
            "newsletter %s email to %s failed (%s): %s %s",
            kind,
            subscriber,
            "temporary" if temporary else "permanent",
            type(exc).__name__,
            code,
        )
        raise NoticeDeliveryError(
            f"{kind} email to subscriber #{subscriber.pk} failed: {type(exc).__name__} {code}",
            temporary=temporary,
        ) from None


def _send_or_retry(
    message_builder: Any, subscriber: Subscriber, kind: str, *args: Any, attempt: int
) -> bool:
    """Send; after a temporary failure enqueue the same task again (at most
    len(NOTICE_RETRY_DELAYS) times) and return False. A permanent failure, or a temporary one
    with no retry left, raises NoticeDeliveryError (the task is recorded as failed)."""
    try:
        _send(message_builder, subscriber, kind)
    except NoticeDeliveryError as error:
        if not error.temporary or attempt >= len(NOTICE_RETRY_DELAYS):
            raise
        _enqueue_after_commit(kind, subscriber.pk, *args, attempt=attempt + 1)
        logger.info(
            "newsletter %s email to %s: retry %d of %d queued",
            kind,
            subscriber,
            attempt + 1,
            len(NOTICE_RETRY_DELAYS),
        )
        return False
    return True


def do_send_confirmation_email(subscriber_id: int, *, attempt: int = 0) -> bool:
    """Send the confirmation email if the subscriber is still pending. Returns whether it sent
    (False also when a temporary failure queued a retry; `attempt` counts the retries)."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status != Status.PENDING or not subscriber.has_address:
        logger.info("newsletter confirmation for subscriber #%s skipped", subscriber_id)
        return False
    language = subscriber.language
    rendered = render_notice(
        CONFIRMATION,
        {
            "confirm_url": confirm_url(subscriber, language),
            "max_age_hours": newsletter_settings().confirm_max_age_hours,
        },
        language,
    )
    address = _subscriber_email(subscriber)
    if not _send_or_retry(
        lambda: build_message(rendered, address), subscriber, CONFIRMATION, attempt=attempt
    ):
        return False
    logger.info("newsletter confirmation email sent to %s", subscriber)
    return True


def do_send_already_subscribed_email(
    subscriber_id: int, language: str, *, attempt: int = 0
) -> bool:
    """Tell a confirmed subscriber that they are subscribed, with their preferences link."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status != Status.CONFIRMED or not subscriber.has_address:
        logger.info("newsletter already-subscribed email for #%s skipped", subscriber_id)
        return False
    language = clean_language(language)
    rendered = render_notice(
        ALREADY_SUBSCRIBED, {"preferences_url": preferences_url(subscriber, language)}, language
    )
    address = _subscriber_email(subscriber)
    if not _send_or_retry(
        lambda: build_message(rendered, address),
        subscriber,
        ALREADY_SUBSCRIBED,
        language,
        attempt=attempt,
    ):
        return False
    logger.info("newsletter already-subscribed email sent to %s", subscriber)
    return True


def check_confirmation(token: str) -> Subscriber:
    """The subscriber a confirmation token would confirm, without changing anything (for the
    GET page). Raises InvalidLink, ExpiredLink or UsedLink."""
    subscriber_id, nonce = read_confirm_token(token)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    _check_nonce(subscriber, nonce)
    assert subscriber is not None
    return subscriber


def _check_nonce(subscriber: Subscriber | None, nonce: str) -> None:
    if subscriber is None:
        raise UsedLink  # purged or erased since the link was sent
    if subscriber.status != Status.PENDING or not hmac.compare_digest(
        subscriber.confirmation_nonce.encode(), nonce.encode()
    ):
        raise UsedLink


def do_confirm_subscription(token: str) -> Subscriber:
    """Confirm the subscription a genuine, unexpired, unused confirmation token stands for.
    Raises InvalidLink, ExpiredLink or UsedLink, changing nothing."""
    subscriber_id, nonce = read_confirm_token(token)
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
        _check_nonce(subscriber, nonce)
        assert subscriber is not None
        subscriber.status = Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.confirmation_nonce = ""  # single use
        subscriber.unsubscribed_at = None
        subscriber.unsubscribe_source = ""
        subscriber.save(
            update_fields=[
                "status",
                "confirmed_at",
                "confirmation_nonce",
                "unsubscribed_at",
                "unsubscribe_source",
            ]
        )
    logger.info("newsletter %s confirmed", subscriber)
    return subscriber


def do_update_preferences(
    subscriber: Subscriber,
    language: str,
    topics: Iterable[str],
    *,
    known_topics: Iterable[str] | None = None,
) -> Subscriber:
    """Change a confirmed subscriber's language and topics (empty topics = every topic)."""
    language = clean_language(language)
    topics = clean_topics(
        topics, set(known_topics) if known_topics is not None else known_topic_slugs()
    )
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Status.CONFIRMED).update(
        language=language, topics=topics
    )
    if not updated:
        raise InvalidLink("only a confirmed subscription has preferences")
    subscriber.language = language
    subscriber.topics = topics
    logger.info("newsletter %s changed preferences", subscriber)
    return subscriber


def do_suppress_subscribers(
    subscriber_ids: Iterable[int],
    *,
    status: str,
    source: str,
    only_from: Collection[str] = ACTIVE,
) -> int:
    """The one way a subscriber stops receiving mail: unsubscribe, bounce, complaint (ours or
    an ESP's) and the purge of unconfirmed requests all come here.

    Subscribers in `only_from` (pending or confirmed by default) take `status` (unsubscribed,
    bounced or complained). Every subscriber in `subscriber_ids` that still has an address loses
    it, with its topics and any pending confirmation, and gets `unsubscribed_at` and
    `source` stamped; subscribers that already left keep their status (an unsubscribe does not
    turn a bounce back into an ordinary unsubscribe). The blind index is kept, so the address
    stays suppressed until it asks again (unsubscribed) or for good (bounced, complained).
    Returns how many subscribers changed."""
    moved, emptied = suppress_subscribers(
        subscriber_ids, status=status, source=source, only_from=only_from
    )
    logger.info(
        "newsletter: %d subscribers %s, %d more lost their stored address (%s)",
        moved,
        status,
        emptied,
        source,
    )
    return moved + emptied


def subscriber_for_link(token: str, purpose: str) -> Subscriber:
    """The subscriber a signed link (preferences, unsubscribe) was made for; InvalidLink if the
    token is forged, for another purpose, or the subscriber is gone."""
    subscriber = Subscriber.objects.filter(pk=token_subscriber_id(token)).first()
    if subscriber is None:
        raise InvalidLink
    check_link_token(purpose, token, subscriber)
    return subscriber


def do_unsubscribe(subscriber: Subscriber, *, source: str) -> bool:
    """Unsubscribe: drop the encrypted address, the topics and any pending confirmation; keep the
    blind index so the address stays suppressed. Idempotent; returns whether anything changed.
    Bounced and complained subscribers keep their status but lose their address as well."""
    changed = do_suppress_subscribers([subscriber.pk], status=Status.UNSUBSCRIBED, source=source)
    if changed:
        current = Subscriber.objects.get(pk=subscriber.pk)
        for field in (
            "status",
            "email_encrypted",
            "topics",
            "confirmation_nonce",
            "unsubscribed_at",
            "unsubscribe_source",
        ):
            setattr(subscriber, field, getattr(current, field))
        logger.info("newsletter %s unsubscribed (%s)", current, source)
    return bool(changed)


def do_purge_unconfirmed(*, now: datetime | None = None) -> int:
    """Forget requests for consent that were not confirmed in time
    (NEWSLETTER["PURGE_PENDING_AFTER_DAYS"] after the request). A new address is deleted; one
    that had unsubscribed before returns to `unsubscribed` without its address (its blind index
    must survive to keep it suppressed). Returns how many subscribers were affected."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=newsletter_settings().purge_pending_after_days)
    stale = Subscriber.objects.filter(status=Status.PENDING).filter(
        Q(requested_at__lt=cutoff) | Q(requested_at__isnull=True, created_at__lt=cutoff)
    )
    with transaction.atomic():
        # Locked, so a confirmation or a new request racing with the purge is not undone.
        returning = list(
            stale.filter(unsubscribed_at__isnull=False)
            .select_for_update()
            .values_list("pk", flat=True)
        )
        reverted = do_suppress_subscribers(
            returning, status=Status.UNSUBSCRIBED, source="purge", only_from={Status.PENDING}
        )
        _total, per_model = stale.filter(unsubscribed_at__isnull=True).delete()
        # Requests a failed or lost task never handled: their address must not stay here.
        SignupRequest.objects.filter(created_at__lt=now - SIGNUP_REQUEST_MAX_AGE).delete()
    count = reverted + per_model.get(Subscriber._meta.label, 0)
    logger.info("newsletter purge: %d unconfirmed subscribers forgotten", count)
    return count


def do_erase_subscriber(email: str) -> bool:
    """Erase everything stored about an address: the subscriber row, its encrypted address, its
    blind index and its delivery ledger rows. Afterwards the address is not even suppressed (the
    person asked us to forget it). Returns whether there was anything to erase."""
    email_hash = email_index(email)
    with transaction.atomic():
        _total, per_model = Subscriber.objects.filter(email_hash=email_hash).delete()
        waiting, _per_model = SignupRequest.objects.filter(email_hash=email_hash).delete()
    erased = per_model.get(Subscriber._meta.label, 0) > 0 or waiting > 0
    logger.info("newsletter erase request: %s", "erased" if erased else "nothing stored")
    return erased


# ---------------------------------------------------------------------------------------------
# Reports from an ESP (bounces, complaints, unsubscribes; received in signal_handlers.py)


class EspReport(enum.Enum):
    """What an ESP's tracking event means for a subscriber."""

    BOUNCE = "bounce"
    COMPLAINT = "complaint"
    UNSUBSCRIBE = "unsubscribe"


def classify_esp_event(event_type: str, reject_reason: str | None) -> EspReport | None:
    """What an anymail event means for the subscriber, or None when it changes nothing."""
    from anymail.signals import EventType, RejectReason

    if event_type == EventType.COMPLAINED:
        return EspReport.COMPLAINT
    if event_type == EventType.UNSUBSCRIBED:
        return EspReport.UNSUBSCRIBE
    if event_type == EventType.BOUNCED:
        return EspReport.BOUNCE
    if event_type == EventType.REJECTED:
        if reject_reason == RejectReason.SPAM:
            return EspReport.COMPLAINT
        if reject_reason == RejectReason.UNSUBSCRIBED:
            return EspReport.UNSUBSCRIBE
        # invalid, bounced, timed_out, blocked, other: the ESP will not deliver to it.
        return EspReport.BOUNCE
    return None


def do_apply_esp_report(email_hash: str, report: EspReport) -> tuple[Subscriber | None, bool]:
    """Record one ESP report for the subscriber with this blind index. Bounces are counted by
    the same counter as a campaign's SMTP bounces (`ledger.count_bounces`); suppressing goes
    through `do_suppress_subscribers`, like our own unsubscribe, so every path drops the
    address the same way. Returns the subscriber as it is now (None if unknown: a test send,
    someone since erased) and whether its status changed."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email_hash=email_hash).first()
        if subscriber is None or subscriber.status not in ACTIVE:
            return subscriber, False
        if report is EspReport.BOUNCE:
            if not count_bounces([subscriber.pk]):
                subscriber.refresh_from_db()
                return subscriber, False
            status, source = Subscriber.Status.BOUNCED, "bounce"
        elif report is EspReport.COMPLAINT:
            status, source = Subscriber.Status.COMPLAINED, "complaint"
        else:
            # The same as our own unsubscribe link (the ESP's list-unsubscribe handling).
            status, source = Subscriber.Status.UNSUBSCRIBED, "esp"
        changed = do_suppress_subscribers([subscriber.pk], status=status, source=source) > 0
        subscriber.refresh_from_db()
    return subscriber, changed
