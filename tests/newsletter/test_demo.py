"""The demo's newsletter: `manage.py seed_demo_newsletter` adds demo subscribers in every
language; only on the first run on an empty database (`run_demo`, `--demo-campaign`) does it
send the newest issue to them (var/outbox/, 9 .eml files). A restart never sends anything."""

from __future__ import annotations

import email
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from sitrep.core.management.commands import run_demo
from sitrep.newsletter.actions.imports import do_import_subscribers
from sitrep.newsletter.csv_io import ImportRow
from sitrep.newsletter.models import Campaign, Subscriber
from sitrep.publishing.demo import content as demo_content
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
        first = run("--demo-campaign")
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

    assert campaign.started_via == Campaign.StartedVia.DEMO

    with django_capture_on_commit_callbacks(execute=True):
        second = run("--demo-campaign")
    assert "0 added, 9 already there" in second
    assert "no campaign" in second
    assert Subscriber.objects.count() == 9
    assert Campaign.objects.count() == 1
    assert len(list(tmp_path.glob("*.eml"))) == 9


def test_demo_without_issues_only_adds_subscribers(site_structure):
    output = run("--demo-campaign")
    assert "No published issue yet" in output
    assert Subscriber.objects.count() == 9
    assert not Campaign.objects.exists()


def import_readers(count: int) -> None:
    rows = [
        ImportRow(line=n, email=f"imported{n}@example.org", language="en", topics=())
        for n in range(1, count + 1)
    ]
    do_import_subscribers(rows, acting_user=None, confirmed=True, consent_source="import")


@pytest.fixture
def demo_dirs(settings, tmp_path):
    """run_demo writes the admin password and the static files under var/: a temporary one."""
    settings.VAR_DIR = tmp_path
    settings.STATIC_ROOT = tmp_path / "static"
    settings.EMAIL_BACKEND = "sitrep.core.mail.OutboxBackend"
    settings.EMAIL_OUTBOX_DIR = tmp_path / "outbox"
    return tmp_path


def prepare_demo() -> str:
    out = io.StringIO()
    call_command("run_demo", "--prepare-only", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_seeding_the_newsletter_again_sends_nothing(content, django_capture_on_commit_callbacks):
    """What every start of `make run` used to do: an editor has published a week and imported
    readers; seeding the demo newsletter again must not mail them the newest issue."""
    import_readers(5)
    with django_capture_on_commit_callbacks(execute=True):
        run()
    assert not Campaign.objects.exists()


def test_restarting_the_demo_on_existing_content_sends_nothing(
    content, demo_dirs, django_capture_on_commit_callbacks
):
    import_readers(5)
    with django_capture_on_commit_callbacks(execute=True):
        output = prepare_demo()
    assert "Seeding" not in output
    assert not Campaign.objects.exists()
    assert not list(demo_dirs.glob("outbox/*.eml"))


def test_demo_campaign_is_not_started_once_real_readers_exist(
    content, django_capture_on_commit_callbacks
):
    import_readers(1)
    with django_capture_on_commit_callbacks(execute=True):
        output = run("--demo-campaign")
    assert "no campaign" in output
    assert not Campaign.objects.exists()


def test_first_run_on_an_empty_database_sends_one_demo_campaign_and_a_restart_none(
    site_structure, demo_dirs, monkeypatch, django_capture_on_commit_callbacks
):
    real_call_command = run_demo.call_command

    def small_seed(name, *args, **kwargs):
        # One week is enough here, but with an article on every topic: the third demo reader
        # per language follows one topic, and which topics a shorter week has depends on the date.
        if name == "seed_demo":
            kwargs.update(weeks=1, articles_per_week=len(demo_content.TOPICS))
        return real_call_command(name, *args, **kwargs)

    monkeypatch.setattr(run_demo, "call_command", small_seed)
    with django_capture_on_commit_callbacks(execute=True):
        first = prepare_demo()
    assert "Seeding demo content" in first
    campaign = Campaign.objects.get()
    assert campaign.started_via == Campaign.StartedVia.DEMO
    assert len(list(demo_dirs.glob("outbox/*.eml"))) == 9

    with django_capture_on_commit_callbacks(execute=True):
        second = prepare_demo()
    assert "Seeding" not in second
    assert Campaign.objects.count() == 1
    assert len(list(demo_dirs.glob("outbox/*.eml"))) == 9


def test_campaign_page_says_the_demo_started_it(
    content, django_user_model, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run("--demo-campaign")
    campaign = Campaign.objects.get()
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("boss", "b@example.org", "x"))
    page = client.get(reverse("newsletter_admin:campaign", args=[campaign.issue_id]))
    assert page.status_code == 200
    assert "Who started it:" in page.content.decode()
    assert "demo seeding on first run" in page.content.decode()
