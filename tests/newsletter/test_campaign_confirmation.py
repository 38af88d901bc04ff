"""Sending is deliberate: starting, scheduling, re-scheduling and cancelling a campaign first
show what will happen, to how many subscribers per language, and act only on a second POST
carrying the confirmation page's `confirm` field (issue 11)."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core import mail
from django.db.models import Count
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageLogEntry

from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.audit import counts_phrase
from sitrep.newsletter.models import Campaign, Delivery, Subscriber
from tests import factories
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

CONFIRM = {"confirm": "yes"}
# Confirmed subscribers per language; the others below must not be counted.
CONFIRMED = {"en": 3, "be": 2, "ru": 1}
NOT_COUNTED = [
    ("en", Subscriber.Status.PENDING),
    ("en", Subscriber.Status.UNSUBSCRIBED),
    ("be", Subscriber.Status.BOUNCED),
    ("ru", Subscriber.Status.COMPLAINED),
    ("ru", Subscriber.Status.UNSUBSCRIBED),
]
COUNTS = "6 subscribers: English 3, Belarusian 2, Russian 1"


@pytest.fixture(autouse=True)
def english_admin():
    with translation.override("en"):
        yield


@pytest.fixture
def issue(site_structure):
    topics = factories.make_topics(["economy"])
    (issue,) = factories.build_archive(1, topics=topics, translate=("ru",), revision=False)
    return issue


@pytest.fixture
def subscribers(db):
    for language, count in CONFIRMED.items():
        SubscriberFactory.create_batch(count, language=language)
    for language, status in NOT_COUNTED:
        SubscriberFactory(language=language, status=status)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser(
        "alena", "alena@example.org", "x" * 12, first_name="Alena", last_name="Editor"
    )
    client = Client()
    client.force_login(user)
    return client


def url(issue, name="campaign", *args) -> str:
    return reverse(f"newsletter_admin:{name}", args=[issue.pk, *args])


def confirmation(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(text: str) -> str:
    """Whitespace as one space (issue titles hold no-break spaces)."""
    return " ".join(text.split())


def statement(page: BeautifulSoup) -> str:
    return words(page.select_one("[data-nl-confirm]").get_text(" "))


def table(page: BeautifulSoup) -> dict[str, str]:
    return {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in page.select(".nl-confirm-counts tbody tr, .nl-confirm-counts tfoot tr")
    }


def hidden_fields(page: BeautifulSoup) -> dict[str, str]:
    form = page.select_one(".nl-confirm form")
    fields = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    button = form.select_one("button[type=submit]")
    fields[button["name"]] = button["value"]
    return fields


def local(when: datetime.datetime) -> str:
    return timezone.localtime(when).strftime("%Y-%m-%d %H:%M") + " (Europe/Minsk)"


def in_a_day() -> datetime.datetime:
    return (timezone.localtime() + datetime.timedelta(days=1)).replace(second=0, microsecond=0)


def no_audit_entries(issue) -> bool:
    return not PageLogEntry.objects.filter(page=issue, action__startswith="newsletter.").exists()


# ---------------------------------------------------------------------------------------------
# Start now


def test_start_without_confirm_changes_nothing_and_states_the_counts(editor, issue, subscribers):
    page = confirmation(editor.post(url(issue, "start"), {"when": "now"}))
    assert statement(page) == words(f"Send “{issue.title}” now to {COUNTS}.")
    assert table(page) == {"English": "3", "Belarusian": "2", "Russian": "1", "Total": "6"}
    assert page.select_one("button[name=confirm]").get_text(strip=True) == (
        "Send now to 6 subscribers"
    )
    # The confirmation page keeps the CSRF token and goes back to the campaign.
    assert page.select_one(".nl-confirm form input[name=csrfmiddlewaretoken]")
    assert page.select_one(f".nl-confirm a[href='{url(issue)}']")
    assert not Campaign.objects.exists()
    assert not Delivery.objects.exists()
    assert mail.outbox == []
    assert no_audit_entries(issue)


def test_confirmed_start_sends_to_exactly_the_subscribers_it_counted(
    editor, issue, subscribers, django_capture_on_commit_callbacks
):
    page = confirmation(editor.post(url(issue, "start"), {"when": "now"}))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(url(issue, "start"), hidden_fields(page))
    assert response.status_code == 302
    campaign = Campaign.objects.get(issue=issue)
    assert campaign.status == Campaign.Status.FINISHED
    per_language = dict(
        Delivery.objects.values_list("subscriber__language").annotate(n=Count("id"))
    )
    assert per_language == CONFIRMED
    assert len(mail.outbox) == 6


def test_a_wrong_confirm_value_is_no_confirmation(editor, issue, subscribers):
    response = editor.post(url(issue, "start"), {"when": "now", "confirm": "on"})
    assert response.status_code == 200
    assert not Campaign.objects.exists()


def test_confirmation_needs_the_csrf_token(django_user_model, issue, subscribers):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("b", "b@example.org", "x" * 12))
    assert client.post(url(issue, "start"), {"when": "now", **CONFIRM}).status_code == 403
    assert not Campaign.objects.exists()


# ---------------------------------------------------------------------------------------------
# Schedule and re-schedule


def test_schedule_states_the_time_and_acts_only_when_confirmed(editor, issue, subscribers):
    when = in_a_day()
    form = {"when": "later", "send_at": when.strftime("%Y-%m-%dT%H:%M")}
    page = confirmation(editor.post(url(issue, "start"), form))
    assert statement(page) == words(
        f"Send “{issue.title}” at {local(when)} to {COUNTS.replace(':', ' as of now:')}."
    )
    assert "fixed when sending starts" in page.get_text()
    assert page.select_one("button[name=confirm]").get_text(strip=True) == (
        f"Schedule for {local(when)}"
    )
    assert not Campaign.objects.exists()

    editor.post(url(issue, "start"), hidden_fields(page))
    campaign = Campaign.objects.get(issue=issue)
    assert campaign.status == Campaign.Status.SCHEDULED
    assert campaign.scheduled_for == when


def test_rescheduling_names_both_times_and_keeps_the_old_one_until_confirmed(
    editor, issue, subscribers
):
    first = in_a_day()
    do_start_campaign(issue, send_at=first)
    later = first + datetime.timedelta(hours=5)
    form = {"when": "later", "send_at": later.strftime("%Y-%m-%dT%H:%M")}
    page = confirmation(editor.post(url(issue, "start"), form))
    assert statement(page) == words(
        f"Send “{issue.title}” at {local(later)} instead of at {local(first)}, to "
        f"{COUNTS.replace(':', ' as of now:')}."
    )
    assert Campaign.objects.get().scheduled_for == first

    editor.post(url(issue, "start"), {**form, **CONFIRM})
    assert Campaign.objects.get().scheduled_for == later


def test_sending_a_scheduled_campaign_now_says_it_replaces_the_schedule(editor, issue, subscribers):
    first = in_a_day()
    do_start_campaign(issue, send_at=first)
    page = confirmation(editor.post(url(issue, "start"), {"when": "now"}))
    assert statement(page) == words(
        f"Send “{issue.title}” now, instead of at {local(first)}, to {COUNTS}."
    )
    assert Campaign.objects.get().status == Campaign.Status.SCHEDULED


def test_a_schedule_that_passed_while_confirming_is_refused(editor, issue, subscribers):
    past = timezone.localtime() - datetime.timedelta(minutes=1)
    response = editor.post(
        url(issue, "start"),
        {"when": "later", "send_at": past.strftime("%Y-%m-%dT%H:%M"), **CONFIRM},
    )
    assert response.status_code == 400
    assert not Campaign.objects.exists()


# ---------------------------------------------------------------------------------------------
# Cancel


def test_cancel_states_what_will_not_be_sent(editor, issue, subscribers):
    # Started without running the send tasks: six queued deliveries; the English ones sent.
    campaign = do_start_campaign(issue)
    Delivery.objects.filter(subscriber__language="en").update(
        status=Delivery.Status.SENT, sent_at=timezone.now()
    )
    page = confirmation(editor.post(url(issue, "control", "cancel")))
    assert statement(page) == words(
        f"Cancel “{issue.title}”: 3 not yet sent will not be sent "
        "(English 0, Belarusian 2, Russian 1)."
    )
    assert "3 already sent" in page.get_text()
    assert table(page) == {"English": "0", "Belarusian": "2", "Russian": "1", "Total": "3"}
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SENDING
    assert Delivery.objects.filter(status=Delivery.Status.QUEUED).count() == 3

    editor.post(url(issue, "control", "cancel"), hidden_fields(page))
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.CANCELLED
    assert Delivery.objects.filter(status=Delivery.Status.SKIPPED).count() == 3


def test_cancelling_a_scheduled_campaign_says_nobody_gets_it(editor, issue, subscribers):
    when = in_a_day()
    do_start_campaign(issue, send_at=when)
    page = confirmation(editor.post(url(issue, "control", "cancel")))
    assert statement(page) == words(
        f"Cancel “{issue.title}”, to be sent at {local(when)}: none of its 6 subscribers "
        "will get it (English 3, Belarusian 2, Russian 1)."
    )
    assert Campaign.objects.get().status == Campaign.Status.SCHEDULED
    editor.post(url(issue, "control", "cancel"), CONFIRM)
    assert Campaign.objects.get().status == Campaign.Status.CANCELLED


def test_pause_and_resume_stay_one_click(editor, issue, subscribers):
    campaign = do_start_campaign(issue)
    editor.post(url(issue, "control", "pause"))
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.PAUSED
    editor.post(url(issue, "control", "resume"))
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SENDING


def test_resuming_after_the_scheduled_time_is_a_start_and_asks_first(
    editor, issue, subscribers, django_user_model
):
    """Paused before its time and resumed after it: resuming would send now, so it asks as a
    start does, and only someone allowed to start campaigns may confirm it."""
    campaign = do_start_campaign(issue, send_at=in_a_day())
    editor.post(url(issue, "control", "pause"))
    past = timezone.now() - datetime.timedelta(minutes=5)
    Campaign.objects.filter(pk=campaign.pk).update(scheduled_for=past)
    page = confirmation(editor.post(url(issue, "control", "resume")))
    assert statement(page) == words(
        f"Its time ({local(past)}) passed while it was paused. "
        f"Send “{issue.title}” now to {COUNTS}."
    )
    assert Campaign.objects.get().status == Campaign.Status.PAUSED
    assert not Delivery.objects.exists()
    # Allowed to pause and resume, not to start: refused even with the confirmation.
    changer = django_user_model.objects.create_user("changer", "c@example.org", "x" * 12)
    changer.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_campaign", "change_campaign"]
        )
    )
    client = Client()
    client.force_login(changer)
    refused = client.post(url(issue, "control", "resume"), CONFIRM)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's refusal
    assert Campaign.objects.get().status == Campaign.Status.PAUSED
    editor.post(url(issue, "control", "resume"), CONFIRM)
    assert Campaign.objects.get().status in (Campaign.Status.SENDING, Campaign.Status.FINISHED)
    assert Delivery.objects.count() == 6


def test_counts_are_grouped_by_thousands():
    assert counts_phrase({"en": 800, "be": 1300, "ru": 134}) == (
        "English 800, Belarusian 1,300, Russian 134"
    )


# ---------------------------------------------------------------------------------------------
# Publish this issue: its own confirmation page states the same counts


def test_publish_this_issue_states_the_recipients_per_language(editor, issue, subscribers):
    issue.unpublish()
    response = editor.get(reverse("publishing_admin:publish_issue", args=[issue.pk]))
    page = confirmation(response)
    text = words(page.select_one("[data-newsletter-recipients]").get_text(" "))
    assert text.startswith(f"The newsletter would go to {COUNTS}.")
