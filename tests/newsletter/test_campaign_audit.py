"""Who started, scheduled, paused, resumed or cancelled a campaign, and when: every change is
one entry of Wagtail's audit log against the issue page, shown on the campaign screen and in the
page's History, whichever way it was made (admin, action, command, the worker) (issue 11)."""

from __future__ import annotations

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageLogEntry

from sitrep.newsletter import audit
from sitrep.newsletter.actions.campaigns import (
    do_start_campaign,
    do_start_due_campaigns,
)
from sitrep.newsletter.models import Campaign, Delivery, DeliveryBatch
from sitrep.newsletter.sending import Sender
from tests import factories
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

CONFIRM = {"confirm": "yes"}


@pytest.fixture(autouse=True)
def english_admin():
    with translation.override("en"):
        yield


@pytest.fixture
def issue(site_structure):
    topics = factories.make_topics(["economy"])
    (issue,) = factories.build_archive(1, topics=topics, revision=False)
    return issue


@pytest.fixture
def subscribers(db):
    SubscriberFactory.create_batch(2, language="en")
    SubscriberFactory(language="be")
    SubscriberFactory(language="ru", status="unsubscribed")


@pytest.fixture
def alena(django_user_model):
    return django_user_model.objects.create_superuser(
        "alena", "alena@example.org", "x" * 12, first_name="Alena", last_name="Editor"
    )


@pytest.fixture
def editor(alena):
    client = Client()
    client.force_login(alena)
    return client


def url(issue, name="campaign", *args) -> str:
    return reverse(f"newsletter_admin:{name}", args=[issue.pk, *args])


def entries(issue) -> list[PageLogEntry]:
    return list(
        PageLogEntry.objects.filter(page=issue, action__startswith="newsletter.").order_by("pk")
    )


def new_entry(issue, before: int) -> PageLogEntry:
    """Exactly one entry was written since there were `before`."""
    found = entries(issue)
    assert len(found) == before + 1, [e.action for e in found]
    return found[-1]


def in_a_day() -> datetime.datetime:
    return (timezone.localtime() + datetime.timedelta(days=1)).replace(second=0, microsecond=0)


