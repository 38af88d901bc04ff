"""What editors see in the admin (issue 6, items 18 and 19)."""

from __future__ import annotations

import datetime
import html
import json
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from sitrep.publishing.models import IssuePage
from tests import factories as f

pytestmark = pytest.mark.django_db

WEEK = datetime.date(2023, 10, 9)
ARTICLE_URL = "/en/issues/2023-10-09/prices-keep-rising/"


@pytest.fixture
def admin(django_user_model, site_structure) -> Client:
    client = Client()
    client.force_login(
        django_user_model.objects.create_superuser(
            "chief", "chief@example.org", "x" * 12, first_name="Alena", last_name="Bel"
        )
    )
    return client


@pytest.fixture
def draft_week(site_structure):
    """This week's issue is still a draft; one of its articles has been published."""
    topics = f.make_topics(["economy"])
    issue = f.make_issue(WEEK, live=False)
    article = f.make_article(
        issue, title="Prices keep rising", slug="prices-keep-rising", topic=topics["economy"]["en"]
    )
    return issue, article


def test_an_article_of_a_draft_issue_says_it_goes_live_with_its_issue(admin, draft_week):
    issue, article = draft_week
    assert article.live
    assert admin.get(ARTICLE_URL).status_code == 404  # readers cannot see it yet

    listing = admin.get(reverse("wagtailadmin_explore", args=[issue.id])).content.decode()
    assert "goes live with its issue" in listing
    assert f'href="{ARTICLE_URL}"' not in listing  # no "View live" or status link to a 404

    edit = admin.get(reverse("wagtailadmin_pages:edit", args=[article.id])).content.decode()
    assert "Readers will see this article once the issue" in edit
    assert reverse("wagtailadmin_pages:edit", args=[issue.id]) in edit
    assert f'href="{ARTICLE_URL}"' not in edit


def test_publishing_an_article_of_a_draft_issue_says_when_readers_see_it(admin, draft_week):
    issue, article = draft_week
    data = {
        "title": "Prices keep rising",
        "slug": "prices-keep-rising",
        "lead": "Food prices rose again.",
        "topic": article.topic_id,
        "trend": "unchanged",
        "body-count": "0",
        "article_authors-TOTAL_FORMS": "0",
        "article_authors-INITIAL_FORMS": "0",
        "article_authors-MIN_NUM_FORMS": "0",
        "article_authors-MAX_NUM_FORMS": "1000",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0",
        "related_links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    response = admin.post(reverse("wagtailadmin_pages:edit", args=[article.id]), data, follow=True)
    assert response.status_code == 200
    shown = [str(message) for message in response.context["messages"]]
    assert any(
        "readers cannot see it yet" in message and issue.title in message for message in shown
    ), shown
    assert f'href="{ARTICLE_URL}"' not in response.content.decode()

    # Once the issue is published, the article is live and linked as usual.
    IssuePage.objects.get(pk=issue.pk).save_revision().publish()
    assert admin.get(ARTICLE_URL).status_code == 200
    listing = admin.get(reverse("wagtailadmin_explore", args=[issue.id])).content.decode()
    assert "goes live with its issue" not in listing
    assert f'href="{ARTICLE_URL}"' in listing


def test_the_status_is_translated(admin, draft_week):
    _issue, article = draft_week
    article.refresh_from_db()
    expected_statuses = {"be": "з'явіцца разам з выпускам", "ru": "появится вместе с выпуском"}
    for code, expected in expected_statuses.items():
        with translation.override(code):
            assert str(article.status_string) == expected
    assert re.search(r"\blive\b", str(f.issue_index("en").status_string))


def admin_in(client: Client, language: str) -> Client:
    """Switch the logged-in editor's admin language (Account → Preferred language)."""
    from wagtail.users.models import UserProfile

    user = client.get(reverse("wagtailadmin_home")).wsgi_request.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return client


BLOCK_NAMES = {
    "en": ["Heading", "Paragraph", "Quote", "Image"],
    "be": ["Загаловак", "Абзац", "Цытата", "Выява"],
    "ru": ["Заголовок", "Абзац", "Цитата", "Изображение"],
}


@pytest.mark.parametrize("language", ["be", "ru"])
def test_body_block_names_are_in_the_admin_language(admin, draft_week, language):
    _issue, article = draft_week
    edit = admin_in(admin, language).get(reverse("wagtailadmin_pages:edit", args=[article.id]))
    page = edit.content.decode()
    assert f'<html lang="{language}"' in page
    # The block menu is built from the body's block definitions, embedded as JSON.
    definitions = html.unescape(page)
    for name in BLOCK_NAMES[language]:
        assert f'"label": {json.dumps(name)}' in definitions, name
    for english in BLOCK_NAMES["en"]:
        assert f'"label": {json.dumps(english)}' not in definitions, english


@pytest.mark.parametrize("language", ["en", "be", "ru"])
def test_the_date_picker_starts_the_week_on_monday(admin, draft_week, language):
    issue, _article = draft_week
    edit = admin_in(admin, language).get(reverse("wagtailadmin_pages:edit", args=[issue.id]))
    html = edit.content.decode()
    assert "initDateChooser(" in html
    # The week's date and the go-live/expiry pickers alike.
    starts = re.findall(r'"dayOfWeekStart": (\d)', html)
    assert starts and set(starts) == {"1"}


def test_the_explorer_lists_issues_newest_first(admin, site_structure):
    # Created out of order, and the oldest week edited last: neither must decide the order.
    weeks = [datetime.date(2023, 10, 2), datetime.date(2023, 10, 16), datetime.date(2023, 9, 25)]
    issues = {week: f.make_issue(week) for week in weeks}
    issues[weeks[2]].save_revision().publish()
    listing = admin.get(reverse("wagtailadmin_explore", args=[f.issue_index("en").id]))
    html = listing.content.decode()
    positions = [html.index(issues[week].title) for week in sorted(weeks, reverse=True)]
    assert positions == sorted(positions)
    # Sorting by a column still works.
    by_title = admin.get(
        reverse("wagtailadmin_explore", args=[f.issue_index("en").id]) + "?ordering=title"
    )
    assert by_title.status_code == 200


def test_an_account_without_names_can_change_its_language(django_user_model, site_structure):
    from bs4 import BeautifulSoup
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("noname", "noname@example.org", "x" * 12)
    client = Client()
    client.force_login(user)
    page = BeautifulSoup(client.get(reverse("wagtailadmin_account")).content, "html.parser")
    form = page.find("form", id="w-editor-form")
    data: dict[str, object] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in {"file", "submit"}:
            continue
        if field.name == "select":
            option = field.find("option", selected=True) or field.find("option")
            data[name] = option.get("value", "") if option else ""
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    assert data["name_email-first_name"] == "" and data["name_email-last_name"] == ""
    data["locale-preferred_language"] = "be"

    response = client.post(reverse("wagtailadmin_account"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert UserProfile.get_for_user(user).preferred_language == "be"
    assert '<html lang="be"' in client.get(reverse("wagtailadmin_home")).content.decode()
