"""The subscriber side under stress and failure: rate limits under concurrency, retried
confirmation emails, subjects that are plain text, one suppression path for every way out, and
one list of languages."""

from __future__ import annotations

import smtplib
import threading
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks import task_backends

from sitrep.newsletter import ratelimit, tasks, tokens
from sitrep.newsletter.actions.subscribers import (
    NOTICE_RETRY_DELAYS,
    NoticeDeliveryError,
    do_purge_unconfirmed,
    do_request_subscription,
    do_suppress_subscribers,
    do_unsubscribe,
)
from sitrep.newsletter.crypto import email_index, encrypt_email
from sitrep.newsletter.models import Subscriber
from sitrep.newsletter.notices import CONFIRMATION, render_notice
from tests.helpers import clear_cache
from tests.newsletter.factories import make_subscriber

pytestmark = pytest.mark.django_db

Status = Subscriber.Status
DUMMY_TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "QUEUES": ["default", "newsletter"],
    }
}


@pytest.fixture(autouse=True)
def clean_cache():
    clear_cache()
    yield
    clear_cache()


# --- rate limits are atomic -------------------------------------------------------------------


def test_confirmation_slots_stop_at_the_limit(settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "CONFIRMATIONS_PER_ADDRESS_PER_DAY": 3}
    taken = [ratelimit.take_confirmation_slot("a@example.org") for _ in range(6)]
    assert taken == [True, True, True, False, False, False]
    assert ratelimit.take_confirmation_slot("b@example.org")  # another address is not affected


class _InterleavingCache:
    """The real cache, but every operation yields to the other threads for a moment afterwards,
    as a busy server does between a read and the write that follows it."""

    def __init__(self, real) -> None:
        self._real = real

    def __getattr__(self, name):
        attribute = getattr(self._real, name)
        if not callable(attribute):
            return attribute

        def slow(*args, **kwargs):
            result = attribute(*args, **kwargs)
            time.sleep(0.02)
            return result

        return slow


def _race(function, count: int) -> list:
    barrier = threading.Barrier(count)
    results: list = []
    lock = threading.Lock()

    def run() -> None:
        from django.db import connection

        barrier.wait(timeout=5)
        try:
            value = function()
        finally:
            connection.close()  # each thread has its own database connection
        with lock:
            results.append(value)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(results) == count
    return results


@pytest.fixture
def interleaving_cache(monkeypatch):
    """The rate limits' own cache (database or Redis), interleaved; real threads need real
    transactions, so the counters are cleared by hand."""
    from django.db import connection

    real = caches[ratelimit.CACHE_ALIAS]
    if not hasattr(real, "delete_pattern") and connection.vendor == "sqlite":
        if connection.is_in_memory_db():
            # Shared-cache in-memory SQLite locks whole tables and does not wait (SQLITE_LOCKED):
            # threads cannot share it. Run with SITREP_TEST_SQLITE_NAME, PostgreSQL or Redis.
            pytest.skip("concurrent writers need a file, PostgreSQL or Redis")
    monkeypatch.setattr(ratelimit, "_cache", lambda: _InterleavingCache(real))
    real.clear() if not hasattr(real, "delete_pattern") else real.delete_pattern("*")
    yield
    real.clear() if not hasattr(real, "delete_pattern") else real.delete_pattern("*")


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_cannot_exceed_the_confirmation_limit(settings, interleaving_cache):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "CONFIRMATIONS_PER_ADDRESS_PER_DAY": 3}
    results = _race(lambda: ratelimit.take_confirmation_slot("racing@example.org"), 8)
    assert results.count(True) == 3


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_cannot_exceed_the_hourly_limits(settings, interleaving_cache):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "LIMIT_PER_ADDRESS_PER_HOUR": 2}
    now = time.time()
    results = _race(
        lambda: ratelimit.allow_request(client_ip=None, address="racing@example.org", now=now), 6
    )
    assert results.count(True) == 2


# --- confirmation emails are retried after temporary failures ---------------------------------


class FlakyBackend(BaseEmailBackend):
    """Raises the queued errors one send at a time, then delivers to mail.outbox."""

    errors: list[Exception] = []

    def send_messages(self, messages):
        if FlakyBackend.errors:
            raise FlakyBackend.errors.pop(0)
        mail.outbox.extend(messages)
        return len(messages)


@pytest.fixture
def dummy_tasks(settings):
    settings.TASKS = DUMMY_TASKS
    settings.EMAIL_BACKEND = "tests.newsletter.test_subscription_robustness.FlakyBackend"
    backend = task_backends["default"]
    yield backend
    FlakyBackend.errors = []


