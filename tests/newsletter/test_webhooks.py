"""ESP reports (anymail's tracking signal) suppress bounced, complaining and unsubscribing
addresses, found through the blind index; nothing else changes and no address is logged."""

from __future__ import annotations

import base64
import json
import logging

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.test import override_settings

from sitrep.newsletter.crypto import email_index
from sitrep.newsletter.models import Subscriber
from tests.newsletter import factories

pytestmark = pytest.mark.django_db

ADDRESS = "reader@example.org"


def make_subscriber(address: str = ADDRESS, status: str = "confirmed") -> Subscriber:
    return factories.make_subscriber(
        address, status=status, language="be", topics=["economy"], confirmed_at=None
    )


def report(event_type: str, recipient: str = ADDRESS, reject_reason: str | None = None) -> None:
    event = AnymailTrackingEvent(
        event_type=event_type,
        recipient=recipient,
        reject_reason=reject_reason,
        event_id="evt-1",
        message_id="<m1@example.net>",
    )
    tracking.send(sender=object, event=event, esp_name="TestESP")


def test_hard_bounce_suppresses_and_drops_the_address():
    subscriber = make_subscriber()
    report("bounced", reject_reason="bounced")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.BOUNCED
    assert subscriber.bounce_count == 1
    assert subscriber.email_encrypted is None
    assert subscriber.email_hash == email_index(ADDRESS)  # stays suppressed


def test_bounces_below_the_threshold_only_count(settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BOUNCES_BEFORE_SUPPRESSION": 3}
    subscriber = make_subscriber()
    report("bounced")
    report("bounced")
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.bounce_count) == ("confirmed", 2)
    assert subscriber.get_email() == ADDRESS
    report("bounced")
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.bounce_count) == ("bounced", 3)


def test_complaint_marks_complained():
    subscriber = make_subscriber()
    report("complained")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.COMPLAINED
    assert subscriber.email_encrypted is None
    assert subscriber.unsubscribe_source == "complaint"


def test_unsubscribe_event_unsubscribes():
    subscriber = make_subscriber()
    report("unsubscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.email_encrypted is None


@pytest.mark.parametrize(
    ("reason", "status"),
    [
        ("invalid", "bounced"),
        ("bounced", "bounced"),
        ("spam", "complained"),
        ("unsubscribed", "unsubscribed"),
        ("blocked", "bounced"),
    ],
)
def test_rejected_events_by_reason(reason, status):
    subscriber = make_subscriber()
    report("rejected", reject_reason=reason)
    subscriber.refresh_from_db()
    assert subscriber.status == status


def test_recipient_is_matched_case_insensitively_like_the_blind_index():
    subscriber = make_subscriber()
    report("complained", recipient="Reader@EXAMPLE.org")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.COMPLAINED


@pytest.mark.parametrize("event_type", ["delivered", "deferred", "opened", "clicked", "queued"])
def test_other_events_change_nothing(event_type):
    subscriber = make_subscriber()
    report(event_type)
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.bounce_count) == ("confirmed", 0)
    assert subscriber.get_email() == ADDRESS


def test_unknown_recipient_and_missing_recipient_are_ignored():
    subscriber = make_subscriber()
    report("bounced", recipient="someone-else@example.net")
    report("bounced", recipient="")
    report("bounced", recipient="reader@example.org\r\nBcc: x@example.net")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert not Subscriber.objects.exclude(pk=subscriber.pk).exists()


def test_an_unsubscribed_address_is_not_turned_into_bounced():
    subscriber = make_subscriber(status="unsubscribed")
    report("bounced")
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.bounce_count) == ("unsubscribed", 0)


def test_logs_carry_the_id_never_the_address(caplog):
    subscriber = make_subscriber()
    with caplog.at_level(logging.INFO):
        report("bounced")
        report("bounced", recipient="stranger@example.net")
    text = caplog.text
    assert f"subscriber {subscriber.pk}" in text
    assert "example.org" not in text and "example.net" not in text


