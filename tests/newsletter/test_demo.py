"""`manage.py seed_demo_newsletter` (called by `make run`): demo subscribers in every language
and a campaign for the newest issue, sent by the worker to var/outbox/ as .eml files."""

from __future__ import annotations

import email
import io

import pytest
from django.core.management import call_command

from sitrep.newsletter.models import Campaign, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(site_structure):
    topics = factories.make_topics(["economy", "security"])
    return factories.build_archive(2, topics=topics, translate=("be",))


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo_newsletter", *args, stdout=out)
    return out.getvalue()


def test_demo_is_idempotent_and_sends_to_the_outbox(
    content, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "sitrep.core.mail.OutboxBackend"
    settings.EMAIL_OUTBOX_DIR = tmp_path
    with django_capture_on_commit_callbacks(execute=True):
        first = run()
    assert "9 added" in first

    subscribers = Subscriber.objects.all()
    assert subscribers.count() == 9
    assert {s.status for s in subscribers} == {"confirmed"}
    assert {s.consent_source for s in subscribers} == {"demo"}
    assert {s.language for s in subscribers} == {"en", "be", "ru"}
    assert {s.get_email().rsplit("@", 1)[1] for s in subscribers} == {"example.org", "example.net"}

    newest = content[-1]
    campaign = Campaign.objects.get()
    assert campaign.issue_id == newest.pk
    assert campaign.status == Campaign.Status.FINISHED

    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 9
    messages = [email.message_from_bytes(f.read_bytes()) for f in files]
    recipients = sorted(m["To"] for m in messages)
    assert recipients == sorted(s.get_email() for s in subscribers)
    assert all(m["List-Unsubscribe"] and m["List-Unsubscribe-Post"] for m in messages)

    with django_capture_on_commit_callbacks(execute=True):
        second = run()
    assert "0 added, 9 already there" in second
    assert "already has a campaign" in second
    assert Subscriber.objects.count() == 9
    assert Campaign.objects.count() == 1
    assert len(list(tmp_path.glob("*.eml"))) == 9


def test_demo_without_issues_only_adds_subscribers(site_structure):
    output = run()
    assert "No published issue yet" in output
    assert Subscriber.objects.count() == 9
    assert not Campaign.objects.exists()
