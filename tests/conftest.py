from __future__ import annotations

import pytest
from wagtail.models import Locale

from sitrep.publishing.actions import do_ensure_site_structure
from tests.helpers import clear_cache


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Rate-limit counters and cached fragments must not leak from one test into another."""
    clear_cache()
    yield


@pytest.fixture
def site_structure(db):
    """The three locales, a home page per language and the issue archives."""
    return do_ensure_site_structure()


@pytest.fixture
def locales(site_structure) -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}
