"""django-tasks-db's `db_worker`, made to survive what stopped it for good: it sweeps for the
work of dead workers (sitrep.newsletter.worker) and waits out a database outage instead of
exiting on the first OperationalError. Same options as the original; this app comes before
`django_tasks_db` in INSTALLED_APPS, so `manage.py db_worker` is this command.
See docs/operations.md, "Workers".
"""

from __future__ import annotations

import logging
import os
import threading
import time

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from ...worker import DATABASE_ERRORS, drop_database_connections, start_sweeper_thread

logger = logging.getLogger(__name__)

# Waiting for the database: 0.5 s, doubling, at most this long between two tries.
MAX_RECONNECT_WAIT = 10.0


class ResilientWorker(db_worker.Worker):
    def run(self) -> None:
        stop = threading.Event()
        start_sweeper_thread(stop)
        wait = 0.5
        try:
            while self.running:
                started = time.monotonic()
                try:
                    super().run()
                    return
                except DATABASE_ERRORS as exc:
                    if time.monotonic() - started > 60:
                        wait = 0.5  # a new outage, not the same one
                    logger.warning(
                        "database unavailable (%s); worker %s retrying in %.1f s",
                        type(exc).__name__,
                        self.worker_id,
                        wait,
                    )
                    drop_database_connections()
                    time.sleep(wait)
                    wait = min(wait * 2, MAX_RECONNECT_WAIT)
        finally:
            stop.set()

    def run_task(self, db_task_result) -> None:
        try:
            super().run_task(db_task_result)
        except DATABASE_ERRORS as exc:
            # The task ran, but its result could not be written. Its row stays `RUNNING`; the
            # newsletter's own state lives in the ledger and the sweep picks up from there.
            logger.warning(
                "task %s: result not recorded, database unavailable (%s)",
                db_task_result.id,
                type(exc).__name__,
            )
            drop_database_connections()


class Command(db_worker.Command):
    help = db_worker.Command.help or "Run database task workers (with the newsletter's sweep)."

    def handle(
        self,
        *,
        verbosity: int,
        queue_name: str,
        interval: float,
        batch: bool,
        backend_name: str,
        startup_delay: bool,
        reload: bool,
        max_tasks: int | None,
        worker_id: str,
        exclude_queues: str,
        **options,
    ) -> None:
        # As django_tasks_db's Command.handle, with ResilientWorker.
        self.configure_logging(verbosity)
        if reload and batch:
            reload = False
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ResilientWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
