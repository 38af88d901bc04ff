"""Publish this issue: one step, now or later, one language or all, newsletter optional;
articles not approved are listed and left out (issue 11)."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageLogEntry, WorkflowState

from sitrep.newsletter.models import Campaign
from sitrep.publishing import scheduling
from sitrep.publishing.models import ArticlePage, IssuePage
from sitrep.publishing.tasks import publish_and_start_newsletter_task, publish_scheduled_task

pytestmark = pytest.mark.django_db


def publish_url(issue) -> str:
    return reverse("publishing_admin:publish_issue", args=[issue.pk])


def live(page) -> bool:
    return type(page).objects.get(pk=page.pk).live


def test_confirmation_lists_what_goes_out_and_what_is_left_out(admin, week):
    response = admin.get(publish_url(week.issue))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    included = {int(li["data-page"]) for li in soup.select("[data-plan=included] li")}
    left_out = {int(li["data-page"]) for li in soup.select("[data-plan=left-out] li")}
    assert week.economy.pk in included and week.economy_be.pk in included
    assert {week.security.pk, week.society.pk} <= left_out
    text = soup.get_text(" ", strip=True)
    assert "in review" in text and "draft" in text
    assert not live(week.issue)  # a GET changes nothing


def test_publish_now_in_all_languages_leaves_drafts_and_reviews_alone(admin, week, client):
    response = admin.post(publish_url(week.issue), {"languages": "all", "when": "now"}, follow=True)
    assert response.status_code == 200
    assert "were left out" in response.content.decode()
    assert live(week.issue) and live(week.ru_issue) and live(week.be_issue)
    # Readers see the approved article now, not the draft nor the one in review.
    assert client.get("/en/issues/2023-10-16/prices/").status_code == 200
    assert client.get("/en/issues/2023-10-16/border/").status_code == 404
    assert client.get("/en/issues/2023-10-16/schools/").status_code == 404
    assert not live(week.security) and not live(week.society)
    # The review goes on: publishing it would have cancelled the workflow.
    assert WorkflowState.objects.filter(
        object_id=str(week.society.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    entry = PageLogEntry.objects.filter(page=week.issue, action="sitrep.publish_issue").get()
    assert entry.data["languages"] == ["be", "en", "ru"]
    assert set(entry.data["left_out"]) >= {week.security.pk, week.society.pk}
    # The page history says it, in words.
    history = admin.get(reverse("wagtailadmin_pages:history", args=[week.issue.pk]))
    assert "Published the issue with its approved articles" in history.content.decode()


def test_publish_in_one_language_leaves_the_others_unpublished(admin, week):
    admin.post(publish_url(week.issue), {"languages": "ru", "when": "now"})
    assert live(week.ru_issue)
    assert not live(week.issue)


def test_newsletter_is_optional(admin, week):
    admin.post(publish_url(week.issue), {"languages": "all", "when": "now"})
    assert live(week.issue)
    assert not Campaign.objects.exists()


def test_newsletter_starts_after_the_issue_is_live(admin, chief, week):
    response = admin.post(
        publish_url(week.issue),
        {"languages": "all", "when": "now", "start_newsletter": "on"},
        follow=True,
    )
    assert "The newsletter is being sent." in response.content.decode()
    campaign = Campaign.objects.get(issue=week.issue)
    assert campaign.status != Campaign.Status.DRAFT
    assert campaign.started_by == chief
    # The form no longer offers it: the campaign has started.
    page = admin.get(publish_url(week.issue)).content.decode()
    assert 'name="start_newsletter"' not in page
    assert "already been started" in page


def test_newsletter_needs_the_main_language_issue(admin, week):
    response = admin.post(
        publish_url(week.issue), {"languages": "ru", "when": "now", "start_newsletter": "on"}
    )
    assert response.status_code == 200  # the form again, with the reason
    assert "publish it too" in response.content.decode()
    assert not live(week.ru_issue)
    assert not Campaign.objects.exists()


def test_scheduled_publish_goes_live_at_its_time_without_a_person(
    admin, week, deferred_tasks, django_capture_on_commit_callbacks
):
    go_live = (timezone.now() + datetime.timedelta(hours=2)).replace(second=0, microsecond=0)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            publish_url(week.issue),
            {
                "languages": "all",
                "when": "later",
                "go_live_at": timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
            },
            follow=True,
        )
    assert "goes live at" in response.content.decode()
    issue = IssuePage.objects.get(pk=week.issue.pk)
    assert not issue.live and issue.scheduled_revision is not None
    # Wagtail's scheduled publishing is set to run at that time, on the task backend.
    runs = [r for r in deferred_tasks.results if r.task.name == publish_scheduled_task.name]
    assert runs and {r.task.run_after for r in runs} == {go_live}

    publish_scheduled_task.call()  # before the time: nothing is due
    assert not live(week.issue)
    with freeze_time(go_live + datetime.timedelta(minutes=1)):
        publish_scheduled_task.call()  # what the worker runs at that time
    assert live(week.issue) and live(week.ru_issue)
    assert not live(week.security)


def test_scheduled_publish_with_newsletter_sends_only_once_live(
    admin, chief, week, deferred_tasks, django_capture_on_commit_callbacks
):
    go_live = (timezone.now() + datetime.timedelta(hours=2)).replace(second=0, microsecond=0)
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(
            publish_url(week.issue),
            {
                "languages": "all",
                "when": "later",
                "go_live_at": timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
                "start_newsletter": "on",
            },
        )
    assert not Campaign.objects.exists()
    [run] = [
        r for r in deferred_tasks.results if r.task.name == publish_and_start_newsletter_task.name
    ]
    assert run.task.run_after == go_live
    assert run.args == [week.issue.pk, chief.pk]
    with freeze_time(go_live + datetime.timedelta(seconds=5)):
        outcome = publish_and_start_newsletter_task.call(*run.args)
    assert outcome == "started"
    assert live(week.issue)
    assert Campaign.objects.get(issue=week.issue).started_by == chief


def test_a_rescheduled_issue_does_not_send_at_the_old_time(chief, week):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    from sitrep.publishing.issue_actions import do_publish_issue

    do_publish_issue(week.issue, languages=["en"], go_live_at=go_live, acting_user=chief)
    # Moved a day later in the page editor before the time came.
    do_publish_issue(
        week.issue, languages=["en"], go_live_at=go_live + datetime.timedelta(days=1),
        acting_user=chief,
    )  # fmt: skip
    with freeze_time(go_live + datetime.timedelta(minutes=1)):
        assert scheduling.publish_and_start_newsletter(week.issue.pk, chief.pk) == "not live"
    assert not Campaign.objects.exists()


def test_an_approved_article_waiting_for_its_own_time_goes_out_with_the_issue(chief, week):
    from sitrep.publishing.issue_actions import do_publish_issue

    article = ArticlePage.objects.get(pk=week.security.pk)
    article.go_live_at = timezone.now() + datetime.timedelta(days=3)
    article.save_revision(user=chief).publish(user=chief)  # scheduled by an editor
    assert not live(article)
    result = do_publish_issue(week.issue, languages=["en"], acting_user=chief)
    assert article.pk in result.articles_published
    assert live(article) and live(week.issue)


def test_scheduled_time_must_be_in_the_future(admin, week):
    response = admin.post(
        publish_url(week.issue),
        {"languages": "all", "when": "later", "go_live_at": "2001-01-01 10:00"},
    )
    assert response.status_code == 200
    assert "must be in the future" in response.content.decode()
    assert not live(week.issue)


def test_page_header_and_listing_offer_the_action(admin, week):
    edit = admin.get(reverse("wagtailadmin_pages:edit", args=[week.issue.pk])).content.decode()
    assert publish_url(week.issue) in edit
    listing = admin.get(
        reverse("wagtailadmin_explore", args=[week.issue.get_parent().pk])
    ).content.decode()
    assert publish_url(week.issue) in listing
