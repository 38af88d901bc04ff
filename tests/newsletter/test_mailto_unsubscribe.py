"""The mailto: variant of List-Unsubscribe, processed from the ESP's inbound webhook."""

from __future__ import annotations

import pytest
from anymail.inbound import AnymailInboundMessage
from anymail.signals import AnymailInboundEvent, EventType, inbound

from sitrep.newsletter.delivery import list_unsubscribe_value
from sitrep.newsletter.models import Subscriber
from sitrep.newsletter.tokens import preferences_url, unsubscribe_token, unsubscribe_url
from tests.newsletter import factories

pytestmark = pytest.mark.django_db

ADDRESS = "reader@example.org"


def make_subscriber(address: str = ADDRESS) -> Subscriber:
    return factories.make_subscriber(address, language="ru", consent_source="", confirmed_at=None)


def reader_writes(subject: str) -> None:
    message = AnymailInboundMessage.construct(
        from_email=ADDRESS, to="unsubscribe@news.example.org", subject=subject, text="-"
    )
    inbound.send(
        sender=object,
        event=AnymailInboundEvent(event_type=EventType.INBOUND, message=message),
        esp_name="TestESP",
    )


def test_mail_to_the_list_unsubscribe_address_unsubscribes():
    subscriber = make_subscriber()
    header = list_unsubscribe_value(
        unsubscribe_url(subscriber, "ru"),
        "unsubscribe@news.example.org",
        unsubscribe_token(subscriber),
    )
    # What a mail client sends for the mailto: link of the header.
    subject = header.split("subject=", 1)[1].rstrip(">").replace("%20", " ")

    reader_writes(subject)

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.email_encrypted is None
    assert subscriber.unsubscribe_source == "mailto"


@pytest.mark.parametrize(
    "subject",
    ["unsubscribe 1.forged", "please unsubscribe me", "Re: this week's issue", ""],
)
def test_forged_or_missing_tokens_change_nothing(subject):
    subscriber = make_subscriber()
    reader_writes(subject)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.email_encrypted is not None


def test_a_token_for_preferences_does_not_unsubscribe():
    subscriber = make_subscriber()
    token = preferences_url(subscriber, "en").rstrip("/").rsplit("/", 1)[1]
    reader_writes(f"unsubscribe {token}")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
