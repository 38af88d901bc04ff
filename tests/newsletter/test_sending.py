"""Sending a campaign in-process (immediate task backend): the ledger, per-language content,
headers, permanent and temporary failures, pause/resume/cancel, unknown and re-send."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes
from email.policy import default

import pytest
from django.core import mail
from django.utils import timezone

from sitrep.newsletter.actions.campaigns import (
    CampaignError,
    campaign_progress,
    do_cancel_campaign,
    do_pause_campaign,
    do_recover_expired_leases,
    do_resend_unknown,
    do_resume_campaign,
    do_start_campaign,
    send_test_issue_email,
)
from sitrep.newsletter.models import Campaign, Delivery, DeliveryBatch, Subscriber
from sitrep.newsletter.sending import Sender
from tests.newsletter.delivery_helpers import (
    RecordingHandler,
    make_issue_content,
    make_subscribers,
    smtp_server,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(site_structure):
    return make_issue_content()


@pytest.fixture
def smtp(settings):
    with smtp_server() as (handler, port):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        yield handler


def start(issue, capture, **kwargs):
    with capture(execute=True):
        return do_start_campaign(issue, **kwargs)


def raw_messages():
    return [message_from_bytes(m.message().as_bytes(), policy=default) for m in mail.outbox]


def test_every_confirmed_subscriber_gets_one_email_in_their_language(
    issue, django_capture_on_commit_callbacks, settings
):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BATCH_SIZE": 4, "FLUSH_EVERY": 3}
    readers = make_subscribers(9)
    Subscriber.objects.create(email_hash="p" * 64, status=Subscriber.Status.PENDING)
    campaign = start(issue, django_capture_on_commit_callbacks)

    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        f"reader{n}@example.org" for n in range(9)
    )
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED
    progress = campaign_progress(campaign)
    assert progress["counts"]["sent"] == 9 and progress["total"] == 9
    assert DeliveryBatch.objects.filter(campaign=campaign).count() == 3
    by_address = {m["To"]: m for m in raw_messages()}
    for reader in readers:
        message = by_address[reader.get_email()]
        text = message.get_body(("plain",)).get_content()
        if reader.language == "ru":
            assert "9 – 15 октября 2023 г." in message["Subject"]
            assert "RU Wages catch up with prices" in text
        else:
            assert "October 9 – October 15, 2023" in message["Subject"]
            assert "Wages catch up with prices" in text
        if reader.language == "be":
            assert "Беларуская" in text  # the fallback note
        # The links are this subscriber's own, in their language.
        assert f"/{reader.language}/newsletter/unsubscribe/{reader.pk}." in text
        assert f"/{reader.language}/newsletter/preferences/{reader.pk}." in text
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert f"/newsletter/unsubscribe/{reader.pk}." in message["List-Unsubscribe"]
        assert message["List-Id"].endswith(f"<{settings.NEWSLETTER['LIST_ID']}>")
        assert message["Message-ID"].endswith(f"@{settings.SITREP_MAIL_DOMAIN}>")
        assert message["Date"]


def test_subscribers_with_topics_get_only_those_articles(issue, django_capture_on_commit_callbacks):
    make_subscribers(2, languages=("en",), topics=["security"], prefix="sec")
    make_subscribers(1, languages=("en",), topics=["no-articles-this-week"], prefix="none")
    campaign = start(issue, django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mail.outbox) == ["sec0@example.org", "sec1@example.org"]
    for message in mail.outbox:
        body = message.message().as_bytes().decode()
        assert "New exercises near the border" in body
        assert "Wages catch up with prices" not in body
    skipped = Delivery.objects.get(campaign=campaign, status=Delivery.Status.SKIPPED)
    assert skipped.last_error == "no articles in the chosen topics"


def test_starting_twice_is_refused_and_sends_nothing_more(
    issue, django_capture_on_commit_callbacks
):
    make_subscribers(3)
    start(issue, django_capture_on_commit_callbacks)
    with pytest.raises(CampaignError):
        start(issue, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 3


def test_smtp_delivery_with_permanent_failures_marks_bounced(
    issue, smtp, django_capture_on_commit_callbacks
):
    make_subscribers(12)
    smtp.reject = lambda address: address in {"reader3@example.org", "reader7@example.org"}
    campaign = start(issue, django_capture_on_commit_callbacks)

    counts = smtp.counts()
    assert len(counts) == 10 and set(counts.values()) == {1}
    failed = Delivery.objects.filter(campaign=campaign, status=Delivery.Status.FAILED)
    assert failed.count() == 2
    assert all(d.attempts == 1 and d.last_error.startswith("550") for d in failed)
    assert "example.org" not in " ".join(d.last_error for d in failed)
    assert smtp.rcpt_attempts["reader3@example.org"] == 1
    bounced = Subscriber.objects.filter(status=Subscriber.Status.BOUNCED)
    assert {s.pk for s in bounced} == {d.subscriber_id for d in failed}
    progress = campaign_progress(campaign)
    assert progress["counts"]["bounced"] == 2 and progress["counts"]["sent"] == 10


def test_temporary_failures_are_retried_with_bounded_attempts(issue, smtp, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "MAX_ATTEMPTS": 3}
    make_subscribers(5)
    smtp.temp_fail_count = 4  # the first four RCPTs get 451
    campaign = do_start_campaign(issue)  # no commit: nothing enqueued, we drive the sender
    batch = DeliveryBatch.objects.get(campaign=campaign)
    Sender().run(batch.pk)
    batch.refresh_from_db()
    assert batch.status == DeliveryBatch.Status.PENDING and batch.not_before > timezone.now()
    assert Delivery.objects.filter(status=Delivery.Status.QUEUED, attempts=1).count() == 4
    DeliveryBatch.objects.filter(pk=batch.pk).update(not_before=timezone.now())
    Sender().run(batch.pk)
    assert sorted(smtp.counts().values()) == [1] * 5
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 5
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED
    # The bound: nobody was tried more than MAX_ATTEMPTS times, and the attempts are counted
    # (the four refused once: 2 attempts; the fifth: 1).
    assert max(smtp.rcpt_attempts.values()) <= 3
    attempts = sorted(Delivery.objects.values_list("attempts", flat=True))
    assert attempts == [1, 2, 2, 2, 2]


def test_temporary_failure_gives_up_after_max_attempts(issue, smtp, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "MAX_ATTEMPTS": 2}
    make_subscribers(1)
    smtp.temp_fail_count = 10
    campaign = do_start_campaign(issue)
    batch = DeliveryBatch.objects.get(campaign=campaign)
    for _ in range(3):
        DeliveryBatch.objects.filter(pk=batch.pk).update(not_before=None)
        Sender().run(batch.pk)
    delivery = Delivery.objects.get(campaign=campaign)
    assert delivery.status == Delivery.Status.FAILED and delivery.attempts == 2
    assert smtp.rcpt_attempts["reader0@example.org"] == 2
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED  # not a bounce


def test_refused_connections_pause_the_campaign_and_lose_nothing(issue, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # nothing listens: connection refused
    settings.NEWSLETTER = {**settings.NEWSLETTER, "PAUSE_AFTER_CONNECTION_ERRORS": 2}
    make_subscribers(3)
    campaign = do_start_campaign(issue)
    batch = DeliveryBatch.objects.get(campaign=campaign)
    Sender().run(batch.pk)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SENDING and campaign.connection_errors == 1
    DeliveryBatch.objects.filter(pk=batch.pk).update(not_before=None)
    Sender().run(batch.pk)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.PAUSED
    assert "could not be reached" in campaign.pause_reason
    assert Delivery.objects.filter(status=Delivery.Status.QUEUED, attempts=0).count() == 3

    with smtp_server() as (handler, port):
        settings.EMAIL_PORT = port
        do_resume_campaign(campaign)
        Sender().run(batch.pk)
    assert sorted(handler.counts().values()) == [1, 1, 1]
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED and campaign.connection_errors == 0


def test_pause_stops_and_resume_continues_without_duplicates(
    issue, django_capture_on_commit_callbacks, settings
):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BATCH_SIZE": 5}
    make_subscribers(10)
    campaign = do_start_campaign(issue)
    first, second = DeliveryBatch.objects.filter(campaign=campaign).order_by("id")
    sender = Sender()
    sender.campaign = None
    assert sender.run(first.pk, time_budget=0)["sent"] == 5  # budget used after one batch
    do_pause_campaign(campaign)
    Sender().run(second.pk)
    assert len(mail.outbox) == 5
    with django_capture_on_commit_callbacks(execute=True):
        do_resume_campaign(campaign)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        f"reader{n}@example.org" for n in range(10)
    )
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED


def test_cancel_skips_what_was_not_sent(issue):
    make_subscribers(4)
    campaign = do_start_campaign(issue)
    do_cancel_campaign(campaign)
    Sender().run(DeliveryBatch.objects.get(campaign=campaign).pk)
    assert mail.outbox == []
    assert Delivery.objects.filter(status=Delivery.Status.SKIPPED).count() == 4


def test_unsubscribed_before_their_turn_is_skipped(issue):
    from sitrep.newsletter.actions.subscribers import do_unsubscribe

    readers = make_subscribers(4)
    campaign = do_start_campaign(issue)
    do_unsubscribe(readers[2], source="one-click")
    Sender().run(DeliveryBatch.objects.get(campaign=campaign).pk)
    assert len(mail.outbox) == 3
    assert readers[2].pk in Delivery.objects.filter(status=Delivery.Status.SKIPPED).values_list(
        "subscriber_id", flat=True
    )


def test_expired_lease_turns_claimed_rows_unknown_and_sends_the_rest_once(
    issue, django_capture_on_commit_callbacks
):
    make_subscribers(6)
    campaign = do_start_campaign(issue)
    batch = DeliveryBatch.objects.get(campaign=campaign)
    # A worker claimed the batch and two deliveries, then died.
    DeliveryBatch.objects.filter(pk=batch.pk).update(
        status=DeliveryBatch.Status.SENDING,
        claimed_by="dead-worker",
        lease_expires_at=timezone.now() - timedelta(seconds=1),
    )
    claimed = list(Delivery.objects.order_by("id").values_list("id", flat=True)[:2])
    Delivery.objects.filter(id__in=claimed).update(status=Delivery.Status.SENDING)
    with django_capture_on_commit_callbacks(execute=True):
        assert do_recover_expired_leases() == 1
    assert len(mail.outbox) == 4
    assert set(
        Delivery.objects.filter(status=Delivery.Status.UNKNOWN).values_list("id", flat=True)
    ) == set(claimed)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED
    assert campaign_progress(campaign)["counts"]["unknown"] == 2

    # Only the operator re-sends them.
    with django_capture_on_commit_callbacks(execute=True):
        assert do_resend_unknown(campaign) == 2
    assert len(mail.outbox) == 6
    assert len({m.to[0] for m in mail.outbox}) == 6


def test_test_email_goes_to_one_address_with_neutral_links(issue):
    send_test_issue_email(issue, "editor@example.org", "ru")
    (message,) = mail.outbox
    assert message.to == ["editor@example.org"]
    assert message.subject.startswith("[Test] ")
    assert "/newsletter/unsubscribe/" not in message.body
    assert Delivery.objects.count() == 0


def test_progress_reports_rate_and_time_left(issue):
    make_subscribers(3)
    campaign = do_start_campaign(issue)
    progress = campaign_progress(campaign)
    assert progress["counts"]["queued"] == 3 and progress["left"] == 3
    assert progress["msgs_per_s"] == 0 and progress["eta_seconds"] is None
    # Two sent just now, one left: a rate above zero and a finite time left from it.
    first_two = Delivery.objects.filter(campaign=campaign).order_by("id")[:2]
    Delivery.objects.filter(id__in=list(first_two.values_list("id", flat=True))).update(
        status=Delivery.Status.SENT, sent_at=timezone.now()
    )
    progress = campaign_progress(campaign)
    assert progress["left"] == 1
    assert 0 < progress["msgs_per_s"] <= 2
    assert progress["eta_seconds"] == pytest.approx(1 / progress["msgs_per_s"])


def test_send_issue_command_sends_a_test_or_starts_the_campaign(issue):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("send_issue", "2023-10-09", "--test-to", "editor@example.org", "--language", "be",
                 stdout=out)  # fmt: skip
    assert [m.to for m in mail.outbox] == [["editor@example.org"]]
    assert "Беларуская" in mail.outbox[0].body  # the English fallback note
    make_subscribers(2)
    call_command("send_issue", "latest", stdout=out)
    campaign = Campaign.objects.get(issue=issue)
    assert campaign.status == Campaign.Status.SENDING
    assert Delivery.objects.filter(campaign=campaign).count() == 2
    assert "2 deliveries queued" in out.getvalue()


def test_server_stalling_after_data_makes_the_delivery_unknown_not_retried(issue, smtp, settings):
    settings.EMAIL_TIMEOUT = 0.5
    make_subscribers(2)
    smtp.delay = 1.5  # no reply to the body within the timeout
    campaign = do_start_campaign(issue)
    Sender().run(DeliveryBatch.objects.get(campaign=campaign).pk)
    rows = Delivery.objects.filter(campaign=campaign)
    assert {d.status for d in rows} == {Delivery.Status.UNKNOWN}
    assert all(d.last_error.startswith("no reply after data") for d in rows)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED  # nothing is retried automatically
    assert campaign_progress(campaign)["unknown_ids"] == sorted(d.subscriber_id for d in rows)


def test_esp_backend_gets_a_structured_message_with_the_same_headers(issue, settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    readers = make_subscribers(2, languages=("ru",))
    campaign = do_start_campaign(issue)
    Sender().run(DeliveryBatch.objects.get(campaign=campaign).pk)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.get_email() for r in readers)
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "/ru/newsletter/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
        assert "RU Wages catch up with prices" in message.body
        assert message.alternatives[0][1] == "text/html"
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 2


def test_large_lists_are_frozen_in_chunks_by_a_task_and_resumably(
    issue, django_capture_on_commit_callbacks, settings, monkeypatch
):
    from sitrep.newsletter.actions import campaigns

    monkeypatch.setattr(campaigns, "INLINE_FREEZE_LIMIT", 2)
    monkeypatch.setattr(campaigns, "FREEZE_CHUNK", 3)
    settings.NEWSLETTER = {**settings.NEWSLETTER, "BATCH_SIZE": 2}
    readers = make_subscribers(7)
    do_unsubscribe_first = readers[0]
    from sitrep.newsletter.actions.subscribers import do_unsubscribe

    do_unsubscribe(do_unsubscribe_first, source="page")
    campaign = do_start_campaign(issue)  # not committed: the freezing task has not run
    assert Delivery.objects.count() == 0 and campaign.frozen_at is None
    assert campaigns.freeze_recipients(campaign.pk) == 6
    assert campaigns.freeze_recipients(campaign.pk) == 0  # again: nobody twice
    campaign.refresh_from_db()
    assert campaign.frozen_at is not None
    assert DeliveryBatch.objects.filter(campaign=campaign).count() == 4  # chunks of 3 → 2 + 1
    with django_capture_on_commit_callbacks(execute=True):
        do_pause_campaign(campaign)
        do_resume_campaign(campaign)
    assert len(mail.outbox) == 6
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED


# ---------------------------------------------------------------------------------------------
# Review fixes: bounce classification, template cache, long lines, schedule on resume, sweeps


class SenderRefusingHandler(RecordingHandler):
    """A relay that refuses our sender (a misconfiguration), whoever the recipient is."""

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        return "550 5.7.1 Sender address rejected"


def test_a_refused_sender_bounces_nobody_and_pauses_the_campaign(
    issue, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER = {
        **settings.NEWSLETTER,
        "PAUSE_AFTER_CONNECTION_ERRORS": 3,
        "BOUNCES_BEFORE_SUPPRESSION": 1,
    }
    make_subscribers(10)
    with smtp_server(SenderRefusingHandler()) as (_handler, port):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        campaign = start(issue, django_capture_on_commit_callbacks)

    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.PAUSED
    assert "550" in campaign.pause_reason and "in a row" in campaign.pause_reason
    assert Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count() == 10
    assert not Subscriber.objects.filter(bounce_count__gt=0).exists()
    deliveries = Delivery.objects.filter(campaign=campaign)
    assert deliveries.filter(status=Delivery.Status.FAILED).count() == 3
    assert deliveries.filter(status=Delivery.Status.QUEUED).count() == 7
    assert campaign_progress(campaign)["counts"]["bounced"] == 0


def test_a_recipient_refused_at_rcpt_is_suppressed_and_loses_the_address(
    issue, smtp, django_capture_on_commit_callbacks
):
    readers = make_subscribers(3)
    gone = readers[1]
    smtp.reject = lambda address: address == gone.get_email()
    start(issue, django_capture_on_commit_callbacks)
    gone.refresh_from_db()
    assert gone.status == Subscriber.Status.BOUNCED
    assert gone.email_encrypted is None
    assert gone.unsubscribe_source == "bounce"
    assert Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count() == 2


def test_renders_once_per_effective_topic_selection(
    issue, monkeypatch, django_capture_on_commit_callbacks
):
    from sitrep.newsletter import rendering

    renders = []
    original = rendering.render_issue_email

    def counting(*args, **kwargs):
        renders.append(kwargs.get("topics"))
        return original(*args, **kwargs)

    monkeypatch.setattr(rendering, "render_issue_email", counting)
    selections = [
        [],
        ["economy", "security", "society"],
        ["society", "economy", "security", "sport"],  # covers every topic of the issue
        ["economy"],
        ["economy", "sport"],
        ["economy", "culture"],
        ["sport"],
        ["culture"],
    ]
    for index, topics in enumerate(selections):
        make_subscribers(1, languages=("en",), topics=topics, prefix=f"s{index}-")
    start(issue, django_capture_on_commit_callbacks)
    # all / economy only / nothing of this issue
    assert len(renders) == 3
    assert len(mail.outbox) == 6


@pytest.mark.parametrize("with_spaces", [False, True])
def test_a_very_long_lead_does_not_stop_the_campaign(
    issue, smtp, with_spaces, django_capture_on_commit_callbacks
):
    from sitrep.publishing.models import ArticlePage

    lead = ("Долгі сказ " * 110) if with_spaces else ("Ы" * 1200)
    ArticlePage.objects.filter(title="Wages catch up with prices").update(
        lead=lead, title=lead[:255]
    )
    make_subscribers(4, languages=("en",))
    campaign = start(issue, django_capture_on_commit_callbacks)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.FINISHED
    assert len(smtp.counts()) == 4
    raw = smtp.messages[0]
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert b"quoted-printable" not in raw.lower()
    text = message_from_bytes(raw, policy=default).get_body(("plain",)).get_content()
    # Links survive the wrapping whole.
    assert "/en/issues/2023-10-09/" in text
    assert "/en/newsletter/unsubscribe/" in text


def test_a_schedule_moved_while_due_campaigns_are_started_is_not_started(issue, monkeypatch):
    """The scheduled start picks the due campaigns, then starts each: a campaign moved to a
    later time in between is left for its new time."""
    from sitrep.newsletter.actions import campaigns as campaign_actions

    make_subscribers(2)
    campaign = do_start_campaign(issue, send_at=timezone.now() + timedelta(hours=1))
    Campaign.objects.filter(pk=campaign.pk).update(scheduled_for=timezone.now())
    later = timezone.now() + timedelta(days=1)
    recipients = campaign_actions.campaign_recipients

    def moved_meanwhile():
        Campaign.objects.filter(pk=campaign.pk).update(scheduled_for=later)
        return recipients()

    monkeypatch.setattr(campaign_actions, "campaign_recipients", moved_meanwhile)
    assert campaign_actions.do_start_due_campaigns() == 0
    campaign.refresh_from_db()
    assert (campaign.status, campaign.scheduled_for) == (Campaign.Status.SCHEDULED, later)
    assert not Delivery.objects.exists()


def test_resuming_a_paused_scheduled_campaign_keeps_its_schedule(issue):
    make_subscribers(2)
    send_at = timezone.now() + timedelta(hours=2)
    campaign = do_start_campaign(issue, send_at=send_at)
    assert do_pause_campaign(campaign)
    assert do_resume_campaign(campaign)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SCHEDULED
    assert campaign.scheduled_for == send_at
    assert not Delivery.objects.exists() and mail.outbox == []
    # A schedule already past: resuming sends.
    Campaign.objects.filter(pk=campaign.pk).update(scheduled_for=timezone.now())
    do_pause_campaign(campaign)
    assert do_resume_campaign(campaign)
    campaign.refresh_from_db()
    assert campaign.status in (Campaign.Status.SENDING, Campaign.Status.FINISHED)
    assert Delivery.objects.filter(campaign=campaign).count() == 2


@pytest.fixture
def deferred_tasks(settings):
    """Tasks are recorded, not run (the dummy backend can defer)."""
    from django.core.cache import cache
    from django_tasks import task_backends

    from sitrep.newsletter.actions import campaigns

    sweep_key = getattr(campaigns, "SWEEP_KEY", "newsletter:sweep-chain")
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "newsletter"],
        }
    }
    cache.delete(sweep_key)
    backend = task_backends["default"]
    backend.clear()
    yield backend
    cache.delete(sweep_key)


def sweeps(backend):
    return [r for r in backend.results if r.task.name == "recover_expired_leases_task"]


def test_at_most_one_sweep_chain_is_pending(
    issue, deferred_tasks, django_capture_on_commit_callbacks
):
    from sitrep.newsletter.actions.campaigns import do_sweep

    make_subscribers(2)
    campaign = start(issue, django_capture_on_commit_callbacks)
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            do_pause_campaign(campaign)
            do_resume_campaign(campaign)
    pending = sweeps(deferred_tasks)
    assert len(pending) == 1
    # The chain continues itself; a stray second chain (stale token) stops.
    with django_capture_on_commit_callbacks(execute=True):
        do_sweep(*pending[0].args)
        do_sweep("stale-token")
    assert len(sweeps(deferred_tasks)) == 2


def test_a_unique_constraint_clash_is_a_clean_campaign_error(issue, monkeypatch):
    from django.db import IntegrityError

    def clash(*args, **kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(Campaign.objects, "get_or_create", clash)
    with pytest.raises(CampaignError):
        do_start_campaign(issue)


@pytest.mark.django_db(transaction=True)
def test_concurrent_start_is_a_clean_campaign_error(transactional_db, site_structure):
    """Two editors press "Send" at the same moment, two real transactions on PostgreSQL: one
    campaign starts, the other editor gets a CampaignError (never a server error), and the
    recipients are frozen once."""
    import threading

    from django.db import connection

    from tests.factories import BASE_WEEK, make_issue
    from tests.newsletter.delivery_helpers import ensure_wagtail_root

    if connection.vendor != "postgresql":
        pytest.skip("real concurrent transactions: PostgreSQL (DATABASE_URL=postgres://…)")
    ensure_wagtail_root()
    issue = make_issue(BASE_WEEK, revision=False)
    make_subscribers(4)
    barrier = threading.Barrier(2, timeout=30)
    outcomes: list[str] = []

    def start() -> None:
        try:
            barrier.wait()
            do_start_campaign(issue)
            outcomes.append("started")
        except CampaignError:
            outcomes.append("refused")
        except Exception as error:  # noqa: BLE001 - reported below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["refused", "started"]
    assert Campaign.objects.count() == 1
    assert Delivery.objects.count() == 4


def test_send_on_publish_is_a_task_not_the_editors_request(
    settings, issue, deferred_tasks, django_capture_on_commit_callbacks
):
    from sitrep.newsletter.signal_handlers import start_campaign_on_publish

    settings.NEWSLETTER = {**settings.NEWSLETTER, "SEND_ON_PUBLISH": True}
    make_subscribers(2)
    with django_capture_on_commit_callbacks(execute=True):
        start_campaign_on_publish(type(issue), issue)
    assert not Campaign.objects.exists()  # nothing frozen in the request
    queued = [r for r in deferred_tasks.results if r.task.name == "start_campaign_on_publish_task"]
    assert [r.args for r in queued] == [[issue.pk]]


def test_rate_limit_is_honoured_end_to_end(issue, settings, django_capture_on_commit_callbacks):
    import time

    settings.NEWSLETTER = {**settings.NEWSLETTER, "RATE_PER_SECOND": 50, "FLUSH_EVERY": 10}
    make_subscribers(60, languages=("en",))
    began = time.monotonic()
    start(issue, django_capture_on_commit_callbacks)
    elapsed = time.monotonic() - began
    assert len(mail.outbox) == 60
    # 60 messages at 50/s: the last one leaves 59/50 s after the first.
    assert elapsed >= 59 / 50 * 0.95


def test_a_translation_without_a_main_language_issue_gets_no_campaign(issue):
    import uuid

    from sitrep.newsletter.actions.campaigns import do_create_campaign
    from sitrep.publishing.models import IssuePage

    russian = IssuePage.objects.get(
        translation_key=issue.translation_key, locale__language_code="ru"
    )
    IssuePage.objects.filter(pk=russian.pk).update(translation_key=uuid.uuid4())
    russian.refresh_from_db()
    with pytest.raises(CampaignError):
        do_create_campaign(russian)
    assert not Campaign.objects.exists()
    # Its English original has one, whichever language version is used to reach it.
    assert do_create_campaign(issue).issue_id == issue.pk


def test_one_hmac_per_link_per_recipient(issue, monkeypatch, django_capture_on_commit_callbacks):
    from sitrep.newsletter import tokens

    calls = []
    original = tokens._mac

    def counting(*args, **kwargs):
        calls.append(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(tokens, "_mac", counting)
    make_subscribers(3, languages=("en",))
    start(issue, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 3
    assert sorted(calls) == ["preferences"] * 3 + ["unsubscribe"] * 3