def _basic_auth(secret: str) -> str:
    return "Basic " + base64.b64encode(secret.encode()).decode()


@override_settings(
    ANYMAIL={"WEBHOOK_SECRET": "hook:s3cret"},
    EMAIL_BACKEND="anymail.backends.postmark.EmailBackend",
)
def test_postmark_bounce_webhook_through_http(client):
    subscriber = make_subscriber()
    payload = {
        "RecordType": "Bounce",
        "Type": "HardBounce",
        "TypeCode": 1,
        "ID": 42,
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Email": ADDRESS,
        "BouncedAt": "2026-11-29T10:00:00Z",
        "Description": "The server was unable to deliver your message",
        "Details": "smtp;550 5.1.1 unknown user",
    }
    url = "/anymail/postmark/tracking/"
    # Without the shared secret the ESP cannot be impersonated.
    forged = client.post(url, data=json.dumps(payload), content_type="application/json")
    assert forged.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"

    response = client.post(
        url,
        data=json.dumps(payload),
        content_type="application/json",
        HTTP_AUTHORIZATION=_basic_auth("hook:s3cret"),
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.BOUNCED


@pytest.mark.parametrize(
    ("event_type", "status", "source"),
    [
        ("bounced", "bounced", "bounce"),
        ("complained", "complained", "complaint"),
        ("unsubscribed", "unsubscribed", "esp"),
    ],
)
def test_esp_reports_suppress_through_the_shared_action(monkeypatch, event_type, status, source):
    """ESP reports, our own unsubscribe page, SMTP bounces and the purge all drop the address
    through actions.subscribers.do_suppress_subscribers, so they cannot drift apart."""
    from sitrep.newsletter.actions import subscribers
    from sitrep.newsletter.actions.subscribers import do_suppress_subscribers

    calls = []

    def spy(ids, **kwargs):
        calls.append((list(ids), kwargs))
        return do_suppress_subscribers(ids, **kwargs)

    monkeypatch.setattr(subscribers, "do_suppress_subscribers", spy)
    subscriber = make_subscriber()
    report(event_type)
    assert calls == [([subscriber.pk], {"status": status, "source": source})]
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.unsubscribe_source) == (status, source)
    assert subscriber.email_encrypted is None and subscriber.unsubscribed_at is not None


# --- webhook URLs exist only for the configured ESP --------------------------------------------


def test_webhooks_are_404_when_no_esp_sends_our_mail(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    for url in ("/anymail/mailgun/tracking/", "/anymail/postmark/tracking/"):
        assert client.get(url).status_code == 404
        assert client.post(url, data="{}", content_type="application/json").status_code == 404


def test_configured_esp_without_its_webhook_settings_is_404(client, settings):
    # Mailgun's webhook needs a signing key (or the API key); without one anymail raised
    # AnymailConfigurationError on any request, unauthenticated ones included: a 500.
    settings.EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hook:s3cret"}
    assert client.get("/anymail/mailgun/tracking/").status_code == 404
    assert client.post("/anymail/mailgun/tracking/", {}).status_code == 404


def test_configured_esp_answers_bad_requests_with_4xx(client, settings):
    settings.EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
    settings.ANYMAIL = {
        "MAILGUN_API_KEY": "key-test",
        "MAILGUN_WEBHOOK_SIGNING_KEY": "signing-test",
        "WEBHOOK_SECRET": "hook:s3cret",
    }
    url = "/anymail/mailgun/tracking/"
    assert client.get(url).status_code == 405
    assert client.post(url, data="{}", content_type="application/json").status_code == 400
    unsigned = client.post(
        url,
        data=json.dumps({"event-data": {"event": "failed"}, "signature": {}}),
        content_type="application/json",
        HTTP_AUTHORIZATION=_basic_auth("hook:s3cret"),
    )
    assert 400 <= unsigned.status_code < 500
    # Another ESP's routes do not exist.
    assert client.post("/anymail/postmark/tracking/", {}).status_code == 404
