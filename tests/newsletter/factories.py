"""The one way tests build a subscriber (factory-boy). The address is given as `address`, stored
as the application stores it: encrypted, with its blind index (`email_hash`); `address=None`
builds a subscriber whose address was dropped (bounced, complained, erased)."""

from __future__ import annotations

import factory
from django.utils import timezone

from sitrep.newsletter.crypto import email_index, encrypt_email
from sitrep.newsletter.models import Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber
        exclude = ("address", "keep_address")

    address = factory.Sequence(lambda n: f"reader{n}@example.org")
    # Whether the encrypted address is stored (False for bounced/complained rows).
    keep_address = True
    status = Subscriber.Status.CONFIRMED
    language = "en"
    topics = factory.LazyFunction(list)
    consent_source = "test"
    email_hash = factory.LazyAttribute(lambda o: email_index(o.address))
    email_encrypted = factory.LazyAttribute(
        lambda o: encrypt_email(o.address) if o.keep_address else None
    )
    confirmed_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == Subscriber.Status.CONFIRMED else None
    )


def make_subscriber(address: str = "reader@example.org", **fields) -> Subscriber:
    """A stored subscriber (confirmed, English, no topics, unless `fields` say otherwise)."""
    return SubscriberFactory(address=address, **fields)
