"""The two-week publication of tests/publishing, exported once per module (tests/mirror)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
from django.db import transaction

from sitrep.mirror.export import Exporter
from tests import factories as f
from tests.helpers import clear_cache
from tests.publishing.conftest import (  # noqa: F401
    CURRENT_WEEK,
    _build_publication,
    english_by_default,
)

# An English article that spells the name one way; the mirror's search must find it by others.
NAME_ARTICLE = {
    "title": "Talks in Minsk",
    "slug": "talks-in-minsk",
    "body": [("paragraph", "<p>Lukashenka received the delegation on Tuesday.</p>")],
}


BASE_URL = "https://mirror.example.net/sitrep/"


def build_site() -> SimpleNamespace:
    data = _build_publication()
    current = data.issues["en"]["current"]
    data.name_article = f.make_article(
        current,
        title=NAME_ARTICLE["title"],
        slug=NAME_ARTICLE["slug"],
        topic=data.topics["society"]["en"],
        trend="unchanged",
        lead="A visit without results.",
        body=NAME_ARTICLE["body"],
    )
    return data


def export(outdir: Path, **options):
    # One item per archive and topic page: the small site then has several pages of each.
    with (
        mock.patch("sitrep.publishing.models.ARCHIVE_PAGE_SIZE", 1),
        mock.patch("sitrep.publishing.models.TOPIC_PAGE_SIZE", 1),
    ):
        return Exporter(outdir, **options).run()


@pytest.fixture(scope="package")
def mirror(django_db_setup, django_db_blocker, tmp_path_factory):
    """The seeded site and its export (with the search index, for a mirror at BASE_URL),
    built once for tests/mirror inside a transaction rolled back at the end."""
    outdir = tmp_path_factory.mktemp("mirror")
    # Set up before any test's own cache clearing: a rendition cached by an earlier module's
    # test, for an image whose rolled-back id this site's image now has, would go into the
    # export (SQLite gives a rolled-back id again).
    clear_cache()
    with django_db_blocker.unblock(), transaction.atomic():
        data = build_site()
        result = export(outdir, base_url=BASE_URL)
        yield SimpleNamespace(root=outdir, result=result, data=data)
        transaction.set_rollback(True)
    shutil.rmtree(outdir, ignore_errors=True)
