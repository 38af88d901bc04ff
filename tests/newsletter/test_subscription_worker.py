"""The subscription path with the real database task backend and a worker run in-process:
nothing is sent inline, task rows carry ids only, and the worker sends the emails."""

from __future__ import annotations

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from sitrep.newsletter.models import SignupRequest, Subscriber
from tests.helpers import clear_cache

from .subscription_helpers import links_in, only_email, path_of, post_subscribe, subscriber_for

DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "newsletter"]}
}


class RefusingBackend(BaseEmailBackend):
    """An SMTP server that refuses the recipient, quoting the address in its error (as real
    servers do)."""

    def send_messages(self, messages):
        address = messages[0].to[0]
        raise smtplib.SMTPRecipientsRefused({address: (550, f"5.1.1 <{address}> unknown".encode())})


class UnavailableBackend(BaseEmailBackend):
    """An SMTP server that is down for a moment (421: try again later)."""

    def send_messages(self, messages):
        raise smtplib.SMTPResponseException(421, b"4.3.2 Service not available, try later")


def run_worker() -> None:
    call_command(
        "db_worker", batch=True, queue_name="*", startup_delay=False, reload=False, verbosity=0
    )


@pytest.fixture(autouse=True)
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS
    clear_cache()
    yield
    clear_cache()


@pytest.mark.django_db(transaction=True)
def test_subscribe_and_confirm_through_the_database_worker(client):
    response = post_subscribe(client, "Worker.Reader@Example.org", language="be", page="en")
    assert response.status_code == 200
    assert mail.outbox == []  # never inline: the email waits for the worker
    # The request only stored itself and enqueued the one task that decides (the same for
    # every address state); the subscriber row is the worker's.
    assert subscriber_for("worker.reader@example.org") is None
    [queued] = DBTaskResult.objects.filter(task_path__startswith="sitrep.newsletter.")
    assert queued.task_path.endswith(".process_signup_request_task")
    assert queued.args_kwargs["args"] == [SignupRequest.objects.get().pk]
    assert "worker" not in repr(queued.args_kwargs).lower()

    run_worker()

    subscriber = subscriber_for("worker.reader@example.org")
    confirmation = DBTaskResult.objects.get(task_path__endswith="send_confirmation_email_task")
    assert confirmation.args_kwargs["args"] == [subscriber.pk]
    assert not SignupRequest.objects.exists()

    message = only_email()
    assert message.to == ["Worker.Reader@example.org"]
    assert message.extra_headers["Content-Language"] == "be"
    url = links_in(message)[0]
    assert client.get(path_of(url)).status_code == 200
    assert subscriber_for("worker.reader@example.org").status == Subscriber.Status.PENDING
    done = client.post(path_of(url))
    assert "Вы паспяхова падпісаліся" in done.content.decode()  # the link is in Belarusian
    assert subscriber_for("worker.reader@example.org").status == Subscriber.Status.CONFIRMED

    # Asking again as a confirmed subscriber: an "already subscribed" email, from the worker.
    mail.outbox.clear()
    post_subscribe(client, "worker.reader@example.org", language="ru", page="ru")
    assert mail.outbox == []
    run_worker()
    assert "/ru/newsletter/preferences/" in links_in(only_email())[0]


@pytest.mark.django_db(transaction=True)
def test_failed_email_leaves_no_address_in_the_task_record(client, settings):
    settings.EMAIL_BACKEND = "tests.newsletter.test_subscription_worker.RefusingBackend"
    post_subscribe(client, "refused.reader@example.org")
    run_worker()
    failed = DBTaskResult.objects.get(task_path__endswith="send_confirmation_email_task")
    assert failed.status == "FAILED"
    record = repr(failed.args_kwargs) + repr(failed.exception_class_path) + failed.traceback
    assert "NoticeDeliveryError" in record and "SMTPRecipientsRefused" in record
    assert "refused.reader" not in record.lower()


@pytest.mark.django_db(transaction=True)
def test_temporary_failure_is_retried_by_the_worker_later(client, settings):
    settings.EMAIL_BACKEND = "tests.newsletter.test_subscription_worker.UnavailableBackend"
    post_subscribe(client, "patient.reader@example.org")
    before = timezone.now()
    run_worker()
    subscriber = subscriber_for("patient.reader@example.org")
    rows = DBTaskResult.objects.filter(task_path__endswith="send_confirmation_email_task")
    first, retry = rows.order_by("enqueued_at")
    assert first.status == "SUCCESSFUL" and first.return_value is False
    assert retry.status == "READY"
    assert retry.args_kwargs == {"args": [subscriber.pk], "kwargs": {"attempt": 1}}
    assert before + timedelta(seconds=55) < retry.run_after < timezone.now() + timedelta(minutes=2)
    assert mail.outbox == []

    run_worker()  # not due yet: nothing happens
    retry.refresh_from_db()
    assert retry.status == "READY"

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    retry.refresh_from_db()
    assert retry.status == "SUCCESSFUL"
    assert only_email().to == ["patient.reader@example.org"]
    assert rows.count() == 2
