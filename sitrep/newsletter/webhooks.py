"""Bounce, complaint and unsubscribe reports from an ESP, through django-anymail's `tracking`
signal (the webhook URLs are anymail's, under /anymail/<esp>/tracking/, and answer only for the
ESP that EMAIL_BACKEND names: `esp_webhook_urlpatterns`). See docs/newsletter.md,
"Bounces and complaints".

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

import copy
import logging
import re
from collections.abc import Callable
from enum import Enum
from functools import wraps

from anymail.exceptions import AnymailConfigurationError
from anymail.signals import AnymailTrackingEvent, EventType, RejectReason, inbound, tracking
from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.urls import URLPattern

from .actions.subscribers import (
    ACTIVE,
    do_suppress_subscribers,
    do_unsubscribe,
    subscriber_for_link,
)
from .crypto import email_index
from .models import Subscriber
from .tokens import UNSUBSCRIBE, InvalidLink
from .validation import has_control_characters

logger = logging.getLogger(__name__)


class Outcome(Enum):
    BOUNCE = "bounce"
    COMPLAINT = "complaint"
    UNSUBSCRIBE = "unsubscribe"


def classify(event_type: str, reject_reason: str | None) -> Outcome | None:
    """What an anymail event means for the subscriber, or None when it changes nothing."""
    if event_type == EventType.COMPLAINED:
        return Outcome.COMPLAINT
    if event_type == EventType.UNSUBSCRIBED:
        return Outcome.UNSUBSCRIBE
    if event_type == EventType.BOUNCED:
        return Outcome.BOUNCE
    if event_type == EventType.REJECTED:
        if reject_reason == RejectReason.SPAM:
            return Outcome.COMPLAINT
        if reject_reason == RejectReason.UNSUBSCRIBED:
            return Outcome.UNSUBSCRIBE
        # invalid, bounced, timed_out, blocked, other: the ESP will not deliver to it.
        return Outcome.BOUNCE
    return None


def do_apply_esp_report(subscriber: Subscriber, outcome: Outcome) -> bool:
    """Record one ESP report on a (locked) subscriber. Returns True if the status changed.
    Suppressing goes through `do_suppress_subscribers`, like our own unsubscribe and the SMTP
    bounces of a campaign, so every path drops the address the same way."""
    if subscriber.status not in ACTIVE:
        return False
    if outcome is Outcome.BOUNCE:
        subscriber.bounce_count += 1
        subscriber.save(update_fields=["bounce_count"])
        if subscriber.bounce_count < settings.NEWSLETTER["BOUNCES_BEFORE_SUPPRESSION"]:
            return False
        status, source = Subscriber.Status.BOUNCED, "bounce"
    elif outcome is Outcome.COMPLAINT:
        status, source = Subscriber.Status.COMPLAINED, "complaint"
    else:
        # The same as our own unsubscribe link (the ESP's list-unsubscribe handling).
        status, source = Subscriber.Status.UNSUBSCRIBED, "esp"
    changed = do_suppress_subscribers([subscriber.pk], status=status, source=source) > 0
    subscriber.refresh_from_db()
    return changed


@receiver(tracking, dispatch_uid="sitrep.newsletter.webhooks.handle_tracking_event")
def handle_tracking_event(
    sender: object, event: AnymailTrackingEvent, esp_name: str = "", **kwargs: object
) -> None:
    outcome = classify(event.event_type, event.reject_reason)
    if outcome is None:
        return
    recipient = event.recipient or ""
    if not recipient or has_control_characters(recipient):
        logger.warning("ESP %s sent a %s event without a usable recipient", esp_name, outcome.value)
        return
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(email_hash=email_index(recipient)).first()
        )
        if subscriber is None:
            logger.info("ESP %s: %s for an unknown recipient, ignored", esp_name, outcome.value)
            return
        changed = do_apply_esp_report(subscriber, outcome)
    logger.info(
        "ESP %s: %s for subscriber %s (now %s%s)",
        esp_name,
        outcome.value,
        subscriber.pk,
        subscriber.status,
        "" if changed else ", unchanged",
    )


# The mailto: variant of List-Unsubscribe: the ESP's inbound webhook delivers the reader's
# message; its subject is "unsubscribe <token>" (see delivery.list_unsubscribe_value).
_UNSUBSCRIBE_SUBJECT = re.compile(r"\bunsubscribe\s+(\S+)", re.IGNORECASE)


@receiver(inbound, dispatch_uid="sitrep.newsletter.mailto_unsubscribe")
def handle_inbound_unsubscribe(sender, event, esp_name, **kwargs) -> None:
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


# ---------------------------------------------------------------------------------------------
# The webhook URLs: anymail's, but only for the ESP that sends our mail.


def configured_esp() -> str | None:
    """The anymail ESP that EMAIL_BACKEND names ("mailgun" for
    anymail.backends.mailgun.EmailBackend), or None when mail goes out another way."""
    parts = settings.EMAIL_BACKEND.split(".")
    if len(parts) == 4 and parts[:2] == ["anymail", "backends"] and parts[2] != "test":
        return parts[2]
    return None


def _esp_of(pattern: URLPattern) -> str:
    """The ESP a route of anymail.urls is for: its first path segment."""
    return str(pattern.pattern).lstrip("^").split("/", 1)[0]


def _only_for_configured_esp(view: Callable[..., HttpResponse], esp: str) -> Callable:
    """Anymail's webhook view, answering 404 unless `esp` is the configured ESP and its webhook
    settings are complete. Unwrapped, every route of every ESP answers and an unconfigured one
    raises AnymailConfigurationError on any request (a 500 to anyone who asks); a configured
    one keeps anymail's own answers to bad requests (405 for GET, 400 for missing auth or a
    bad signature)."""

    @wraps(view)
    def webhook(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if configured_esp() != esp:
            return _not_found(request)
        try:
            return view(request, *args, **kwargs)
        except AnymailConfigurationError as error:
            # The ESP sends our mail but this webhook lacks a setting (a signing key, …):
            # the webhook does not exist yet. The message names the setting, never its value.
            logger.warning("ESP %s webhook called but not configured: %s", esp, error)
            return _not_found(request)

    return webhook


class _NoLanguagePrefixes:
    """A URLconf without i18n_patterns (see `_not_found`)."""

    urlpatterns: list = []


def _not_found(request: HttpRequest) -> HttpResponse:
    # LocaleMiddleware answers a 404 outside the language-prefixed URLs with a redirect to
    # /<lang>/<path> whenever that path resolves, and Wagtail's page tree resolves every path:
    # an ESP (or a scanner) would get a 302 to a page. It reads request.urlconf to decide.
    request.urlconf = _NoLanguagePrefixes
    return HttpResponseNotFound()


def esp_webhook_urlpatterns() -> list[URLPattern]:
    """anymail.urls with every view wrapped by `_only_for_configured_esp` (checked per request,
    so settings overridden in tests apply)."""
    from anymail import urls as anymail_urls

    patterns = []
    for pattern in anymail_urls.urlpatterns:
        wrapped = copy.copy(pattern)
        wrapped.callback = _only_for_configured_esp(pattern.callback, _esp_of(pattern))
        patterns.append(wrapped)
    return patterns
