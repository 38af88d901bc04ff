"""How much a crash can leave in doubt: at any moment, how many messages the mail server has
accepted that the ledger does not yet record (they would become `unknown` if the worker died
then). See docs/newsletter.md, "The guarantee: never twice" (issue 7, item 8)."""

from __future__ import annotations

import time

import pytest
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.conf import newsletter_settings
from sitrep.newsletter.crypto import email_index
from sitrep.newsletter.models import Delivery, Subscriber
from tests.newsletter.delivery_helpers import make_issue_content, make_subscribers

pytestmark = pytest.mark.django_db

PROBE = "tests.newsletter.test_handover_window.LedgerProbeBackend"


class LedgerProbeBackend(LocmemBackend):
    """A mail server that, before accepting each message, looks at the ledger: how many of the
    messages it accepted before are still `sending` (accepted but not recorded), and whether
    this one carries its handing-over mark."""

    accepted: list[int] = []  # subscriber ids, in the order accepted
    unrecorded: list[int] = []  # per message: accepted before it and not yet recorded
    unmarked: list[int] = []  # subscriber ids whose delivery had no handed_at when accepted
    seconds_per_message = 0.0

    @classmethod
    def reset(cls, seconds_per_message: float = 0.0) -> None:
        cls.accepted, cls.unrecorded, cls.unmarked = [], [], []
        cls.seconds_per_message = seconds_per_message

    def send_messages(self, messages):
        probe = type(self)
        for message in messages:
            subscriber_id = Subscriber.objects.get(email_hash=email_index(message.to[0])).pk
            probe.unrecorded.append(
                Delivery.objects.filter(
                    subscriber_id__in=probe.accepted, status=Delivery.Status.SENDING
                ).count()
            )
            if not Delivery.objects.filter(
                subscriber_id=subscriber_id, handed_at__isnull=False
            ).exists():
                probe.unmarked.append(subscriber_id)
            probe.accepted.append(subscriber_id)
            time.sleep(probe.seconds_per_message)
        return super().send_messages(messages)


@pytest.fixture
def issue(site_structure):
    return make_issue_content()


def test_at_most_twenty_accepted_messages_are_unrecorded_at_any_moment(
    issue, settings, django_capture_on_commit_callbacks
):
    """With the default settings a crash leaves at most 20 accepted-but-unrecorded messages per
    worker (it was 100 before): the ledger records every 20 messages."""
    assert newsletter_settings().flush_every == 20
    settings.EMAIL_BACKEND = PROBE
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BATCH_SIZE": 70}
    LedgerProbeBackend.reset()
    make_subscribers(150)
    with django_capture_on_commit_callbacks(execute=True):
        do_start_campaign(issue)
    probe = LedgerProbeBackend
    assert len(probe.accepted) == 150 == len(set(probe.accepted))
    # Before each message, at most 19 earlier ones are unrecorded: with this one, 20 in doubt.
    assert max(probe.unrecorded) == 19
    assert probe.unmarked == []  # and each was marked as handed over before it went out
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 150


def test_a_slow_server_gets_its_messages_recorded_every_quarter_second(
    issue, settings, django_capture_on_commit_callbacks
):
    """FLUSH_SECONDS (0.25 s by default) bounds the window in time too: at 0.1 s a message, no
    more than 3 accepted messages wait for their record (the check runs after each message)."""
    assert newsletter_settings().flush_seconds == 0.25
    settings.EMAIL_BACKEND = PROBE
    LedgerProbeBackend.reset(seconds_per_message=0.1)
    make_subscribers(8)
    with django_capture_on_commit_callbacks(execute=True):
        do_start_campaign(issue)
    probe = LedgerProbeBackend
    assert len(probe.accepted) == 8
    # The time is checked after each message: the third one (≥ 0.3 s) triggers the record.
    assert max(probe.unrecorded) <= 2
    assert probe.unmarked == []