@pytest.fixture
def pending(dummy_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        do_request_subscription("retry.reader@example.org", "en", client_ip="192.0.2.9")
    [request] = dummy_tasks.results  # the worker's decision, run here
    with django_capture_on_commit_callbacks(execute=True):
        tasks.process_signup_request_task.call(*request.args)
    dummy_tasks.clear()
    return Subscriber.objects.get(email_hash=email_index("retry.reader@example.org"))


def _queued(backend) -> list:
    return [r for r in backend.results if r.task.name == "send_confirmation_email_task"]


def _refused(code: int) -> smtplib.SMTPRecipientsRefused:
    address = "retry.reader@example.org"
    return smtplib.SMTPRecipientsRefused({address: (code, f"<{address}> try later".encode())})


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPResponseException(421, b"4.3.2 service not available"),
        _refused(450),
        ConnectionRefusedError(111, "Connection refused"),
        TimeoutError("timed out"),
        smtplib.SMTPServerDisconnected("gone"),
    ],
    ids=["421", "450-recipient", "connection-refused", "timeout", "disconnected"],
)
def test_temporary_failure_is_retried_later(
    pending, dummy_tasks, error, django_capture_on_commit_callbacks
):
    FlakyBackend.errors = [error]
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        sent = tasks.send_confirmation_email_task.call(pending.pk)
    assert sent is False and mail.outbox == []
    [retry] = _queued(dummy_tasks)
    assert list(retry.args) == [pending.pk]
    assert retry.kwargs == {"attempt": 1}
    assert (
        before + timedelta(seconds=55)
        < retry.task.run_after
        < timezone.now() + timedelta(seconds=65)
    )

    # The retry, run later, delivers the email with a working link.
    assert tasks.send_confirmation_email_task.call(*retry.args, **retry.kwargs) is True
    [message] = mail.outbox
    assert message.to == ["retry.reader@example.org"]
    assert "/en/newsletter/confirm/" in message.body


def test_retries_back_off_and_stop_after_three(
    pending, dummy_tasks, django_capture_on_commit_callbacks, caplog
):
    FlakyBackend.errors = [smtplib.SMTPResponseException(451, b"later") for _ in range(4)]
    kwargs: dict = {}
    delays = []
    for _ in range(3):
        dummy_tasks.clear()
        start = timezone.now()
        with django_capture_on_commit_callbacks(execute=True):
            assert tasks.send_confirmation_email_task.call(pending.pk, **kwargs) is False
        [retry] = _queued(dummy_tasks)
        delays.append(round((retry.task.run_after - start).total_seconds() / 60))
        kwargs = retry.kwargs
    assert delays == [1, 5, 25] and [d * 60 for d in delays] == list(NOTICE_RETRY_DELAYS)
    assert kwargs == {"attempt": 3}

    dummy_tasks.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(NoticeDeliveryError) as failed:
            tasks.send_confirmation_email_task.call(pending.pk, **kwargs)
    assert _queued(dummy_tasks) == [] and mail.outbox == []
    assert "retry.reader" not in str(failed.value)
    assert "retry.reader" not in caplog.text


