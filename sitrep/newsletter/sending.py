"""The sending loop run by `send_campaign_batch_task`. See docs/newsletter.md,
"Sending and delivery semantics".

The invariant: a delivery is handed to the mail server only after this worker moved it from
`queued` to `sending` (a conditional UPDATE, at most FLUSH_EVERY rows at a time, under a batch
lease it holds), after its group's `handed_at` mark is committed, and it is recorded as
`sent`/`failed`/`queued` (retry) within FLUSH_EVERY messages or FLUSH_SECONDS. If the worker
dies, its lease expires and `recover_expired_leases()` (run by every worker's sweep) turns its
`sending` rows into `unknown` (never re-sent automatically; those without `handed_at` certainly
never went out), while the batch's `queued` rows go to another worker. So nobody gets an issue
twice, and `unknown` is bounded by FLUSH_EVERY per worker at the moment of the crash. A lost
database is waited for (`_with_database`) with the results kept in memory.

Subscribers' addresses are decrypted here, per chunk, and never leave this module: task
arguments, logs and `last_error` carry ids and SMTP codes only.
"""

from __future__ import annotations

import logging
import os
import random
import smtplib
import socket
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import parseaddr
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from . import tokens
from .crypto import InvalidToken, decrypt_email
from .delivery import (
    PH_PREFERENCES_URL,
    PH_UNSUBSCRIBE_URL,
    InvalidRecipient,
    MessageTemplate,
    Outcome,
    Recipient,
    classify_reply,
    compile_message,
    error_text,
    rate_share,
    retry_delay,
)
from .models import Campaign, Delivery, DeliveryBatch, Subscriber

logger = logging.getLogger("sitrep.newsletter.sending")

# A task hands over to a fresh task after this long, so no backend's job timeout (RQ: 180 s by
# default) kills it mid-batch; checked between chunks.
TASK_TIME_BUDGET = 60.0
# A durable "handing over" mark (`Delivery.handed_at`) is written for this many messages at a
# time, just before the first of them goes to the server (the first group of a chunk in the
# claiming transaction): after a crash, a `sending` row without it was certainly never handed
# over (docs/newsletter.md, "The guarantee: never twice"). One write per group, not per message.
HANDOVER_GROUP = 20
# What a lost database connection raises (a stopped server, a cut network, a killed backend).
DATABASE_ERRORS = (OperationalError, InterfaceError)
# Compiled messages kept per worker, least recently used dropped first. Keys are effective
# selections (language × topics of the issue), so a typical issue needs far fewer.
TEMPLATE_CACHE_SIZE = 256


def conf(name: str) -> Any:
    return settings.NEWSLETTER[name]


def new_worker_id() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{random.getrandbits(32):08x}"


# ---------------------------------------------------------------------------------------------
# Leases


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


def mark_lost_unknown(batch_id: int, now) -> int:
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
            lease_expires_at=now + timedelta(seconds=conf("LEASE_SECONDS")),
            attempts=F("attempts") + 1,
        )
        == 1
    )


def maybe_finish_campaign(campaign_id: int) -> bool:
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


def enqueue_after_commit(task, *args: Any, run_after=None) -> bool:
    """Enqueue once the transaction commits. A deferred task on a backend that cannot defer
    (the immediate backend of tests) is not enqueued: returns False."""
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return False
        task = task.using(run_after=run_after)
    transaction.on_commit(lambda: task.enqueue(*args))
    return True


def _enqueue_batch(batch_id: int, run_after=None) -> None:
    from .tasks import send_campaign_batch_task

    enqueue_after_commit(send_campaign_batch_task, batch_id, run_after=run_after)


# ---------------------------------------------------------------------------------------------
# Transports: one connection per task, opened lazily


class ConnectionFailed(Exception):
    """The mail server could not be reached; nothing was sent."""


@dataclass
class Result:
    outcome: Outcome
    error: str = ""
    # A permanent refusal of the message or of our sender (5xx at MAIL FROM or after DATA, an
    # ESP rejecting the request) rather than of the recipient: failed, but not a bounce. The
    # same refusal for many recipients in a row pauses the campaign.
    sender_level: bool = False


