"""What every task worker process does for the newsletter besides running tasks: recover the
work of dead workers, and outlive a database outage. See docs/newsletter.md, "The guarantee:
never twice", and docs/operations.md, "Workers".

Recovery does not wait for a scheduler. A deferred task needs one scheduler process (RQ's holds
a lock that a SIGKILL leaves behind for minutes), so the ledger itself is the schedule: an
expired lease, a batch whose back-off (`not_before`) has passed and a scheduled campaign whose
time has come are all rows with a time on them, and every worker sweeps for them when it starts
and then every `sweep_interval()` seconds while it waits for or runs tasks
(`do_recover_expired_leases`). Hooked into both backends' workers: `SweepingRQWorker`
(settings.RQ["WORKER_CLASS"]) and the `db_worker` command of this app, which replaces
django-tasks-db's.
"""

from __future__ import annotations

import logging
import threading
import time

import rq
from django.db import InterfaceError, OperationalError, connections

from .conf import newsletter_settings

logger = logging.getLogger(__name__)

# What a lost database connection raises (a stopped server, a cut network, a killed backend).
DATABASE_ERRORS = (OperationalError, InterfaceError)


def sweep_interval() -> float:
    """Seconds between two sweeps of one worker: a quarter of the lease, 1 to 10 s, so a dead
    worker's batch is taken over within the lease plus ~10 s."""
    return min(10.0, max(1.0, newsletter_settings().lease_seconds / 4))


def drop_database_connections() -> None:
    """Close this thread's connections so the next query reconnects (a broken connection may
    raise again on close: ignored, it is being thrown away)."""
    for conn in connections.all(initialized_only=True):
        try:
            conn.close()
        except Exception:  # noqa: BLE001
            conn.connection = None


class Sweeper:
    """Runs the recovery sweep at most every `sweep_interval()` seconds (the first call sweeps at
    once: a worker that starts takes over what a dead one left). Never raises: a failed sweep
    is logged and tried again next time."""

    def __init__(self) -> None:
        self.next_at = 0.0

    def maybe_sweep(self) -> bool:
        now = time.monotonic()
        if now < self.next_at:
            return False
        self.next_at = now + sweep_interval()
        from .actions.campaigns import do_recover_expired_leases

        try:
            recovered = do_recover_expired_leases()
        except Exception:  # noqa: BLE001 - the database may be down; the next sweep retries
            logger.warning("recovery sweep failed; retrying in %.0f s", sweep_interval())
            drop_database_connections()
            return False
        if recovered:
            logger.warning("recovery sweep: %s batches of dead workers taken over", recovered)
        return True


class SweepingRQWorker(rq.Worker):
    """RQ's worker, sweeping in its main loop: at start, every time it looks for a job (the
    blocking dequeue wakes up every sweep interval) and between jobs. The sweep runs in the
    worker's own process, never in a thread: RQ forks a work horse per job, and the database
    connection is closed after each sweep so no horse inherits it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sweeper = Sweeper()

    @property
    def dequeue_timeout(self) -> int:
        return max(1, min(super().dequeue_timeout, int(sweep_interval())))

    def heartbeat(self, timeout=None, pipeline=None):
        result = super().heartbeat(timeout, pipeline=pipeline)
        # Without a pipeline: the calls made while idle and after each job (not the ones
        # inside a job's bookkeeping).
        if pipeline is None and self.sweeper.maybe_sweep():
            drop_database_connections()
        return result


def start_sweeper_thread(stop: threading.Event) -> threading.Thread:
    """For `db_worker` (which never forks): a daemon thread sweeping until `stop` is set."""

    def loop() -> None:
        sweeper = Sweeper()
        while not stop.is_set():
            sweeper.maybe_sweep()
            # Its connection is this thread's own; closed between sweeps (a sweep is rare).
            drop_database_connections()
            stop.wait(sweep_interval())

    thread = threading.Thread(target=loop, name="newsletter-sweeper", daemon=True)
    thread.start()
    return thread
