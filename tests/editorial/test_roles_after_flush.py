"""Roles are granted on new archives even when the database was emptied and rebuilt without
migrations (a test database's flush, `manage.py flush`): the permissions that only data
migrations make are then missing, and granting them must not fail."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from sitrep.editorial import roles
from sitrep.publishing.actions import do_ensure_site_structure


@pytest.mark.django_db(transaction=True)
def test_site_structure_after_a_flush_grants_every_role_its_permissions():
    call_command("flush", interactive=False, verbosity=0)

    do_ensure_site_structure()

    analyst = Group.objects.get(name=roles.ANALYST)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in analyst.permissions.all()}
    assert roles.ACCESS_ADMIN in granted
    editor = Group.objects.get(name=roles.EDITOR)
    assert editor.permissions.filter(codename="submit_translation").exists()