class SmtpTransport:
    """Django's SMTP connection, fed the pre-serialised bytes; tracks the protocol phase so a
    failure after the body was transmitted is `unknown`, never retried."""

    def __init__(self, backend: SmtpBackend) -> None:
        self.backend = backend
        self.envelope_from = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]

    def open(self) -> None:
        if self.backend.connection is not None:
            return
        try:
            self.backend.open()
            self.backend.connection.ehlo_or_helo_if_needed()
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise ConnectionFailed(type(exc).__name__) from None
        conn = self.backend.connection
        self.mail_options = ["BODY=8BITMIME"] if conn.has_extn("8bitmime") else []

    def _drop(self) -> None:
        conn = self.backend.connection
        self.backend.connection = None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - the socket is being thrown away anyway
                pass

    def close(self) -> None:
        if self.backend.connection is not None:
            try:
                self.backend.close()
            except Exception:  # noqa: BLE001
                self._drop()

    def send(self, template: MessageTemplate, recipient: Recipient) -> Result:
        data = template.render_smtp(recipient)
        self.open()
        conn = self.backend.connection
        try:
            code, reply = conn.mail(self.envelope_from, self.mail_options)
            # Only a refusal at RCPT TO is about the recipient (a bounce).
            sender_level = True
            if code == 250:
                sender_level = False
                code, reply = conn.rcpt(recipient.address)
            if code in (250, 251):
                sender_level = True
                code, reply = conn.docmd("data")
                if code == 354:
                    code = None
            if code is not None:
                if code == 421:
                    self._drop()
                else:
                    self._reset()
                outcome = classify_reply(code)
                return Result(outcome, error_text(code, reply), sender_level=sender_level)
        except (OSError, smtplib.SMTPException) as exc:
            # Before the body: nothing was accepted. Reconnect for the next message.
            self._drop()
            return Result(Outcome.TEMPORARY, f"connection lost before data ({type(exc).__name__})")
        try:
            conn.send(data)
            code, reply = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            # The server may have accepted the message: never resend automatically.
            self._drop()
            return Result(Outcome.UNKNOWN, f"no reply after data ({type(exc).__name__})")
        if code == 421:
            self._drop()
        # A 5xx after the body refuses the message (content, policy, size), not the recipient.
        return Result(
            classify_reply(code), "" if code == 250 else error_text(code, reply), sender_level=True
        )

    def _reset(self) -> None:
        try:
            self.backend.connection.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()


class RawMessage(EmailMessage):
    """An already serialised message for backends that call `message().as_bytes()` (the outbox,
    file, console and locmem backends): no rebuilding per recipient."""

    def __init__(self, raw: bytes, to: str, subject: str) -> None:
        super().__init__(subject=subject, to=[to])
        self.raw = raw

    def message(self, *, policy=None):  # noqa: ARG002 - Django's signature
        return _Raw(self.raw)


class _Raw:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n") -> bytes:  # noqa: ARG002
        return self.raw if linesep == "\r\n" else self.raw.replace(b"\r\n", linesep.encode())

    def as_string(self, unixfrom: bool = False, linesep: str = "\n") -> str:  # noqa: ARG002
        return self.as_bytes(linesep=linesep).decode("utf-8", "replace")

    def get_all(self, name: str, failobj=None):
        return failobj

    def __str__(self) -> str:
        return self.as_string()


class BackendTransport:
    """Any other Django email backend. ESPs (anymail) get a normal EmailMultiAlternatives."""

    def __init__(self, backend) -> None:
        self.backend = backend
        self.structured = type(backend).__module__.startswith("anymail.")
        self.opened = False

    def open(self) -> None:
        if self.opened:
            return
        try:
            self.backend.open()
        except OSError as exc:
            raise ConnectionFailed(type(exc).__name__) from None
        self.opened = True

    def close(self) -> None:
        if self.opened:
            self.backend.close()
            self.opened = False

    def send(self, template: MessageTemplate, recipient: Recipient) -> Result:
        self.open()
        if self.structured:
            message = template.email_message(recipient, connection=self.backend)
        else:
            message = RawMessage(template.render(recipient), recipient.address, template.subject)
        try:
            sent = self.backend.send_messages([message])
        except Exception as exc:  # noqa: BLE001 - classified below
            outcome, error = classify_backend_error(exc)
            return Result(outcome, error, sender_level=not is_recipient_refusal(exc))
        if not sent:
            return Result(Outcome.UNKNOWN, "backend reported nothing sent")
        return Result(Outcome.SENT)


