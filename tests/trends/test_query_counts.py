"""The trend monitor's queries do not grow with the number of weeks shown."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_queries_do_not_grow_with_the_weeks_shown(client, site_structure, settings):
    settings.PAGE_CACHE_ENABLED = False  # the render's queries, not the page cache's hits
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend",
                    "QUEUES": ["default", "newsletter"]}
    }  # fmt: skip
    topics = f.make_topics()
    f.build_archive(12, topics=topics, translate=["be"], revision=False)

    def count(path: str) -> int:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    paths = ["/en/trends/?range=all", "/be/trends/?range=all", "/en/trends/data.json?range=all"]
    small = [count(path) for path in paths]
    f.build_archive(108, topics=topics, start_at=12, translate=["be"], revision=False)
    large = [count(path) for path in paths]
    assert large == small
    assert max(large) <= 10
