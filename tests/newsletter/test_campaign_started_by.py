"""A campaign records who or what started it, and its admin page says so: a person, the
send-on-publish setting, `manage.py send_issue`, or the demo's first run."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from sitrep.newsletter.actions.campaigns import do_start_campaign, do_start_campaign_on_publish
from sitrep.newsletter.models import Campaign
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(site_structure):
    topics = factories.make_topics(["economy"])
    (issue,) = factories.build_archive(1, topics=topics, revision=False)
    return issue


@pytest.fixture
def boss(django_user_model):
    return django_user_model.objects.create_superuser(
        "boss", "boss@example.org", "x" * 12, first_name="Alena", last_name="Editor"
    )


def campaign_page(user, issue) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(reverse("newsletter_admin:campaign", args=[issue.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_an_editor_who_starts_a_campaign_is_named_on_its_page(issue, boss):
    do_start_campaign(issue, acting_user=boss)
    campaign = Campaign.objects.get()
    assert campaign.started_via == Campaign.StartedVia.USER
    assert campaign.started_by == boss
    assert "Who started it: <strong>Alena Editor</strong>" in campaign_page(boss, issue)


def test_send_on_publish_is_recorded(issue, boss, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "SEND_ON_PUBLISH": True}
    assert do_start_campaign_on_publish(issue.pk)
    campaign = Campaign.objects.get()
    assert campaign.started_via == Campaign.StartedVia.SEND_ON_PUBLISH
    assert campaign.started_by is None
    assert "Who started it: <strong>send on publish</strong>" in campaign_page(boss, issue)


def test_the_send_issue_command_is_recorded(issue, boss):
    call_command("send_issue", "latest", stdout=io.StringIO())
    assert Campaign.objects.get().started_via == Campaign.StartedVia.COMMAND
    assert "the send_issue command" in campaign_page(boss, issue)


def test_the_label_is_translated(issue):
    do_start_campaign(issue, via=Campaign.StartedVia.DEMO)
    campaign = Campaign.objects.get()
    with translation.override("ru"):
        assert campaign.started_by_label == "демо-данные при первом запуске"
    with translation.override("be"):
        assert campaign.started_by_label == "дэма-даныя пры першым запуску"