def test_every_change_in_the_admin_writes_one_entry_with_the_person(
    editor, alena, issue, subscribers, django_capture_on_commit_callbacks
):
    when = in_a_day()
    steps = [
        # (what the editor posts, the action it records, what the entry's data holds)
        (
            ("start", {"when": "later", "send_at": when.strftime("%Y-%m-%dT%H:%M"), **CONFIRM}),
            audit.CAMPAIGN_SCHEDULED,
            {"scheduled_for": audit.stamp(when)},
        ),
        (
            (
                "start",
                {
                    "when": "later",
                    "send_at": (when + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
                    **CONFIRM,
                },
            ),
            audit.CAMPAIGN_RESCHEDULED,
            {"previously": audit.stamp(when)},
        ),
        (
            ("start", {"when": "now", **CONFIRM}),
            audit.CAMPAIGN_STARTED,
            {"recipients": 3, "by_language": {"en": 2, "be": 1, "ru": 0}},
        ),
        (("control", "pause"), audit.CAMPAIGN_PAUSED, {}),
        (("control", "resume"), audit.CAMPAIGN_RESUMED, {}),
        (("control", "cancel", CONFIRM), audit.CAMPAIGN_CANCELLED, {"not_sent": 3}),
    ]
    for request, action, data in steps:
        before = len(entries(issue))
        if request[0] == "start":
            response = editor.post(url(issue, "start"), request[1])
        else:
            response = editor.post(url(issue, "control", request[1]), *request[2:])
        assert response.status_code == 302, action
        entry = new_entry(issue, before)
        assert entry.action == action
        assert entry.user == alena
        assert data.items() <= entry.data.items(), entry.data
    assert Campaign.objects.get().status == Campaign.Status.CANCELLED


def test_a_confirmation_page_writes_nothing(editor, issue, subscribers):
    editor.post(url(issue, "start"), {"when": "now"})
    do_start_campaign(issue)
    PageLogEntry.objects.filter(page=issue).delete()
    editor.post(url(issue, "control", "cancel"))
    assert entries(issue) == []


def test_test_send_and_resend_unknown_are_recorded_without_addresses(
    editor, alena, issue, subscribers
):
    editor.post(url(issue, "send_test"), {"address": "desk@example.org", "language": "be"})
    entry = new_entry(issue, 0)
    assert (entry.action, entry.user, entry.data) == (audit.TEST_SENT, alena, {"language": "be"})
    assert entry.message == "Sent a test of the newsletter in Belarusian"

    campaign = do_start_campaign(issue)
    Delivery.objects.update(status=Delivery.Status.UNKNOWN)
    before = len(entries(issue))
    editor.post(url(issue, "control", "resend-unknown"), {"understood": "on"})
    entry = new_entry(issue, before)
    assert (entry.action, entry.user) == (audit.UNKNOWN_RESENT, alena)
    assert entry.data == {"count": 3, "never_handed_only": False}
    assert campaign.pk and "@" not in str([e.data for e in entries(issue)])


def test_changes_without_a_person_are_recorded_as_nobody(issue, subscribers):
    # The send_issue command starts it; a schedule reaching its time starts another way.
    call_command("send_issue", "latest", "--at", in_a_day().isoformat(), stdout=io.StringIO())
    entry = new_entry(issue, 0)
    assert (entry.action, entry.user, entry.data["via"]) == (
        audit.CAMPAIGN_SCHEDULED,
        None,
        Campaign.StartedVia.COMMAND,
    )
    Campaign.objects.update(scheduled_for=timezone.now() - datetime.timedelta(minutes=1))
    assert do_start_due_campaigns() == 1
    entry = new_entry(issue, 1)
    assert (entry.action, entry.user, entry.data["automatic"]) == (
        audit.CAMPAIGN_STARTED,
        None,
        True,
    )
    assert entry.message.startswith("The scheduled newsletter started: 3 subscribers")


def test_the_worker_pausing_itself_is_recorded_with_its_reason(issue, subscribers, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # nothing listens: connection refused
    settings.NEWSLETTER = {**settings.NEWSLETTER, "PAUSE_AFTER_CONNECTION_ERRORS": 1}
    campaign = do_start_campaign(issue)
    Sender().run(DeliveryBatch.objects.get(campaign=campaign).pk)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.PAUSED
    entry = entries(issue)[-1]
    assert (entry.action, entry.user, entry.data["automatic"]) == (
        audit.CAMPAIGN_PAUSED,
        None,
        True,
    )
    assert "could not be reached" in entry.message


def test_history_on_the_campaign_screen_newest_first(editor, issue, subscribers):
    editor.post(url(issue, "start"), {"when": "now", **CONFIRM})
    editor.post(url(issue, "control", "pause"))
    editor.post(url(issue, "control", "resume"))
    page = BeautifulSoup(editor.get(url(issue)).content, "html.parser")
    rows = [
        [" ".join(td.get_text(" ").split()) for td in row.select("td")]
        for row in page.select(".nl-history tbody tr")
    ]
    assert [row[2] for row in rows] == [
        "Resumed the newsletter",
        "Paused the newsletter",
        "Started the newsletter: 3 subscribers (English 2, Belarusian 1, Russian 0)",
    ]
    assert {row[1] for row in rows} == {"Alena Editor"}
    today = timezone.localtime().strftime("%Y-%m-%d")
    assert all(row[0].startswith(today) for row in rows)
    history_url = reverse("wagtailadmin_pages:history", args=[issue.pk])
    assert page.select_one(f"a[href='{history_url}']")


def test_the_entries_appear_in_the_page_history(editor, issue, subscribers):
    editor.post(url(issue, "start"), {"when": "now", **CONFIRM})
    editor.post(url(issue, "control", "cancel"), CONFIRM)
    response = editor.get(reverse("wagtailadmin_pages:history", args=[issue.pk]))
    assert response.status_code == 200
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())
    assert "Started the newsletter: 3 subscribers (English 2, Belarusian 1, Russian 0)" in text
    assert "Cancelled the newsletter: 3 deliveries not yet sent will not be sent" in text
    assert "Alena Editor" in text
    # The action filter of the history offers them by their labels.
    assert "Newsletter started" in response.content.decode()
    assert "Newsletter cancelled" in response.content.decode()
