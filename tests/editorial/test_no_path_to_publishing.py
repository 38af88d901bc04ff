"""An analyst has no path to publishing anywhere (issue 11, "Review and publishing"), and a
translator none either: every way the admin, wagtail-localize and the API offer is tried, and
afterwards nothing a reader could see has changed — no page went live or changed its live
content, place or privacy, nothing was scheduled, no topic or author changed — not even after
the scheduled-publishing command has run. docs/editorial.md, "No path to publishing"."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail_localize.models import TranslationSource

from sitrep.publishing.models import ArticlePage, Author, Topic

from .actions import edit_url, in_future
from .world import World, article_form

pytestmark = pytest.mark.django_db


def public_state() -> dict[str, object]:
    """What readers can see, or will see without anyone else acting."""
    return {
        "live pages": sorted(
            Page.objects.live().values_list("pk", "title", "url_path", "alias_of_id")
        ),
        "scheduled": sorted(
            Revision.objects.filter(approved_go_live_at__isnull=False).values_list(
                "object_id", "approved_go_live_at"
            )
        ),
        "restrictions": sorted(
            PageViewRestriction.objects.values_list("page_id", "restriction_type")
        ),
        "expiry": sorted(
            Page.objects.live().filter(expire_at__isnull=False).values_list("pk", "expire_at")
        ),
        "topics": sorted(Topic.objects.values_list("pk", "name", "locale_id")),
        "authors": sorted(Author.objects.values_list("pk", "name", "locale_id")),
    }


def past() -> str:
    return (timezone.localtime() - datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------------------------------------
# The attempts. Each gets a logged-in client and the world.


def publish_from_the_editor(c, w: World) -> None:
    c.post(edit_url(w.draft), article_form(w.draft, **{"action-publish": "1"}))
    c.post(edit_url(w.live), article_form(w.live, title="Changed", **{"action-publish": "1"}))


def create_and_publish_at_once(c, w: World) -> None:
    url = reverse("wagtailadmin_pages:add", args=["publishing", "articlepage", w.issue.pk])
    c.post(url, article_form(topic=str(w.topic["en"].pk), **{"action-publish": "1"}))


def create_an_issue_and_publish_it(c, w: World) -> None:
    url = reverse(
        "wagtailadmin_pages:add", args=["publishing", "issuepage", w.issue.get_parent().pk]
    )
    c.post(
        url,
        {
            "week_start": "2023-10-23",
            "custom_title": "",
            "summary": "",
            "slug": "2023-10-23",
            "title": "",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "action-publish": "1",
        },
    )


def schedule_with_a_go_live_date(c, w: World) -> None:
    """A go-live date on the revision an analyst saves and submits: only an editor's approval
    (which publishes) would honour it."""
    c.post(edit_url(w.draft), article_form(w.draft, go_live_at=past()))
    c.post(
        edit_url(w.draft), article_form(w.draft, go_live_at=in_future(), **{"action-submit": "1"})
    )
    c.post(edit_url(w.live), article_form(w.live, title="Later", go_live_at=past()))


def unpublish_with_an_expiry_date(c, w: World) -> None:
    c.post(edit_url(w.live), article_form(w.live, expire_at=past()))


def approve_own_submission(c, w: World) -> None:
    page = Page.objects.get(pk=w.in_review.pk).specific
    state = page.current_workflow_task_state
    for action in ("approve", "reject"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
        c.post(url, {"comment": "fine"})
    # "Approve" from the edit view, with edits.
    c.post(
        edit_url(page),
        article_form(page, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )


def unpublish(c, w: World) -> None:
    c.post(reverse("wagtailadmin_pages:unpublish", args=[w.live.pk]), {})
    c.post(
        reverse("wagtailadmin_pages:unpublish", args=[w.issue.pk]), {"include_descendants": "on"}
    )


def bulk_actions(c, w: World) -> None:
    for action, pages in (
        ("publish", [w.draft, w.issue]),
        ("unpublish", [w.live, w.issue]),
        ("delete", [w.live]),
        ("move", [w.live]),
    ):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
        query = "&".join(f"id={page.pk}" for page in pages)
        c.post(
            f"{url}?{query}",
            {"include_descendants": "on", "chooser": str(w.next_issue.pk)},
        )


def copy_publishing_the_copy_or_as_alias(c, w: World) -> None:
    # Articles only: copying an issue is being reworked elsewhere (issue 11, "Start next week").
    for extra in ({"publish_copies": "on"}, {"alias": "on"}):
        for parent in (w.next_issue, w.issue):
            c.post(
                reverse("wagtailadmin_pages:copy", args=[w.live.pk]),
                {
                    "new_title": "Prices copy",
                    "new_slug": f"prices-copy-{parent.pk}",
                    "new_parent_page": str(parent.pk),
                    **extra,
                },
            )


def move(c, w: World) -> None:
    c.post(reverse("wagtailadmin_pages:move_confirm", args=[w.live.pk, w.next_issue.pk]))
    # A draft article into a live issue is allowed (it stays a draft).
    c.post(reverse("wagtailadmin_pages:move_confirm", args=[w.draft.pk, w.next_issue.pk]))


def delete(c, w: World) -> None:
    c.post(reverse("wagtailadmin_pages:delete", args=[w.live.pk]))
    c.post(reverse("wagtailadmin_pages:delete", args=[w.issue.pk]))


def revert(c, w: World) -> None:
    old = w.old_revision.as_object()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[w.live.pk, w.old_revision.pk])
    c.post(url, article_form(old, **{"action-publish": "1"}))


def remove_privacy_or_reorder(c, w: World) -> None:
    c.post(
        reverse("wagtailadmin_pages:set_privacy", args=[w.live.pk]), {"restriction_type": "login"}
    )
    c.post(reverse("wagtailadmin_pages:set_page_position", args=[w.draft.pk]) + "?position=0")


def edit_topics_and_authors(c, w: World) -> None:
    c.post(
        reverse("wagtailsnippets_publishing_topic:add"),
        {"name": "Culture", "slug": "culture", "description": "", "sort_order": "9"},
    )
    c.post(
        reverse("wagtailsnippets_publishing_topic:edit", args=[w.topic["en"].pk]),
        {"name": "Money", "slug": "economy", "description": "", "sort_order": "0"},
    )


def translation_shortcuts(c, w: World) -> None:
    """wagtail-localize: translate, sync with "publish immediately", publish in its editor,
    convert to an alias of the live source, translate a snippet (saved live)."""
    source = TranslationSource.objects.get(object_id=w.live.translation_key)
    c.post(
        reverse("wagtail_localize:submit_page_translation", args=[w.live.pk]),
        {"locales": [str(w.be_issue.locale_id)]},
    )
    c.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    c.post(edit_url(w.be_live), {"action": "publish"})
    c.post(reverse("wagtail_localize:convert_to_alias", args=[w.be_live.pk]))
    # An author who exists only in English: a translation would be saved live.
    ru = w.be_issue.locale.__class__.objects.get(language_code="ru")
    c.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["publishing", "author", w.author.pk],
        ),
        {"locales": [str(ru.pk)]},
    )


def write_through_the_api(c, w: World) -> None:
    paths = [
        "/api/v1/issues",
        f"/api/v1/issues/{w.issue.week_start.isoformat()}",
        "/api/v1/articles",
        f"/api/v1/articles/{w.draft.pk}",
        f"/api/v1/articles/{w.live.pk}",
        "/api/v1/topics",
        "/api/v1/authors",
    ]
    body = {"live": True, "title": "Changed", "status": "published"}
    for path in paths:
        for method in (c.post, c.put, c.patch, c.delete):
            response = method(path, body, content_type="application/json")
            assert response.status_code in (404, 405), (path, method, response.status_code)


ATTEMPTS = [
    publish_from_the_editor,
    create_and_publish_at_once,
    create_an_issue_and_publish_it,
    schedule_with_a_go_live_date,
    unpublish_with_an_expiry_date,
    approve_own_submission,
    unpublish,
    bulk_actions,
    copy_publishing_the_copy_or_as_alias,
    move,
    delete,
    revert,
    remove_privacy_or_reorder,
    edit_topics_and_authors,
    translation_shortcuts,
    write_through_the_api,
]


@pytest.mark.parametrize("who", ["analyst", "translator"])
@pytest.mark.parametrize("attempt", ATTEMPTS, ids=lambda a: a.__name__)
def test_no_path_to_publishing(world, who, attempt, django_capture_on_commit_callbacks):
    before = public_state()
    client = world.client_for(who)
    with django_capture_on_commit_callbacks(execute=True):
        attempt(client, world)
    assert public_state() == before
    # Nothing waits to go live (or to be taken down) either.
    call_command("publish_scheduled", verbosity=0)
    assert public_state() == before


def test_what_an_analyst_may_do_on_those_paths_still_works(world):
    """The attempts above are real: the analyst's drafts, submissions and draft moves land."""
    client = world.client_for("analyst")
    schedule_with_a_go_live_date(client, world)
    assert Page.objects.get(pk=world.draft.pk).specific.workflow_in_progress
    move(client, world)
    assert Page.objects.get(pk=world.draft.pk).get_parent().pk == world.next_issue.pk
    create_and_publish_at_once(client, world)
    new = ArticlePage.objects.get(slug="a-new-article")
    assert not new.live and new.has_unpublished_changes


def test_an_editor_approval_publishes_what_the_analyst_submitted(world):
    """The other side: the path that does publish goes through an editor."""
    client = world.client_for("analyst")
    client.post(edit_url(world.draft), article_form(world.draft, **{"action-submit": "1"}))
    page = Page.objects.get(pk=world.draft.pk).specific
    assert page.workflow_in_progress and not page.live
    editor = world.client_for("editor")
    state = page.current_workflow_task_state
    editor.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]),
        {"comment": "Good."},
    )
    page = Page.objects.get(pk=page.pk)
    assert page.live and page.live_revision.user == world.users["analyst"]
