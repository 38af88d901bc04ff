"""The newsletter's signal receivers, and nothing else: each parses its input and calls an
action or enqueues a task. Connected in apps.py. See docs/newsletter.md, "Module layout".

Page published (Wagtail): with NEWSLETTER["SEND_ON_PUBLISH"], publishing an issue enqueues
`start_campaign_on_publish_task`, whose action (`do_start_campaign_on_publish`) decides.

ESP tracking (django-anymail's `tracking` signal; the webhook URLs are in webhooks.py):
bounce, complaint and unsubscribe reports, applied by `do_apply_esp_report`.

The recipient is looked up by its blind index, never stored or logged: log lines carry the
subscriber id and the ESP's event type only. An event for an address we do not know (a test
send, a confirmation email to someone since erased) is ignored.

What each event does:
- `bounced`, and `rejected` for a bad or dead address: one more bounce; at
  NEWSLETTER["BOUNCES_BEFORE_SUPPRESSION"] the subscriber becomes `bounced` and gets no more mail.
- `complained`, and `rejected` because of an earlier complaint: `complained` at once.
- `unsubscribed`, and `rejected` because of an earlier unsubscribe: `unsubscribed`.
Both suppressing outcomes drop the encrypted address and keep the blind index, like an
unsubscribe from our own page, so the address stays suppressed. `deferred`, `delivered`, opens
and clicks are ignored (we do not track them).
"""

from __future__ import annotations

import logging
import re

from anymail.signals import AnymailTrackingEvent, inbound, tracking
from django.dispatch import receiver
from wagtail.signals import page_published

from sitrep.publishing.models import IssuePage

from .actions.subscribers import (
    classify_esp_event,
    do_apply_esp_report,
    do_unsubscribe,
    subscriber_for_link,
)
from .conf import newsletter_settings
from .crypto import email_index
from .queue import enqueue_after_commit
from .tokens import UNSUBSCRIBE, InvalidLink
from .validation import has_control_characters

logger = logging.getLogger(__name__)


@receiver(page_published, sender=IssuePage, dispatch_uid="sitrep.newsletter.start_on_publish")
def start_campaign_on_publish(sender: type, instance: IssuePage, **kwargs: object) -> None:
    """A task, after the publish transaction commits: the worker sees the live issue, and
    freezing thousands of recipients does not hold up the editor's request. A failure to
    enqueue must not undo the publication: the editor can still start it from the admin."""
    if not newsletter_settings().send_on_publish:
        return
    enqueue_after_commit("start_campaign_on_publish_task", instance.pk, never_raise=True)


@receiver(tracking, dispatch_uid="sitrep.newsletter.webhooks.handle_tracking_event")
def handle_tracking_event(
    sender: object, event: AnymailTrackingEvent, esp_name: str = "", **kwargs: object
) -> None:
    report = classify_esp_event(event.event_type, event.reject_reason)
    if report is None:
        return
    recipient = event.recipient or ""
    if not recipient or has_control_characters(recipient):
        logger.warning("ESP %s sent a %s event without a usable recipient", esp_name, report.value)
        return
    subscriber, changed = do_apply_esp_report(email_index(recipient), report)
    if subscriber is None:
        logger.info("ESP %s: %s for an unknown recipient, ignored", esp_name, report.value)
        return
    logger.info(
        "ESP %s: %s for subscriber %s (now %s%s)",
        esp_name,
        report.value,
        subscriber.pk,
        subscriber.status,
        "" if changed else ", unchanged",
    )


# The mailto: variant of List-Unsubscribe: the ESP's inbound webhook delivers the reader's
# message; its subject is "unsubscribe <token>" (see delivery.list_unsubscribe_value).
_UNSUBSCRIBE_SUBJECT = re.compile(r"\bunsubscribe\s+(\S+)", re.IGNORECASE)


@receiver(inbound, dispatch_uid="sitrep.newsletter.mailto_unsubscribe")
def handle_inbound_unsubscribe(sender: object, event, esp_name: str, **kwargs: object) -> None:
    message = event.message
    match = _UNSUBSCRIBE_SUBJECT.search((message.subject or "") if message else "")
    if match is None:
        return
    try:
        subscriber = subscriber_for_link(match.group(1), UNSUBSCRIBE)
    except InvalidLink:
        logger.info("mailto unsubscribe from %s with an invalid token ignored", esp_name)
        return
    do_unsubscribe(subscriber, source="mailto")
    logger.info("subscriber #%s unsubscribed by mailto (%s)", subscriber.pk, esp_name)
