"""Scheduled publishing that happens without a person (docs/weekly-cycle.md, "Scheduled
publishing").

Wagtail records a scheduled publication as a revision with `approved_go_live_at` (and a
scheduled unpublication as a page's `expire_at`), and leaves it to its `publish_scheduled`
command to act when the time comes; nothing here ran that command. So every time something is
scheduled, a task is deferred to that moment (`publish_scheduled_task`, on the task backend's
own schedule: a database row for `db_worker`, RQ's scheduled registry on RQ), and the task runs
Wagtail's `publish_scheduled`, which publishes or unpublishes everything that is due, whoever
scheduled it. A task that runs late (no worker at that moment) catches up when a worker starts;
one that finds nothing due does nothing, so duplicates are harmless.

"Publish this issue" with the newsletter defers `publish_and_start_newsletter_task` instead:
it runs `publish_scheduled` first and starts the campaign only if the issue is then live, so the
email never goes out before the issue it links to.
"""

from __future__ import annotations

import datetime
import io
import logging

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

logger = logging.getLogger("sitrep.publishing.scheduling")

# One run at a time per cache: two workers publishing the same revision at once would log it
# twice. Held at most this long (a crashed run frees it by itself).
LOCK_KEY = "publishing:publish-scheduled"
LOCK_SECONDS = 120


def publish_due() -> bool:
    """Run Wagtail's `publish_scheduled` (publish what is due, unpublish what expired).
    Returns False if another run holds the lock (it publishes the same things)."""
    if not cache.add(LOCK_KEY, 1, LOCK_SECONDS):
        return False
    try:
        call_command("publish_scheduled", stdout=io.StringIO())
    finally:
        cache.delete(LOCK_KEY)
    return True


def _defer(task, run_after: datetime.datetime, *args) -> bool:
    """Enqueue `task` to run at `run_after`, once the transaction commits. False on a backend
    that cannot defer (the immediate backend of tests): nothing is enqueued."""
    if not task.get_backend().supports_defer:
        logger.warning("task backend cannot defer: %s not scheduled", task.name)
        return False
    deferred = task.using(run_after=run_after)
    transaction.on_commit(lambda: deferred.enqueue(*args))
    return True


def enqueue_publish_due(run_after: datetime.datetime) -> bool:
    from .tasks import publish_scheduled_task

    return _defer(publish_scheduled_task, run_after)


def enqueue_newsletter_after_publish(issue_id: int, run_after: datetime.datetime, user) -> bool:
    from .tasks import publish_and_start_newsletter_task

    return _defer(publish_and_start_newsletter_task, run_after, issue_id, getattr(user, "pk", None))


def publish_and_start_newsletter(issue_id: int, user_id: int | None) -> str:
    """At the issue's go-live time: publish what is due, then start the issue's campaign if the
    issue went live (it may have been unscheduled or rescheduled since). Returns the outcome."""
    from django.contrib.auth import get_user_model

    from .issue_actions import start_issue_newsletter
    from .models import IssuePage

    # The lock may be held by a concurrent run: publish anyway, Wagtail's own command is safe
    # to repeat (a revision published once is no longer due).
    if not publish_due():
        call_command("publish_scheduled", stdout=io.StringIO())
    issue = IssuePage.objects.filter(pk=issue_id).first()
    if issue is None or not issue.live or issue.scheduled_revision is not None:
        logger.warning("issue %s is not live at its time: newsletter not started", issue_id)
        return "not live"
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    outcome, _campaign_id = start_issue_newsletter(issue_id, user)
    logger.info("newsletter of issue %s after scheduled publishing: %s", issue_id, outcome)
    return outcome
