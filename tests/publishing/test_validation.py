"""Editors get clear validation messages (the admin shows these model errors)."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError

from sitrep.publishing.blocks import CreditedImageBlock
from sitrep.publishing.models import ArticlePage, IssuePage
from tests import factories as f

MONDAY = datetime.date(2023, 10, 9)


def messages(error: ValidationError, field: str) -> list[str]:
    return [str(message) for message in error.message_dict.get(field, [])]


@pytest.mark.django_db
def test_issue_week_must_start_on_a_monday(site_structure):
    issue = IssuePage(week_start=MONDAY + datetime.timedelta(days=1), locale=f.locale("en"))
    with pytest.raises(ValidationError) as error:
        f.issue_index("en").add_child(instance=issue)
    assert messages(error.value, "week_start") == ["An issue's week must start on a Monday."]


@pytest.mark.django_db
def test_no_two_issues_for_the_same_week_in_a_language(site_structure):
    f.make_issue(MONDAY)
    duplicate = IssuePage(week_start=MONDAY, locale=f.locale("en"))
    with pytest.raises(ValidationError) as error:
        f.issue_index("en").add_child(instance=duplicate)
    assert "There is already an issue for this week in this language." in messages(
        error.value, "week_start"
    )


@pytest.mark.django_db
def test_same_week_in_another_language_is_its_translation(site_structure):
    issue = f.make_issue(MONDAY)
    translated = f.translate_issue(issue, "be")
    assert translated.week_start == MONDAY
    assert translated.slug == "2023-10-09"
    assert translated.title == "9\u00a0– 15\u00a0кастрычніка 2023\u00a0г."


@pytest.mark.django_db
def test_featured_image_needs_alt_text(site_structure):
    topics = f.make_topics(["economy"])
    issue = f.make_issue(MONDAY)
    with pytest.raises(ValidationError) as error:
        f.make_article(issue, title="No alt", topic=topics["economy"]["en"], image=f.make_image())
    assert messages(error.value, "featured_image_alt") == [
        "Describe the featured image for screen readers."
    ]


@pytest.mark.django_db
def test_article_needs_topic_and_trend(site_structure):
    issue = f.make_issue(MONDAY)
    article = ArticlePage(title="Bare", slug="bare", lead="Lead", locale=issue.locale)
    with pytest.raises(ValidationError) as error:
        issue.add_child(instance=article)
    assert set(error.value.message_dict) >= {"topic", "trend"}


@pytest.mark.django_db
def test_body_image_needs_alt_text(site_structure):
    image = f.make_image()
    block = CreditedImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt": "", "caption": "", "credit": ""}))
    cleaned = block.clean(block.to_python({"image": image.pk, "alt": "A field", "credit": "X"}))
    assert cleaned["alt"] == "A field"
