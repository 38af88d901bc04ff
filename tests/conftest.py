from __future__ import annotations

import pytest
from django.test import override_settings
from wagtail.models import Locale

from sitrep.publishing.actions import do_ensure_site_structure
from tests.helpers import clear_cache

TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_serialized_rollback"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Transactional tests run in `make test`'s serial pass. When one ends, pytest-django
    empties its database (flush), and with it what only migrations make (the root page and
    collection, data-migration permissions, the review workflow); pytest-django runs such tests
    after all others, but pytest-xdist hands each worker whole modules in its own order, so in
    the parallel pass a flush would land before other modules' tests. Marked here, before
    `-m` deselects."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        transactional = bool(marker and marker.kwargs.get("transaction"))
        if transactional or TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.serial)


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Images and renditions go to one throwaway folder for the whole run, from its first test:
    a folder set by one package's fixture would start with that package's first test, and a
    module-scoped export made before it (tests/mirror) would then look for its images in the
    wrong place."""
    root = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=root):
        yield root


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Rate-limit counters and cached fragments must not leak from one test into another."""
    clear_cache()
    yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the site structure once per test database (once per xdist worker), not once per
    test: each test then finds it and changes it only inside its own transaction. A
    transactional test's flush empties the database; `site_structure` builds it again for the
    next test that asks for it."""
    with django_db_blocker.unblock():
        do_ensure_site_structure()


@pytest.fixture
def site_structure(db):
    """The three locales, a home page per language and the issue archives (a few look-ups
    when the session already built them)."""
    return do_ensure_site_structure()


@pytest.fixture
def locales(site_structure) -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture(autouse=True)
def _force_login_passes_the_second_factor(monkeypatch):
    """`client.force_login(user)` stands for a finished sign-in, second factor included, so
    admin tests that are not about accounts need not type codes. The enforcement itself stays
    on: tests of the sign-in (tests/accounts/) sign in through the real forms."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        device, _ = StaticDevice.objects.get_or_create(
            user=user, name="test sign-in", defaults={"confirmed": True}
        )
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