@pytest.mark.parametrize(
    ("error", "code"),
    [(_refused(550), "550"), (smtplib.SMTPResponseException(554, b"5.7.1 rejected"), "554")],
    ids=["550-recipient", "554"],
)
def test_permanent_failure_is_not_retried(
    pending, dummy_tasks, error, code, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level("INFO")
    FlakyBackend.errors = [error]
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(NoticeDeliveryError) as failed:
            tasks.send_confirmation_email_task.call(pending.pk)
    assert _queued(dummy_tasks) == [] and mail.outbox == []
    # The log and the task error name the subscriber id and the code, never the address.
    assert f"subscriber #{pending.pk}" in str(failed.value) and code in str(failed.value)
    assert f"subscriber #{pending.pk}" in caplog.text and code in caplog.text
    assert "retry.reader" not in caplog.text and "retry.reader" not in str(failed.value)


def test_already_subscribed_email_is_retried_too(dummy_tasks, django_capture_on_commit_callbacks):
    subscriber = Subscriber.objects.create(
        email_hash=email_index("known@example.org"),
        email_encrypted=encrypt_email("known@example.org"),
        status=Status.CONFIRMED,
    )
    FlakyBackend.errors = [ConnectionRefusedError(111, "Connection refused")]
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_already_subscribed_task.call(subscriber.pk, "ru") is False
    [retry] = [r for r in dummy_tasks.results if r.task.name == "send_already_subscribed_task"]
    assert list(retry.args) == [subscriber.pk, "ru"] and retry.kwargs == {"attempt": 1}
    assert tasks.send_already_subscribed_task.call(*retry.args, **retry.kwargs) is True
    assert "/ru/newsletter/preferences/" in mail.outbox[0].body


# --- subjects are plain text ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "be", "ru"])
@pytest.mark.parametrize("name", ["confirmation", "already_subscribed"])
def test_notice_subject_and_text_are_not_html_escaped(settings, name, language):
    settings.SITE_NAME = "Tom & Jerry's"
    context = {"confirm_url": "https://example.org/c/", "max_age_hours": 72}
    context["preferences_url"] = "https://example.org/p/"
    rendered = render_notice(name, context, language)
    assert "Tom & Jerry's" in rendered.subject
    assert "&amp;" not in rendered.subject and "&#x27;" not in rendered.subject
    assert "Tom & Jerry's" in rendered.text and "&amp;" not in rendered.text
    # The HTML part is HTML: escaped there.
    assert "Tom &amp; Jerry&#x27;s" in rendered.html


def test_line_breaks_in_the_site_name_never_reach_the_subject(settings):
    settings.SITE_NAME = "Tom\r\nBcc: evil@example.net\n  & Jerry"
    rendered = render_notice(CONFIRMATION, {"confirm_url": "u", "max_age_hours": 1}, "en")
    assert "\r" not in rendered.subject and "\n" not in rendered.subject
    assert "  " not in rendered.subject
    assert rendered.subject == "Confirm your subscription to Tom Bcc: evil@example.net & Jerry"


# --- one way out: do_suppress_subscribers -----------------------------------------------------


def _make(address: str, status: str = Status.CONFIRMED, **fields) -> Subscriber:
    fields.setdefault("confirmed_at", None)
    fields.setdefault("consent_source", "")
    return make_subscriber(address, status=status, topics=["economy"], **fields)


@pytest.mark.parametrize("status", [Status.UNSUBSCRIBED, Status.BOUNCED, Status.COMPLAINED])
def test_suppress_drops_the_address_and_keeps_the_hash(status):
    reader = _make("a@example.org")
    waiting = _make("b@example.org", Status.PENDING, confirmation_nonce="n0nce")
    other = _make("c@example.org")
    changed = do_suppress_subscribers([reader.pk, waiting.pk], status=status, source="bounce")
    assert changed == 2
    for subscriber in (reader, waiting):
        subscriber.refresh_from_db()
        assert subscriber.status == status
        assert subscriber.email_encrypted is None and subscriber.get_email() is None
        assert subscriber.email_hash  # still suppressed
        assert subscriber.topics == [] and subscriber.confirmation_nonce == ""
        assert subscriber.unsubscribe_source == "bounce" and subscriber.unsubscribed_at
    other.refresh_from_db()
    assert other.status == Status.CONFIRMED and other.get_email() == "c@example.org"
    # Idempotent.
    assert do_suppress_subscribers([reader.pk], status=status, source="bounce") == 0


def test_unsubscribing_a_bounced_subscriber_keeps_bounced():
    bounced = _make("d@example.org", Status.BOUNCED)  # bounced before its address was dropped
    assert do_unsubscribe(bounced, source="page") is True
    bounced.refresh_from_db()
    assert bounced.status == Status.BOUNCED and bounced.email_encrypted is None
    assert do_unsubscribe(bounced, source="page") is False


def test_suppress_refuses_active_statuses():
    reader = _make("e@example.org")
    with pytest.raises(ValueError):
        do_suppress_subscribers([reader.pk], status=Status.CONFIRMED, source="x")


def test_purge_does_not_undo_a_confirmation():
    """The purge suppresses only subscribers still pending: one confirmed meanwhile stays."""
    long_ago = timezone.now() - timedelta(days=30)
    returning = _make(
        "f@example.org", Status.PENDING, requested_at=long_ago, unsubscribed_at=long_ago
    )
    assert do_purge_unconfirmed() == 1
    returning.refresh_from_db()
    assert returning.status == Status.UNSUBSCRIBED and returning.email_encrypted is None
    assert returning.unsubscribe_source == "purge"
    confirmed = _make("g@example.org", requested_at=long_ago, unsubscribed_at=long_ago)
    assert do_purge_unconfirmed() == 0
    confirmed.refresh_from_db()
    assert confirmed.status == Status.CONFIRMED and confirmed.get_email() == "g@example.org"


# --- one list of languages --------------------------------------------------------------------


def test_languages_come_from_settings_only(settings):
    from django.core.exceptions import ValidationError

    from sitrep.newsletter import forms, validation

    settings.LANGUAGES = [("en", "English"), ("uk", "Українська")]
    assert validation.language_codes() == ["en", "uk"]
    assert forms.language_choices() == [("en", "English"), ("uk", "Українська")]
    assert tokens._language("uk") == "uk" and tokens._language("ru") == "en"
    # "Only": a language the settings no longer list is refused everywhere, not just unlisted.
    assert validation.clean_language("uk") == "uk"
    with pytest.raises(ValidationError):
        validation.clean_language("ru")
    from django.http import QueryDict

    data = QueryDict("email=reader%40example.org&language=ru")
    form = forms.SubscribeForm(data, known_topics=[])
    assert not form.is_valid() and "language" in form.errors


def test_csv_and_forms_share_the_topic_slug_rule():
    from sitrep.newsletter import csv_io, validation

    assert csv_io.TOPIC_SLUG is validation.TOPIC_SLUG
