"""The one way the newsletter enqueues a task: by name, once the transaction commits, with ids
only. See docs/newsletter.md, "Module layout".

- After commit: django-tasks enqueues at once, so a worker could otherwise run the task before
  the rows it needs are visible (or after they were rolled back).
- By name: callers never import tasks.py, so the actions (which tasks call) and the tasks do
  not import each other; `tests/newsletter/test_queue.py` checks that every name used resolves.
- Ids only: the database task backend stores arguments (and tracebacks) in clear, so never an
  address or a model instance.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from importlib import import_module
from typing import Any

from django.db import transaction
from django_tasks.base import Task

logger = logging.getLogger(__name__)

TASKS_MODULE = "sitrep.newsletter.tasks"


def task_named(name: str) -> Task[..., Any]:
    """The task `name` in tasks.py (LookupError if there is none)."""
    task = getattr(import_module(TASKS_MODULE), name, None)
    if not isinstance(task, Task):
        raise LookupError(f"no newsletter task named {name!r}")
    return task


def enqueue_after_commit(
    name: str,
    *args: Any,
    run_after: datetime | None = None,
    or_now: bool = False,
    args_at_commit: Callable[[], tuple[Any, ...] | None] | None = None,
    never_raise: bool = False,
    **kwargs: Any,
) -> bool:
    """Enqueue task `name` with `args` once the transaction commits (at once outside one).

    `run_after` defers it where the backend can (database, RQ). On a backend that cannot (the
    immediate backend of tests) a deferred task is dropped and False returned, unless `or_now`
    says running it at once is fine (a notice's retry). `args_at_commit`, if given, is called
    at commit time for the arguments, or None to enqueue nothing (the sweep chain decides
    then). `never_raise` logs a failure to enqueue instead of raising it into the code that
    committed (a publication must not fail because the queue is down)."""
    task = task_named(name)
    if run_after is not None:
        if task.get_backend().supports_defer:
            task = task.using(run_after=run_after)
        elif not or_now:
            return False

    def enqueue() -> None:
        call_args = args if args_at_commit is None else args_at_commit()
        if call_args is None:
            return
        try:
            task.enqueue(*call_args, **kwargs)
        except Exception:
            if not never_raise:
                raise
            logger.exception("could not enqueue %s", name)

    transaction.on_commit(enqueue)
    return True
