"""The sending loop run by `send_campaign_batch_task`: claim, render once per group, send
through the transport, hand the results to the ledger. See docs/newsletter.md, "Sending and
delivery semantics" and "Module layout".

The invariant: a delivery is handed to the mail server only after this worker moved it from
`queued` to `sending` (`ledger.claim_deliveries`, at most FLUSH_EVERY rows at a time, under a
batch lease it holds), after its group's `handed_at` mark is committed, and it is recorded as
`sent`/`failed`/`queued` (retry) within FLUSH_EVERY messages or FLUSH_SECONDS
(`ledger.record_results`). If the worker dies, its lease expires and
`ledger.recover_expired_leases()` (run by every worker's sweep) turns its `sending` rows into
`unknown` (never re-sent automatically; those without `handed_at` certainly never went out),
while the batch's `queued` rows go to another worker. So nobody gets an issue twice, and
`unknown` is bounded by FLUSH_EVERY per worker at the moment of the crash. A lost database is
waited for (`Sender._with_database`) with the results kept in memory.

This module writes no row itself (every write is a named transition in ledger.py) and imports
no action. Subscribers' addresses are decrypted here, per group, and never leave this module:
task arguments, logs and `last_error` carry ids and SMTP codes only.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.utils import timezone

from . import audit, ledger, tokens
from .conf import newsletter_settings
from .crypto import InvalidToken, decrypt_email
from .delivery import (
    PH_PREFERENCES_URL,
    PH_UNSUBSCRIBE_URL,
    InvalidRecipient,
    MessageTemplate,
    Outcome,
    Recipient,
    compile_message,
    rate_share,
    retry_delay,
)
from .ledger import (
    HANDOVER_GROUP,
    LeaseLost,
    NextGroup,
    NotSending,
    Results,
    record_results,
)
from .models import Campaign, DeliveryBatch
from .queue import enqueue_after_commit
from .transport import ConnectionFailed, Result, Transport, open_transport

logger = logging.getLogger(__name__)

T = TypeVar("T")

# A task hands over to a fresh task after this long, so no backend's job timeout (RQ: 180 s by
# default) kills it mid-batch; checked between groups.
TASK_TIME_BUDGET = 60.0
# What a lost database connection raises (a stopped server, a cut network, a killed backend).
DATABASE_ERRORS = (OperationalError, InterfaceError)
# Compiled messages kept per worker, least recently used dropped first. Keys are effective
# selections (language × topics of the issue), so a typical issue needs far fewer.
TEMPLATE_CACHE_SIZE = 256
# How often a worker re-reads its share of the campaign's rate limit (how many batches are
# being sent) and clears the campaign's count of connection errors in a row: once a second is
# enough for both, and a flush every 20 messages should not pay for them each time.
REFRESH_SECONDS = 1.0


def new_worker_id() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{random.getrandbits(32):08x}"


def _enqueue_batch(batch_id: int, run_after: datetime | None = None) -> None:
    enqueue_after_commit("send_campaign_batch_task", batch_id, run_after=run_after)


class _LinkSubject:
    """What tokens.py needs to sign a link: the id and the link secret, nothing else."""

    __slots__ = ("pk", "link_secret")

    def __init__(self, pk: int, link_secret: str) -> None:
        self.pk = pk
        self.link_secret = link_secret


@dataclass
class BatchRun:
    """What the worker knows about the one batch it is sending: passed along, not kept on the
    long-lived Sender, so nothing of it outlives the batch."""

    batch_id: int
    campaign_id: int
    results: Results = field(default_factory=Results)
    # The delivery handed to the server and not yet answered (recorded as unknown if the task
    # is interrupted there).
    in_flight: int | None = None
    last_flush: float = field(default_factory=time.monotonic)
    # When the rate limit share was last read (`Sender._update_rate`).
    rate_read_at: float = field(default_factory=time.monotonic)
    # When a flush last cleared the campaign's connection errors (never, at first).
    errors_cleared_at: float = float("-inf")
    # The highest delivery id claimed so far (the next claim starts after it).
    last_id: int = 0


@dataclass
class Stats:
    sent: int = 0
    failed: int = 0
    retry: int = 0
    unknown: int = 0
    skipped: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


class Sender:
    """Sends claimed batches of one campaign over one connection. Keeps what is worth keeping
    across batches (the connection, compiled messages, the refusal count); a batch's own state
    is a `BatchRun`."""

    def __init__(self, worker_id: str | None = None) -> None:
        conf = newsletter_settings()
        self.worker_id = worker_id or new_worker_id()
        self.transport: Transport | None = None
        # Least recently used first; see _template().
        self.templates: OrderedDict[tuple[str, tuple[str, ...]], MessageTemplate | None] = (
            OrderedDict()
        )
        self.issue_topics: frozenset[str] | None = None
        # Consecutive sender-level refusals with the same error (see Result.sender_level).
        self.refusals = 0
        self.refusal_error = ""
        self.campaign: Campaign | None = None
        self.stats = Stats()
        self.flush_every = max(1, conf.flush_every)
        self.flush_seconds = conf.flush_seconds
        self.max_attempts = conf.max_attempts
        self.lease = conf.lease
        self.database_patience = conf.database_patience
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
            return self.stats.as_dict()
        campaign_id = row["campaign_id"]
        deadline = time.monotonic() + time_budget
        first = True
        try:
            while True:
                db("recovering leases", lambda: ledger.recover_expired_leases(campaign_id))
                claimed = None
                if first and db("claiming", lambda: ledger.claim_batch(batch_id, self.worker_id)):
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
                    due = db("handing over", lambda: ledger.claimable_batches(campaign_id, 1))
                    for next_id in due:
                        _enqueue_batch(next_id)
                    break
        finally:
            if self.transport is not None:
                self.transport.close()
        db("finishing the campaign", lambda: ledger.maybe_finish_campaign(campaign_id))
        return self.stats.as_dict()

    def _claim_next(self, campaign_id: int) -> int | None:
        return next(
            (
                b
                for b in ledger.claimable_batches(campaign_id)
                if ledger.claim_batch(b, self.worker_id)
            ),
            None,
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
        run = BatchRun(batch_id=batch_id, campaign_id=batch.campaign_id)
        db("reading the rate", lambda: self._update_rate(run))
        try:
            claimed = db("claiming deliveries", lambda: self._claim(run))
            while claimed is not None:
                self._send_group(run, claimed)
                if time.monotonic() > deadline:
                    self._flush(run)
                    db("releasing the batch", lambda: self._release(run))
                    _enqueue_batch(batch_id)
                    return False
                claimed = self._record_and_claim(run)
        except (LeaseLost, NotSending):
            self._flush(run, renew=False)
            if self.refusals >= self._refusal_threshold():
                db("pausing the campaign", lambda: self._pause_for_refusals(run))
            db("releasing the batch", lambda: self._release(run))
            return False
        except ConnectionFailed as exc:
            self._flush(run, renew=False)
            db("releasing the batch", lambda: self._release(run))
            # Not repeated on a lost database (it counts): the sweep takes the released batch.
            self._connection_failed(run, str(exc))
            return False
        except DATABASE_ERRORS:
            # The database stayed away longer than we wait for it (the flush retried for
            # `database_patience`): the results are lost with this task, and the lease expiry
            # turns the claimed rows into `unknown`.
            logger.error("batch %s: database unavailable, giving up the batch", batch_id)
            raise
        except BaseException:
            # A bug or an interruption: what was handed to the server is recorded (the message
            # in flight as unknown), the rest goes back to queued, then the error propagates.
            if run.in_flight is not None:
                run.results.unknown.append((run.in_flight, "interrupted while sending"))
            self._flush(run, renew=False)
            self._release(run)
            raise
        not_before = db(
            "finishing the batch",
            lambda: ledger.finish_batch(batch_id, run.campaign_id, self.worker_id),
        )
        if not_before is not None:
            _enqueue_batch(batch_id, run_after=not_before)
        return True

    def _claim(self, run: BatchRun) -> list[dict[str, Any]] | None:
        claimed = ledger.claim_deliveries(
            run.batch_id, run.campaign_id, self.worker_id, run.last_id, self.flush_every
        )
        return self._take(run, claimed)

    def _record_and_claim(self, run: BatchRun) -> list[dict[str, Any]] | None:
        """After a group: record its results and claim the next group, in one transaction
        (one commit per group). Raises LeaseLost or NotSending once the results are recorded."""
        next_group = NextGroup(last_id=run.last_id, limit=self.flush_every)
        self._flush(run, then_claim=next_group)
        if not next_group.campaign_sending:
            raise NotSending(run.campaign_id)
        return self._take(run, next_group.claimed)

    def _take(
        self, run: BatchRun, claimed: tuple[int, list[dict[str, Any]], int] | None
    ) -> list[dict[str, Any]] | None:
        if claimed is None:
            return None
        run.last_id, rows, skipped = claimed
        self.stats.skipped += skipped
        return rows

    def _send_group(self, run: BatchRun, group: list[dict[str, Any]]) -> None:
        if self.transport is None:
            self.transport = open_transport()
        transport = self.transport
        marked_to = HANDOVER_GROUP  # the first ones were marked when the group was claimed
        for index, row in enumerate(group):
            template = self._template(row["subscriber__language"], row["subscriber__topics"])
            if template is None:
                run.results.skipped.append((row["id"], "no articles in the chosen topics"))
                continue
            try:
                recipient = self._recipient(row)
            except (InvalidRecipient, InvalidToken, ValueError) as exc:
                error = f"cannot address ({type(exc).__name__})"
                run.results.failed.append((row["id"], 0, error))
                continue
            self._wait_for_slot()
            if index >= marked_to:
                ids = [r["id"] for r in group[index : index + HANDOVER_GROUP]]
                self._with_database("marking deliveries", partial(ledger.mark_handing_over, ids))
                marked_to = index + HANDOVER_GROUP
            run.in_flight = row["id"]
            try:
                result = transport.send(template, recipient)
            except ConnectionFailed:
                # Nothing of this row or the rest of the group was tried: back to queued.
                run.in_flight = None
                ledger.unclaim_deliveries([r["id"] for r in group[index:]])
                raise
            del recipient
            self._note(run, row, result)
            run.in_flight = None
            last = index == len(group) - 1  # the caller flushes at the end of the group
            if not last and (
                len(run.results) >= self.flush_every
                or time.monotonic() - run.last_flush >= self.flush_seconds
            ):
                self._flush(run)

    def _note(self, run: BatchRun, row: dict[str, Any], result: Result) -> None:
        """Keep one result in memory (written at the next flush); count sender-level refusals
        and stop once the relay refuses our mail, not these people."""
        results = run.results
        if result.outcome is Outcome.SENT:
            results.sent.append(row["id"])
        elif result.outcome is Outcome.TEMPORARY:
            results.retry.append((row["id"], row["attempts"] + 1, result.error))
        elif result.outcome is Outcome.PERMANENT:
            bounce = 0 if result.sender_level else row["subscriber_id"]
            results.failed.append((row["id"], bounce, result.error))
        else:
            results.unknown.append((row["id"], result.error))
        if result.outcome is Outcome.PERMANENT and result.sender_level:
            # "The same refusal": the same SMTP code (reply texts may carry queue ids).
            if _refusal_kind(result.error) != _refusal_kind(self.refusal_error):
                self.refusals = 0
            self.refusal_error = result.error
            self.refusals += 1
            if self.refusals >= self._refusal_threshold():
                # The rest of the group goes back to queued on release.
                raise NotSending("mail server refuses our messages")
        elif result.outcome is not Outcome.UNKNOWN:
            self.refusals, self.refusal_error = 0, ""

    def _refusal_threshold(self) -> int:
        return max(1, newsletter_settings().pause_after_connection_errors)

    def _pause_for_refusals(self, run: BatchRun) -> None:
        count, error = self.refusals, self.refusal_error
        paused = ledger.pause_campaign(
            run.campaign_id,
            f"The mail server refused {count} messages in a row ({error}): a problem with "
            "the sender or the server's configuration, not with the recipients. Those "
            "deliveries are failed; nobody was marked as bounced. Resume once it is fixed.",
        )
        self.refusals, self.refusal_error = 0, ""
        if paused:
            logger.warning("campaign %s paused: %s refusals in a row", run.campaign_id, count)
            audit.log_automatic_pause(run.campaign_id)

    def _recipient(self, row: dict[str, Any]) -> Recipient:
        address = decrypt_email(row["subscriber__email_encrypted"])
        link = _LinkSubject(row["subscriber_id"], row["subscriber__link_secret"])
        language = row["subscriber__language"]
        # One HMAC per link: the URL is built around the token.
        token = tokens.unsubscribe_token(link)
        return Recipient(
            address=address,
            unsubscribe_url=tokens.unsubscribe_url_for_token(token, language),
            preferences_url=tokens.preferences_url(link, language),
            unsubscribe_token=token,
        )

    def _effective_topics(self, topics: Iterable[str] | None) -> tuple[str, ...]:
        """The part of a selection that matters for this issue: only topics that have articles
        in it; a selection covering all of them is the same email as no selection, ()."""
        from .rendering import issue_topic_slugs, topic_key

        assert self.campaign is not None
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

    def _template(self, language: str, topics: Iterable[str] | None) -> MessageTemplate | None:
        from .rendering import render_issue_email

        assert self.campaign is not None
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
            conf = newsletter_settings()
            self.templates[key] = (
                compile_message(
                    subject=rendered.subject,
                    text=rendered.text,
                    html=rendered.html,
                    from_email=rendered.from_email,
                    list_id=conf.list_id,
                    list_name=rendered.site_name,
                    domain=str(settings.SITREP_MAIL_DOMAIN),
                    mailto=conf.unsubscribe_mailto,
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

    def _flush(
        self, run: BatchRun, *, renew: bool = True, then_claim: NextGroup | None = None
    ) -> None:
        """Write the results gathered since the last flush; renew the lease; re-read the
        campaign's status (with `then_claim`, in the same transaction, which also claims the
        next group) and, at most once a second, the rate limit share. If the database is
        unreachable, the results stay in memory and the write is retried (`_with_database`)."""
        results = run.results
        max_attempts = self.max_attempts
        clear_errors = bool(results.sent) and (
            time.monotonic() - run.errors_cleared_at >= REFRESH_SECONDS
        )
        lease_ok = self._with_database(
            "recording results",
            lambda: record_results(
                run.batch_id,
                self.worker_id,
                run.campaign_id,
                results,
                max_attempts,
                self.lease,
                then_claim=then_claim,
                reset_connection_errors=clear_errors,
            ),
        )
        if clear_errors:
            run.errors_cleared_at = time.monotonic()
        run.results = Results()
        run.last_flush = time.monotonic()
        stats = self.stats
        stats.sent += len(results.sent)
        stats.failed += len(results.failed) + sum(
            1 for _i, a, _e in results.retry if a >= max_attempts
        )
        stats.retry += sum(1 for _i, a, _e in results.retry if a < max_attempts)
        stats.unknown += len(results.unknown)
        stats.skipped += len(results.skipped)
        if not renew:
            return
        if not lease_ok:
            raise LeaseLost(run.batch_id)
        if then_claim is None and not self._with_database(
            "reading the campaign", lambda: ledger.campaign_is_sending(run.campaign_id)
        ):
            raise NotSending(run.campaign_id)
        if run.last_flush - run.rate_read_at >= REFRESH_SECONDS:
            self._with_database("reading the rate", lambda: self._update_rate(run))

    def _with_database(self, what: str, operation: Callable[[], T]) -> T:
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

    def _update_rate(self, run: BatchRun) -> None:
        run.rate_read_at = time.monotonic()
        rate = newsletter_settings().rate_per_second
        if rate <= 0:
            self.interval = 0.0
            return
        share = rate_share(rate, ledger.active_batches(run.campaign_id))
        self.interval = 1.0 / share if share else 0.0

    def _release(self, run: BatchRun) -> None:
        """Give the batch back (pending), with anything claimed but not tried back to queued."""
        ledger.release_batch(run.batch_id, run.campaign_id, self.worker_id)

    def _connection_failed(self, run: BatchRun, error: str) -> None:
        """The mail server could not be reached: count it (the campaign pauses after
        PAUSE_AFTER_CONNECTION_ERRORS in a row), or try the batch again after a back-off."""
        errors, paused = ledger.count_connection_error(run.campaign_id, error)
        logger.warning(
            "campaign %s: mail server unreachable (%s), %s in a row",
            run.campaign_id,
            error,
            errors,
        )
        if paused:
            audit.log_automatic_pause(run.campaign_id)
            return
        not_before = timezone.now() + timedelta(
            seconds=retry_delay(errors, newsletter_settings().retry_backoff_seconds)
        )
        ledger.delay_batch(run.batch_id, not_before)
        _enqueue_batch(run.batch_id, run_after=not_before)
        self.transport = None


def _refusal_kind(error: str) -> str:
    head = error.split(" ", 1)[0]
    return head if head.isdigit() else error


def _drop_connection() -> None:
    """Throw the broken connection away so the next query opens a new one (outside a
    transaction only; see `Sender._with_database`)."""
    try:
        connection.close()
    except Exception:  # noqa: BLE001 - a broken connection is being thrown away
        connection.connection = None
    # A failure inside an atomic block that has since been left can leave these set; a new
    # connection must start clean.
    connection.closed_in_transaction = False
    connection.needs_rollback = False


def send_batches(batch_id: int) -> dict[str, int]:
    """What `send_campaign_batch_task` runs."""
    return Sender().run(batch_id)
