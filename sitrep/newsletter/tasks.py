"""Background tasks of the newsletter. Thin: they take ids (never addresses — the database task
backend stores arguments and tracebacks in clear) and call an action. See docs/newsletter.md.
"""

from __future__ import annotations

from django_tasks import task

# ---------------------------------------------------------------------------------------------
# Subscribers (confirmation and notices, purge). Transactional emails go to the "default" queue
# so they never wait behind a campaign on the "newsletter" queue.


# Every signup request enqueues this one task, whatever the address's state, so the web request
# does the same work for all of them (docs/newsletter.md, "No enumeration").
@task(queue_name="default")
def process_signup_request_task(request_id: int) -> str | None:
    from .actions.subscribers import do_process_signup_request

    outcome = do_process_signup_request(request_id)
    return None if outcome is None else str(outcome)


# The database backend does not retry: after a temporary SMTP failure the action enqueues the
# same task again with `attempt` + 1 and a delay (bounded; see actions/subscribers.py).
@task(queue_name="default")
def send_confirmation_email_task(subscriber_id: int, attempt: int = 0) -> bool:
    from .actions.subscribers import do_send_confirmation_email

    return do_send_confirmation_email(subscriber_id, attempt=attempt)


@task(queue_name="default")
def send_already_subscribed_task(subscriber_id: int, language: str, attempt: int = 0) -> bool:
    from .actions.subscribers import do_send_already_subscribed_email

    return do_send_already_subscribed_email(subscriber_id, language, attempt=attempt)


@task(queue_name="default")
def purge_unconfirmed_task() -> int:
    from .actions.subscribers import do_purge_unconfirmed

    return do_purge_unconfirmed()


# ---------------------------------------------------------------------------------------------
# End of the subscriber tasks; campaign delivery tasks follow.


# Campaign delivery (docs/newsletter.md, "Sending and delivery semantics"). On the "newsletter"
# queue so workers can be scaled for it separately.


@task(queue_name="newsletter")
def send_campaign_batch_task(batch_id: int) -> dict[str, int]:
    """Send a batch, then any other claimable batch of the same campaign (within a time budget),
    recovering batches whose worker died."""
    from .sending import send_batches

    return send_batches(batch_id)


@task(queue_name="newsletter")
def start_due_campaigns_task() -> int:
    from .actions.campaigns import do_start_due_campaigns

    return do_start_due_campaigns()


@task(queue_name="newsletter")
def recover_expired_leases_task(token: str = "") -> int:
    """Re-enqueues itself one lease later while any campaign is sending (no cron needed); one
    chain at a time, identified by `token`."""
    from .actions.campaigns import do_sweep

    return do_sweep(token)


@task(queue_name="newsletter")
def start_campaign_on_publish_task(issue_id: int) -> bool:
    """Send-on-publish, off the editor's request (freezing the recipients takes a while)."""
    from .actions.campaigns import do_start_campaign_on_publish

    return do_start_campaign_on_publish(issue_id)


@task(queue_name="newsletter")
def prepare_campaign_task(campaign_id: int) -> int:
    """Write a large campaign's ledger in chunks (small ones are written when they start)."""
    from .actions.campaigns import freeze_recipients

    return freeze_recipients(campaign_id)
