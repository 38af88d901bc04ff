"""Each editorial action done the way a person does it: through the admin's own URLs. Each
function returns whether the action took effect, judged from the database, or a function that
judges it once the transaction's on-commit work has run (not a test module)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision
from wagtail_localize.models import StringTranslation

from sitrep.newsletter.crypto import email_index
from sitrep.newsletter.models import Campaign, Subscriber
from sitrep.publishing.models import ArticlePage

from .world import ADDRESSES, World, article_form


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def in_future(days: int = 3) -> str:
    return (timezone.localtime() + datetime.timedelta(days=days)).strftime("%Y-%m-%d %H:%M")


def create(c: Client, w: World) -> bool:
    url = reverse("wagtailadmin_pages:add", args=["publishing", "articlepage", w.issue.pk])
    c.post(url, article_form(topic=str(w.topic["en"].pk)))
    return ArticlePage.objects.filter(slug="a-new-article").exists()


def edit(c: Client, w: World) -> bool:
    c.post(edit_url(w.draft), article_form(w.draft, title="Wages stall, edited"))
    return w.reload(w.draft).draft_title == "Wages stall, edited"


def submit(c: Client, w: World) -> bool:
    c.post(edit_url(w.draft), article_form(w.draft, **{"action-submit": "1"}))
    return w.reload(w.draft).workflow_in_progress


def _workflow_action(c: Client, w: World, action: str) -> None:
    state = w.reload(w.in_review).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[w.in_review.pk, action, state.pk])
    c.post(url, {"comment": "Checked the figures."})


def approve(c: Client, w: World) -> bool:
    _workflow_action(c, w, "approve")
    return w.reload(w.in_review).live


def request_changes(c: Client, w: World) -> bool:
    _workflow_action(c, w, "reject")
    state = w.reload(w.in_review).workflow_states.order_by("-pk").first()
    return state.status == "needs_changes"


def publish(c: Client, w: World) -> bool:
    c.post(edit_url(w.draft), article_form(w.draft, **{"action-publish": "1"}))
    return w.reload(w.draft).live


def schedule(c: Client, w: World) -> bool:
    data = article_form(w.draft, go_live_at=in_future(), **{"action-publish": "1"})
    c.post(edit_url(w.draft), data)
    return Revision.objects.for_instance(w.draft).filter(approved_go_live_at__isnull=False).exists()


def unpublish(c: Client, w: World) -> bool:
    c.post(reverse("wagtailadmin_pages:unpublish", args=[w.live.pk]), {})
    return not w.reload(w.live).live


def _copy(c: Client, w: World) -> ArticlePage | None:
    c.post(
        reverse("wagtailadmin_pages:copy", args=[w.live.pk]),
        {
            "new_title": "Prices keep rising (copy)",
            "new_slug": "prices-keep-rising-copy",
            "new_parent_page": str(w.next_issue.pk),
            "publish_copies": "on",
        },
    )
    return ArticlePage.objects.filter(slug="prices-keep-rising-copy").first()


def copy(c: Client, w: World) -> bool:
    return _copy(c, w) is not None


def publish_a_copy(c: Client, w: World) -> bool:
    page = _copy(c, w)
    return page is not None and page.live


def move(c: Client, w: World) -> bool:
    c.post(reverse("wagtailadmin_pages:move_confirm", args=[w.live.pk, w.next_issue.pk]))
    return w.reload(w.live).get_parent().pk == w.next_issue.pk


def delete(c: Client, w: World) -> bool:
    c.post(reverse("wagtailadmin_pages:delete", args=[w.live.pk]))
    return not ArticlePage.objects.filter(pk=w.live.pk).exists()


def revert(c: Client, w: World) -> bool:
    """Publish an earlier revision of a live page again."""
    old = w.old_revision.as_object()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[w.live.pk, w.old_revision.pk])
    c.post(url, article_form(old, **{"action-publish": "1"}))
    return w.reload(w.live).title == old.title


def _bulk(c: Client, action: str, page) -> None:
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    c.post(f"{url}?id={page.pk}", {"include_descendants": ""})


def bulk_publish(c: Client, w: World) -> bool:
    _bulk(c, "publish", w.draft)
    return w.reload(w.draft).live


def bulk_unpublish(c: Client, w: World) -> bool:
    _bulk(c, "unpublish", w.live)
    return not w.reload(w.live).live


def campaign_start(c: Client, w: World) -> bool:
    url = reverse("newsletter_admin:start", args=[w.issue.pk])
    send_at = in_future(days=1).replace(" ", "T")
    # With the confirmation page's field: the matrix asks whether the role may act.
    c.post(url, {"when": "later", "send_at": send_at, "confirm": "yes"})
    return Campaign.objects.filter(issue=w.issue, status=Campaign.Status.SCHEDULED).exists()


def campaign_cancel(c: Client, w: World) -> bool:
    c.post(
        reverse("newsletter_admin:control", args=[w.next_issue.pk, "cancel"]), {"confirm": "yes"}
    )
    return Campaign.objects.get(issue=w.next_issue).status == Campaign.Status.CANCELLED


def subscriber_list(c: Client, w: World) -> bool:
    return c.get(reverse("newsletter_admin:subscribers")).status_code == 200


def subscriber_addresses(c: Client, w: World) -> bool:
    response = c.get(reverse("newsletter_admin:subscribers"))
    return ADDRESSES[0] in response.content.decode()


def export_addresses(c: Client, w: World) -> bool:
    """An export with addresses asks for the password again first (make_member's password)."""
    c.post(reverse("newsletter_admin:export_password"), {"password": "x" * 16})
    response = c.get(reverse("newsletter_admin:export"))
    if response.status_code != 200 or not hasattr(response, "streaming_content"):
        return False
    return ADDRESSES[0] in b"".join(response.streaming_content).decode()


def import_subscribers(c: Client, w: World) -> bool:
    upload = SimpleUploadedFile(
        "list.csv", b"email,language\nnew.reader@example.org,ru\n", content_type="text/csv"
    )
    c.post(
        reverse("newsletter_admin:import"),
        {"file": upload, "confirmed": "on", "consent_source": "signed up at a conference"},
    )
    return Subscriber.objects.filter(email_hash=email_index("new.reader@example.org")).exists()


def edit_english_source(c: Client, w: World) -> bool:
    """Edit the English article that the Belarusian translation is made from."""
    c.post(edit_url(w.live), article_form(w.live, title="Prices rise again"))
    return w.reload(w.live).draft_title == "Prices rise again"


def translate(c: Client, w: World) -> bool:
    """Translate one string in wagtail-localize's editor."""
    segment = w.be_translation.source.stringsegment_set.order_by("order").first()
    url = reverse(
        "wagtail_localize:edit_string_translation", args=[w.be_translation.pk, segment.pk]
    )
    # The editor's JavaScript sends each string as it is typed, as a form-encoded PUT.
    c.put(
        url, encode_multipart(BOUNDARY, {"value": "Цэны растуць"}), content_type=MULTIPART_CONTENT
    )
    return StringTranslation.objects.filter(
        translation_of_id=segment.string_id, locale=w.be_translation.target_locale
    ).exists()


def submit_translation(c: Client, w: World) -> bool:
    c.post(reverse("editorial_submit_translation", args=[w.be_translation.pk]))
    return w.reload(w.be_live).workflow_in_progress


def publish_translation(c: Client, w: World) -> Callable[[], bool]:
    """wagtail-localize's editor's own "Publish"; it publishes after the commit, so this is
    judged afterwards."""
    c.post(edit_url(w.be_live), {"action": "publish"})
    return lambda: w.reload(w.be_live).live
