"""Translators submit translations for review from wagtail-localize's editor; an editor's
approval publishes them (docs/editorial.md, "Translations")."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page

from .actions import edit_url

pytestmark = pytest.mark.django_db


def test_the_translator_submits_from_the_translation_editor_and_an_editor_publishes(world):
    translator = world.client_for("translator")
    submit = reverse("editorial_submit_translation", args=[world.be_translation.pk])
    page = translator.get(edit_url(world.be_live)).content.decode()
    assert "Submit for review" in page and f'action="{submit}"' in page
    assert "strings translated" in page

    response = translator.post(submit)
    assert response.status_code == 302
    be = Page.objects.get(pk=world.be_live.pk).specific
    assert be.workflow_in_progress and not be.live
    page = translator.get(edit_url(world.be_live)).content.decode()
    assert "Submitted for review on" in page and f'action="{submit}"' not in page
    # Submitting twice is refused with a message, not a second review.
    translator.post(submit)
    assert be.workflow_states.count() == 1

    editor = world.client_for("editor")
    assert "Submit for review" not in editor.get(edit_url(world.be_live)).content.decode()
    state = be.current_workflow_task_state
    editor.post(
        reverse("wagtailadmin_pages:workflow_action", args=[be.pk, "approve", state.pk]),
        {"comment": ""},
    )
    assert Page.objects.get(pk=be.pk).live


def test_the_demo_team_is_refused_in_production(settings):
    settings.ENVIRONMENT = "production"
    with pytest.raises(CommandError, match="refused"):
        call_command("ensure_demo_team")


def test_the_demo_team_has_one_signed_in_ready_account_per_role(site_structure, tmp_path, capsys):
    with override_settings(VAR_DIR=tmp_path):
        call_command("ensure_demo_team")
    shown = capsys.readouterr().out
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(
        username__in=["analyst", "editor", "translator", "audience"]
    )
    assert sorted(u.groups.get().name for u in users) == [
        "Analyst",
        "Audience admin",
        "Editor",
        "Translator",
    ]
    assert all(not u.is_superuser and not u.is_staff for u in users)
    assert "recovery code" in shown and (tmp_path / "demo-team-password.txt").exists()
