from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation

from sitrep.publishing.actions import do_ensure_site_structure
from tests.helpers import clear_cache

from .world import build_world


@pytest.fixture(autouse=True)
def english_by_default():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """The world is built once per module (building it takes seconds) inside a transaction
    that is rolled back at the end; each test runs in a savepoint inside it (the `db`
    fixture), so every test starts from the same state."""
    with django_db_blocker.unblock(), transaction.atomic():
        clear_cache()
        do_ensure_site_structure()
        yield build_world(get_user_model())
        transaction.set_rollback(True)
    clear_cache()


@pytest.fixture
def world(shared_world, db):
    return shared_world
