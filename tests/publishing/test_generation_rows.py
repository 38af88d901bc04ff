"""Rows kept per content generation (sitrep/core/generation.py): each `build()` is a fresh
instance, whatever a request does to the one it was given."""

from __future__ import annotations

import pytest

from sitrep.core.generation import Row
from sitrep.publishing.models import ArticlePage, IssuePage

pytestmark = pytest.mark.django_db


def test_each_build_is_a_fresh_instance_of_the_row(publication):
    stored = ArticlePage.objects.select_related("issue_week").get(
        pk=publication.articles["en"]["prices"].pk
    )
    row = Row.of(stored)
    first, second = row.build(), row.build()
    assert first is not second
    assert (first.pk, first.title, first.lead) == (stored.pk, stored.title, stored.lead)
    assert first._state.adding is False and first._state.db == "default"

    # What one request sets on its instance (a title, a related object) stays its own.
    first.title = "Changed by one request"
    first.issue_week = IssuePage(title="Another week")
    third = row.build()
    assert second.title == third.title == stored.title
    assert "issue_week" not in second._state.fields_cache
    assert third.issue_week.pk == stored.issue_week.pk  # read afresh, not the one set above


def test_deferred_fields_stay_deferred(publication):
    stored = ArticlePage.objects.only("title", "path", "depth").get(
        pk=publication.articles["en"]["prices"].pk
    )
    built = Row.of(stored).build()
    assert built.get_deferred_fields() == stored.get_deferred_fields()
    assert "lead" in built.get_deferred_fields()
    assert built.title == stored.title