def is_recipient_refusal(exc: Exception) -> bool:
    """Whether a backend's error refuses the recipient (a bounce) rather than our message."""
    return type(exc).__name__ == "AnymailRecipientsRefused" or isinstance(
        exc, smtplib.SMTPRecipientsRefused
    )


def classify_backend_error(exc: Exception) -> tuple[Outcome, str]:
    """ESP and other backend errors: a definite refusal is permanent, a refused connection or
    an explicit 429/5xx answer temporary, anything else (read timeouts) unknown."""
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    if name == "AnymailRecipientsRefused":
        return Outcome.PERMANENT, "recipient refused by the ESP"
    if isinstance(exc, ConnectionRefusedError):
        return Outcome.TEMPORARY, name
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        code = codes[0] if codes else 550
        return classify_reply(code), error_text(code)
    if isinstance(exc, smtplib.SMTPResponseException):
        return classify_reply(exc.smtp_code), error_text(exc.smtp_code, exc.smtp_error)
    if status is not None:
        if status == 429 or status >= 500:
            return Outcome.TEMPORARY, f"ESP HTTP {status}"
        return Outcome.PERMANENT, f"ESP HTTP {status}"
    cause = repr(getattr(exc, "__cause__", None) or "")
    # requests' ConnectTimeout / ConnectionError (nothing sent) but not a ReadTimeout (maybe sent).
    if "ConnectTimeout" in cause or ("ConnectionError" in cause and "Read" not in cause):
        return Outcome.TEMPORARY, name
    return Outcome.UNKNOWN, f"no definite answer ({name})"


def open_transport():
    backend = get_connection()
    if isinstance(backend, SmtpBackend):
        return SmtpTransport(backend)
    return BackendTransport(backend)


# ---------------------------------------------------------------------------------------------
# The worker


class _LinkSubject:
    """What tokens.py needs to sign a link: the id and the link secret, nothing else."""

    __slots__ = ("pk", "link_secret")

    def __init__(self, pk: int, link_secret: str) -> None:
        self.pk = pk
        self.link_secret = link_secret


@dataclass
class _Pending:
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


class Stop(Exception):
    """Stop working on the batch (lease lost, campaign paused or cancelled)."""


