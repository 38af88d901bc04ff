"""wagtail-localize's shortcuts ask for publish permission where they publish
(sitrep/editorial/guards.py; docs/editorial.md, "No path to publishing")."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

pytestmark = pytest.mark.django_db


def sync_url(world) -> str:
    source = TranslationSource.objects.get(object_id=world.live.translation_key)
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def test_sync_with_publish_needs_publish_permission_on_the_translations(
    world, django_capture_on_commit_callbacks
):
    # A translator who was also given "Translate this page" (submit_translation).
    translator = world.users["translator"]
    translator.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    client = world.client_for("translator")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(world), {"publish_translations": "on"})
    assert response.status_code in (302, 403)
    assert not Page.objects.get(pk=world.be_live.pk).live
    # Syncing without publishing is theirs to do.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(world), {})
    assert response.status_code == 302
    assert not Page.objects.get(pk=world.be_live.pk).live


def test_an_editor_syncs_and_publishes(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        world.client_for("editor").post(sync_url(world), {"publish_translations": "on"})
    assert Page.objects.get(pk=world.be_live.pk).live


def test_convert_to_alias_needs_publish_permission(world):
    url = reverse("wagtail_localize:convert_to_alias", args=[world.be_live.pk])
    world.client_for("translator").post(url)
    assert Page.objects.get(pk=world.be_live.pk).alias_of_id is None
    world.client_for("editor").post(url)
    page = Page.objects.get(pk=world.be_live.pk)
    assert page.alias_of_id == world.live.pk and page.live


def test_translating_a_snippet_needs_permission_to_add_it(world):
    from sitrep.publishing.models import Author

    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["publishing", "author", world.author.pk],
    )
    ru = world.be_issue.locale.__class__.objects.get(language_code="ru")
    world.users["analyst"].user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    world.client_for("analyst").post(url, {"locales": [str(ru.pk)]})
    assert not Author.objects.filter(locale=ru).exists()
    world.client_for("editor").post(url, {"locales": [str(ru.pk)]})
    assert Author.objects.filter(locale=ru, translation_key=world.author.translation_key).exists()
