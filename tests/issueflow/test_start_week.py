"""Start next week, and "Copy" on an issue (issue 11)."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from sitrep.publishing.issue_actions import do_start_week
from sitrep.publishing.models import ArticlePage, IssuePage
from tests import factories as f

pytestmark = pytest.mark.django_db

START = "/admin/issues/start-week/"


@pytest.fixture
def weeks(site_structure):
    """Last week published, nothing after it yet."""
    topics = f.make_topics(["economy"])
    issue = f.make_issue(datetime.date(2023, 10, 9))
    f.translate_issue(issue, "be")
    f.make_article(issue, title="Prices", slug="prices", topic=topics["economy"]["en"])
    return issue


def issues_of(week: datetime.date) -> dict[str, IssuePage]:
    return {
        i.locale.language_code: i
        for i in IssuePage.objects.filter(week_start=week).select_related("locale")
    }


def test_dashboard_starts_the_week_after_the_newest_issue_in_every_language(admin, weeks):
    page = admin.get(START).content.decode().replace("\u00a0", " ")
    assert "16 – 22 кастрычніка 2023 г." in page  # what it will create, in every language
    response = admin.post(START, {"week": "2023-10-16"}, follow=True)
    assert response.status_code == 200
    created = issues_of(datetime.date(2023, 10, 16))
    assert set(created) == {"en", "be", "ru"}
    assert {i.title.replace("\u00a0", " ") for i in created.values()} == {
        "October 16 – October 22, 2023",
        "16 – 22 кастрычніка 2023 г.",
        "16 – 22 октября 2023 г.",
    }
    assert not any(i.live for i in created.values())  # drafts, for analysts to fill
    assert len({i.translation_key for i in created.values()}) == 1  # linked translations
    assert all(i.url_path.endswith("/issues/2023-10-16/") for i in created.values())
    assert "ready for analysts" in response.content.decode()


def test_a_second_click_says_the_week_exists(admin, weeks):
    admin.post(START, {"week": "2023-10-16"})
    # The dashboard still proposes the same week: the newest published issue did not change.
    page = admin.get(START).content.decode()
    assert 'data-start-week="exists"' in page
    response = admin.post(START, {"week": "2023-10-16"}, follow=True)
    assert "already exists" in response.content.decode()
    assert IssuePage.objects.filter(week_start=datetime.date(2023, 10, 16)).count() == 3


def test_start_next_week_from_an_issue_takes_the_week_after_it(admin, weeks):
    response = admin.get(f"{START}?after={weeks.pk}")
    assert 'value="2023-10-16"' in response.content.decode()
    edit = admin.get(reverse("wagtailadmin_pages:edit", args=[weeks.pk])).content.decode()
    assert f"{START}?after={weeks.pk}" in edit


def test_only_missing_languages_are_added(chief, weeks):
    week = datetime.date(2023, 10, 16)
    english = f.make_issue(week, live=False)
    result = do_start_week(week, acting_user=chief)
    assert sorted(result.created) == ["be", "ru"]
    assert result.source.pk == english.pk
    assert do_start_week(week, acting_user=chief).created == []


def test_a_week_must_start_on_monday(admin, weeks):
    response = admin.post(START, {"week": "2023-10-17"}, follow=True)
    assert "must start on a Monday" in response.content.decode()
    assert not IssuePage.objects.filter(week_start=datetime.date(2023, 10, 17)).exists()


def test_copy_on_an_issue_leads_to_start_next_week_instead_of_an_error(chief, weeks):
    client = Client(raise_request_exception=True)
    client.force_login(chief)
    copy_url = reverse("wagtailadmin_pages:copy", args=[weeks.pk])
    response = client.get(copy_url)
    assert response.status_code == 302
    assert response["Location"] == f"{START}?after={weeks.pk}"
    # The form's POST too (it used to raise a ValidationError: the week's slug is taken).
    response = client.post(
        copy_url,
        {"new_title": "Copy", "new_slug": "2023-10-09", "new_parent_page": weeks.get_parent().pk},
    )
    assert response.status_code == 302
    assert IssuePage.objects.filter(locale__language_code="en").count() == 1


def test_issue_listing_menu_has_start_next_week_and_no_copy(admin, weeks):
    listing = admin.get(reverse("wagtailadmin_explore", args=[weeks.get_parent().pk]))
    soup = BeautifulSoup(listing.content, "html.parser")
    links = [a["href"] for a in soup.select("a[href]")]
    assert f"{START}?after={weeks.pk}" in links
    assert not any(h.startswith(reverse("wagtailadmin_pages:copy", args=[weeks.pk])) for h in links)
    # Articles keep their ordinary Copy.
    article = ArticlePage.objects.get(slug="prices")
    articles = admin.get(reverse("wagtailadmin_explore", args=[weeks.pk])).content.decode()
    assert reverse("wagtailadmin_pages:copy", args=[article.pk]) in articles