class Sender:
    """Sends claimed batches of one campaign over one connection."""

    def __init__(self, worker_id: str | None = None) -> None:
        self.worker_id = worker_id or new_worker_id()
        self.transport = None
        # Least recently used first; see _template().
        self.templates: OrderedDict[tuple, MessageTemplate | None] = OrderedDict()
        self.issue_topics: frozenset[str] | None = None
        # Consecutive sender-level refusals with the same error (see Result.sender_level).
        self.refusals = 0
        self.refusal_error = ""
        self.campaign: Campaign | None = None
        self.stats = {"sent": 0, "failed": 0, "retry": 0, "unknown": 0, "skipped": 0}
        self.flush_every = max(1, int(conf("FLUSH_EVERY")))
        self.flush_seconds = float(conf("FLUSH_SECONDS"))
        self.lease = timedelta(seconds=conf("LEASE_SECONDS"))
        # How long a lost database is waited for while results are held in memory: below the
        # lease, so normally nobody else has taken the batch over when they are written.
        self.database_patience = min(
            float(settings.NEWSLETTER.get("FLUSH_RETRY_SECONDS", 90.0)),
            0.9 * self.lease.total_seconds(),
        )
        self.interval = 0.0  # seconds between messages (rate limit), recomputed per flush
        self.next_slot = 0.0

    # -- the task's entry point ------------------------------------------------------------

    def run(self, batch_id: int, time_budget: float = TASK_TIME_BUDGET) -> dict[str, int]:
        db = self._with_database
        row = db(
            "reading the batch",
            lambda: DeliveryBatch.objects.filter(pk=batch_id).values("campaign_id").first(),
        )
        if row is None:
            return self.stats
        campaign_id = row["campaign_id"]
        deadline = time.monotonic() + time_budget
        first = True
        try:
            while True:
                db("recovering leases", lambda: recover_expired_leases(campaign_id))
                claimed = None
                if first and db("claiming", lambda: claim_batch(batch_id, self.worker_id)):
                    claimed = batch_id
                first = False
                if claimed is None:
                    claimed = db("claiming", lambda: self._claim_next(campaign_id))
                if claimed is None:
                    break
                if not self.send_batch(claimed, deadline):
                    break
                if time.monotonic() > deadline:
                    # Hand over to a fresh task (RQ job timeouts, fairness between campaigns).
                    for next_id in db("handing over", lambda: claimable_batches(campaign_id, 1)):
                        _enqueue_batch(next_id)
                    break
        finally:
            if self.transport is not None:
                self.transport.close()
        db("finishing the campaign", lambda: maybe_finish_campaign(campaign_id))
        return self.stats

    def _claim_next(self, campaign_id: int) -> int | None:
        return next(
            (b for b in claimable_batches(campaign_id) if claim_batch(b, self.worker_id)), None
        )

    # -- one batch -------------------------------------------------------------------------

    def send_batch(self, batch_id: int, deadline: float) -> bool:
        """Send a claimed batch. Returns False when the task should stop (campaign paused or
        cancelled, server unreachable, lease lost, time budget used)."""
        db = self._with_database
        batch = db(
            "reading the batch",
            lambda: DeliveryBatch.objects.select_related("campaign__issue").get(pk=batch_id),
        )
        if self.campaign is None or self.campaign.pk != batch.campaign_id:
            self.campaign = batch.campaign
            self.templates.clear()
            self.issue_topics = None
        last_id = 0
        self.pending = _Pending()
        self.in_flight: int | None = None
        self.last_flush = time.monotonic()
        db("reading the rate", self._update_rate)
        try:
            while True:
                if last_id and time.monotonic() > deadline:
                    db("releasing the batch", lambda: self._release(batch_id))
                    _enqueue_batch(batch_id)
                    return False
                claimed = self._with_database(
                    "claiming deliveries", lambda n=last_id: self._claim_chunk(batch_id, n)
                )
                if claimed is None:
                    break
                last_id, rows = claimed
                self._send_chunk(batch_id, rows)
                self._flush(batch_id)
        except Stop:
            self._flush(batch_id, renew=False)
            if self.refusals >= self._refusal_threshold():
                db("pausing the campaign", self._pause_for_refusals)
            db("releasing the batch", lambda: self._release(batch_id))
            return False
        except ConnectionFailed as exc:
            self._flush(batch_id, renew=False)
            db("releasing the batch", lambda: self._release(batch_id))
            # Not repeated on a lost database (it counts): the sweep takes the released batch.
            return self._connection_failed(batch_id, str(exc))
        except DATABASE_ERRORS:
            # The database stayed away longer than we wait for it (the flush retried for
            # `database_patience`): the results are lost with this task, and the lease expiry
            # turns the claimed rows into `unknown`.
            logger.error("batch %s: database unavailable, giving up the batch", batch_id)
            raise
        except BaseException:
            # A bug or an interruption: what was handed to the server is recorded (the message
            # in flight as unknown), the rest goes back to queued, then the error propagates.
            if self.in_flight is not None:
                self.pending.unknown.append((self.in_flight, "interrupted while sending"))
            self._flush(batch_id, renew=False)
            self._release(batch_id)
            raise
        db("finishing the batch", lambda: self._finish_batch(batch_id))
        return True

    def _claim_chunk(self, batch_id: int, last_id: int) -> tuple[int, list[dict]] | None:
        """Move the next FLUSH_EVERY queued deliveries of the batch to `sending` and return
        (last id looked at, rows to send); subscribers no longer confirmed are skipped. Renews
        the lease and re-checks the campaign first. None when the batch has nothing left."""
        now = timezone.now()
        with transaction.atomic():
            if not DeliveryBatch.objects.filter(
                pk=batch_id, claimed_by=self.worker_id, status=DeliveryBatch.Status.SENDING
            ).update(lease_expires_at=now + self.lease):
                raise Stop("lease lost")
            status = Campaign.objects.filter(pk=self.campaign.pk).values_list("status", flat=True)
            if status.first() != Campaign.Status.SENDING:
                raise Stop("campaign not sending")
            rows = list(
                Delivery.objects.filter(
                    batch_id=batch_id, status=Delivery.Status.QUEUED, id__gt=last_id
                )
                .order_by("id")
                .values(
                    "id",
                    "attempts",
                    "subscriber_id",
                    "subscriber__status",
                    "subscriber__email_encrypted",
                    "subscriber__language",
                    "subscriber__topics",
                    "subscriber__link_secret",
                )[: self.flush_every]
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
                self.stats["skipped"] += len(gone)
            if usable:
                ids = [r["id"] for r in usable]
                Delivery.objects.filter(id__in=ids, status=Delivery.Status.QUEUED).update(
                    status=Delivery.Status.SENDING, updated_at=now
                )
                # The first group is handed over right after this commit.
                mark_handing_over(ids[:HANDOVER_GROUP])
        return rows[-1]["id"], usable

    def _send_chunk(self, batch_id: int, chunk: list[dict]) -> None:
        if self.transport is None:
            self.transport = open_transport()
        pending = self.pending
        marked_to = HANDOVER_GROUP  # the first group was marked when the chunk was claimed
        for index, row in enumerate(chunk):
            template = self._template(row["subscriber__language"], row["subscriber__topics"])
            if template is None:
                pending.skipped.append((row["id"], "no articles in the chosen topics"))
                continue
            try:
                recipient = self._recipient(row)
            except (InvalidRecipient, InvalidToken, ValueError) as exc:
                pending.failed.append((row["id"], 0, f"cannot address ({type(exc).__name__})"))
                continue
            self._wait_for_slot()
            if index >= marked_to:
                group = [r["id"] for r in chunk[index : index + HANDOVER_GROUP]]
                self._with_database("marking deliveries", lambda g=group: mark_handing_over(g))
                marked_to = index + HANDOVER_GROUP
            self.in_flight = row["id"]
            try:
                result = self.transport.send(template, recipient)
            except ConnectionFailed:
                # Nothing of this row or the rest of the chunk was tried: back to queued.
                self.in_flight = None
                self._unclaim([r["id"] for r in chunk[index:]])
                raise
            del recipient
            if result.outcome is Outcome.SENT:
                pending.sent.append(row["id"])
            elif result.outcome is Outcome.TEMPORARY:
                pending.retry.append((row["id"], row["attempts"] + 1, result.error))
            elif result.outcome is Outcome.PERMANENT:
                bounce = 0 if result.sender_level else row["subscriber_id"]
                pending.failed.append((row["id"], bounce, result.error))
            else:
                pending.unknown.append((row["id"], result.error))
            self.in_flight = None
            if result.outcome is Outcome.PERMANENT and result.sender_level:
                # "The same refusal": the same SMTP code (reply texts may carry queue ids).
                if _refusal_kind(result.error) != _refusal_kind(self.refusal_error):
                    self.refusals = 0
                self.refusal_error = result.error
                self.refusals += 1
                if self.refusals >= self._refusal_threshold():
                    # The relay refuses our mail, not these people: stop before the whole
                    # list fails (the rest of the chunk goes back to queued on release).
                    raise Stop("mail server refuses our messages")
            elif result.outcome is not Outcome.UNKNOWN:
                self.refusals, self.refusal_error = 0, ""
            if (
                len(pending) >= self.flush_every
                or time.monotonic() - self.last_flush >= self.flush_seconds
            ):
                self._flush(batch_id)
                pending = self.pending

    def _refusal_threshold(self) -> int:
        return max(1, int(conf("PAUSE_AFTER_CONNECTION_ERRORS")))

    def _pause_for_refusals(self) -> None:
        count, error = self.refusals, self.refusal_error
        paused = Campaign.objects.filter(
            pk=self.campaign.pk, status=Campaign.Status.SENDING
        ).update(
            status=Campaign.Status.PAUSED,
            pause_reason=(
                f"The mail server refused {count} messages in a row ({error}): a problem with "
                "the sender or the server's configuration, not with the recipients. Those "
                "deliveries are failed; nobody was marked as bounced. Resume once it is fixed."
            )[:300],
        )
        self.refusals, self.refusal_error = 0, ""
        if paused:
            logger.warning("campaign %s paused: %s refusals in a row", self.campaign.pk, count)

    def _recipient(self, row: dict) -> Recipient:
        address = decrypt_email(row["subscriber__email_encrypted"])
        link = _LinkSubject(row["subscriber_id"], row["subscriber__link_secret"])
        language = row["subscriber__language"]
        # One HMAC per link: the URL is built around the token.
        token = tokens.unsubscribe_token(link)
        return Recipient(
            address=address,
            unsubscribe_url=tokens._url("newsletter:unsubscribe", language, token),  # noqa: SLF001
            preferences_url=tokens.preferences_url(link, language),
            unsubscribe_token=token,
        )

    def _effective_topics(self, topics) -> tuple[str, ...]:
        """The part of a selection that matters for this issue: only topics that have articles
        in it; a selection covering all of them is the same email as no selection, ()."""
        from .rendering import issue_topic_slugs, topic_key

        if self.issue_topics is None:
            self.issue_topics = frozenset(issue_topic_slugs(self.campaign.issue))
        selection = topic_key(topics)
        if not selection:
            return ()
        present = self.issue_topics.intersection(selection)
        if present == self.issue_topics:
            return ()
        # A selection with none of the issue's topics stays distinct from "all" (it is empty).
        return tuple(sorted(present)) or ("",)

    def _template(self, language: str, topics) -> MessageTemplate | None:
        from .rendering import render_issue_email

        key = (language, self._effective_topics(topics))
        if key in self.templates:
            self.templates.move_to_end(key)
        else:
            while len(self.templates) >= TEMPLATE_CACHE_SIZE:
                self.templates.popitem(last=False)
            rendered = render_issue_email(
                self.campaign.issue,
                language,
                topics=key[1],
                unsubscribe_url=PH_UNSUBSCRIBE_URL,
                preferences_url=PH_PREFERENCES_URL,
            )
            self.templates[key] = (
                compile_message(
                    subject=rendered.subject,
                    text=rendered.text,
                    html=rendered.html,
                    from_email=rendered.from_email,
                    list_id=conf("LIST_ID"),
                    list_name=rendered.site_name,
                    domain=settings.SITREP_MAIL_DOMAIN,
                    mailto=conf("UNSUBSCRIBE_MAILTO"),
                )
                if rendered.article_count
                else None
            )
        return self.templates[key]

    def _wait_for_slot(self) -> None:
        if self.interval <= 0:
            return
        now = time.monotonic()
        if self.next_slot > now:
            time.sleep(self.next_slot - now)
            now = self.next_slot
        self.next_slot = max(now, self.next_slot) + self.interval

    # -- recording -------------------------------------------------------------------------

    def _flush(self, batch_id: int, *, renew: bool = True) -> None:
        """Write the results gathered since the last flush; renew the lease; re-read the
        campaign's status and the rate limit share. If the database is unreachable, the results
        stay in memory and the write is retried (`_with_database`)."""
        pending = self.pending
        max_attempts = int(conf("MAX_ATTEMPTS"))
        lease_ok = self._with_database(
            "recording results",
            lambda: record_results(
                batch_id, self.worker_id, self.campaign.pk, pending, max_attempts, self.lease
            ),
        )
        self.pending = _Pending()
        self.last_flush = time.monotonic()
        self.stats["sent"] += len(pending.sent)
        self.stats["failed"] += len(pending.failed) + sum(
            1 for _i, a, _e in pending.retry if a >= max_attempts
        )
        self.stats["retry"] += sum(1 for _i, a, _e in pending.retry if a < max_attempts)
        self.stats["unknown"] += len(pending.unknown)
        self.stats["skipped"] += len(pending.skipped)
        if not renew:
            return
        if not lease_ok:
            raise Stop("lease lost")
        campaign = self._with_database(
            "reading the campaign",
            lambda: Campaign.objects.filter(pk=self.campaign.pk).values("status").first(),
        )
        if campaign is None or campaign["status"] != Campaign.Status.SENDING:
            raise Stop("campaign not sending")
        self._with_database("reading the rate", self._update_rate)

    def _with_database(self, what: str, operation):
        """Run `operation`; if the database connection is lost, reconnect and try again with
        back-off (0.2 s doubling to 5 s) for up to `database_patience` seconds, then raise.
        Every operation passed here is one transaction that can be repeated safely.

        The broken connection is closed before the next try (`_drop_connection`), so the try
        opens a new one. That is only possible outside a transaction: inside an atomic block
        Django keeps the dead connection (`closed_in_transaction`) and every retry would fail
        with "the connection is closed" until the deadline, so the error is raised at once
        there (the caller's transaction is lost anyway). Workers run tasks outside any
        transaction; this was the PostgreSQL-only failure of issue 7 item 7 (SQLite's test
        database lives in memory and is never really closed)."""
        from django.db import connection

        deadline = time.monotonic() + self.database_patience
        wait = 0.2
        while True:
            try:
                return operation()
            except DATABASE_ERRORS as exc:
                if connection.in_atomic_block or time.monotonic() + wait > deadline:
                    raise
                logger.warning(
                    "campaign %s: database unavailable while %s (%s); retrying in %.1f s",
                    self.campaign.pk if self.campaign else "?",
                    what,
                    type(exc).__name__,
                    wait,
                )
                _drop_connection()
                time.sleep(wait)
                wait = min(wait * 2, 5.0)

    def _update_rate(self) -> None:
        rate = float(conf("RATE_PER_SECOND"))
        if rate <= 0:
            self.interval = 0.0
            return
        active = DeliveryBatch.objects.filter(
            campaign_id=self.campaign.pk, status=DeliveryBatch.Status.SENDING
        ).count()
        share = rate_share(rate, active)
        self.interval = 1.0 / share if share else 0.0

    def _unclaim(self, ids: list[int]) -> None:
        # Never tried (the connection failed first): the handing-over mark is withdrawn.
        Delivery.objects.filter(id__in=ids, status=Delivery.Status.SENDING).update(
            status=Delivery.Status.QUEUED, handed_at=None, updated_at=timezone.now()
        )

    def _release(self, batch_id: int, not_before=None) -> None:
        """Give the batch back (pending), with anything claimed but not tried back to queued."""
        with transaction.atomic():
            mine = DeliveryBatch.objects.filter(
                pk=batch_id, claimed_by=self.worker_id, status=DeliveryBatch.Status.SENDING
            )
            if mine.update(
                status=DeliveryBatch.Status.PENDING,
                claimed_by="",
                lease_expires_at=None,
                not_before=not_before,
            ):
                # Rows still `sending` here were claimed by this worker and never handed to
                # the server (results were flushed just before).
                Delivery.objects.filter(batch_id=batch_id, status=Delivery.Status.SENDING).update(
                    status=Delivery.Status.QUEUED, handed_at=None, updated_at=timezone.now()
                )
                campaign = Campaign.objects.filter(pk=self.campaign.pk).values("status").first()
                if campaign and campaign["status"] == Campaign.Status.CANCELLED:
                    Delivery.objects.filter(
                        batch_id=batch_id, status=Delivery.Status.QUEUED
                    ).update(status=Delivery.Status.SKIPPED, last_error="campaign cancelled")
                    DeliveryBatch.objects.filter(pk=batch_id).update(
                        status=DeliveryBatch.Status.DONE
                    )

    def _finish_batch(self, batch_id: int) -> None:
        """All queued rows were tried once in this pass: done, or back to pending with a backoff
        for the temporary failures."""
        now = timezone.now()
        with transaction.atomic():
            retry = Delivery.objects.filter(
                batch_id=batch_id, status=Delivery.Status.QUEUED
            ).aggregate(attempts=Max("attempts"))["attempts"]
            if retry is None:
                DeliveryBatch.objects.filter(pk=batch_id, claimed_by=self.worker_id).update(
                    status=DeliveryBatch.Status.DONE, claimed_by="", lease_expires_at=None
                )
                return
            not_before = now + timedelta(
                seconds=retry_delay(retry, float(conf("RETRY_BACKOFF_SECONDS")))
            )
            self._release(batch_id, not_before=not_before)
            _enqueue_batch(batch_id, run_after=not_before)

    def _connection_failed(self, batch_id: int, error: str) -> bool:
        threshold = int(conf("PAUSE_AFTER_CONNECTION_ERRORS"))
        Campaign.objects.filter(pk=self.campaign.pk).update(
            connection_errors=F("connection_errors") + 1
        )
        errors = (
            Campaign.objects.filter(pk=self.campaign.pk)
            .values_list("connection_errors", flat=True)
            .first()
            or 0
        )
        logger.warning(
            "campaign %s: mail server unreachable (%s), %s in a row",
            self.campaign.pk,
            error,
            errors,
        )
        if errors >= threshold:
            Campaign.objects.filter(pk=self.campaign.pk, status=Campaign.Status.SENDING).update(
                status=Campaign.Status.PAUSED,
                pause_reason=(
                    f"The mail server could not be reached {errors} times in a row ({error}). "
                    "Nothing was lost; resume when it is back."
                )[:300],
            )
            return False
        not_before = timezone.now() + timedelta(
            seconds=retry_delay(errors, float(conf("RETRY_BACKOFF_SECONDS")))
        )
        DeliveryBatch.objects.filter(pk=batch_id, status=DeliveryBatch.Status.PENDING).update(
            not_before=not_before
        )
        _enqueue_batch(batch_id, run_after=not_before)
        self.transport = None
        return False


def _drop_connection() -> None:
    """Throw the broken connection away so the next query opens a new one (outside a
    transaction only; see `Sender._with_database`)."""
    from django.db import connection

    try:
        connection.close()
    except Exception:  # noqa: BLE001 - a broken connection is being thrown away
        connection.connection = None
    # A failure inside an atomic block that has since been left can leave these set; a new
    # connection must start clean.
    connection.closed_in_transaction = False
    connection.needs_rollback = False


def record_results(
    batch_id: int,
    worker_id: str,
    campaign_id: int,
    pending: _Pending,
    max_attempts: int,
    lease: timedelta,
) -> bool:
    """One flush, in one transaction (so it can be repeated after a lost connection): the
    results in `pending` go into the ledger and the lease is renewed. Returns whether the lease
    is still this worker's.

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
        return bool(
            DeliveryBatch.objects.filter(
                pk=batch_id, claimed_by=worker_id, status=DeliveryBatch.Status.SENDING
            ).update(lease_expires_at=now + lease)
        )


def _refusal_kind(error: str) -> str:
    head = error.split(" ", 1)[0]
    return head if head.isdigit() else error


def _group_by_error(rows) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for row_id, error in rows:
        grouped.setdefault(error[:500], []).append(row_id)
    return grouped


def record_bounces(subscriber_ids: list[int]) -> None:
    """A recipient refused at RCPT TO counts as a bounce; at BOUNCES_BEFORE_SUPPRESSION the
    subscriber is suppressed as `bounced` (address dropped) and gets no further issues."""
    from .actions.subscribers import do_suppress_subscribers

    Subscriber.objects.filter(pk__in=subscriber_ids).update(bounce_count=F("bounce_count") + 1)
    reached = Subscriber.objects.filter(
        pk__in=subscriber_ids,
        status=Subscriber.Status.CONFIRMED,
        bounce_count__gte=int(conf("BOUNCES_BEFORE_SUPPRESSION")),
    ).values_list("pk", flat=True)
    do_suppress_subscribers(list(reached), status=Subscriber.Status.BOUNCED, source="bounce")


def send_batches(batch_id: int) -> dict[str, int]:
    """What `send_campaign_batch_task` runs."""
    return Sender().run(batch_id)
