"""A small editorial week for the role tests (not a test module): an English issue with a
live article (two published revisions), a draft article, an article waiting for review, a
Belarusian translation in progress, a second issue, subscribers and a scheduled campaign; and
one user per role."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from sitrep.editorial import roles
from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.crypto import email_index, encrypt_email
from sitrep.newsletter.models import Subscriber
from sitrep.publishing.models import ArticlePage
from tests import factories as f

WEEK = datetime.date(2023, 10, 9)
NEXT_WEEK = datetime.date(2023, 10, 16)
ADDRESSES = ("anna.reader@example.org", "barys.reader@example.net")
ROLE_USERS = {
    "analyst": roles.ANALYST,
    "editor": roles.EDITOR,
    "translator": roles.TRANSLATOR,
    "audience admin": roles.AUDIENCE_ADMIN,
}


@dataclass
class World:
    issue: Any
    next_issue: Any
    live: ArticlePage
    draft: ArticlePage
    in_review: ArticlePage
    be_issue: Any
    be_live: ArticlePage
    be_translation: Translation
    topic: Any
    author: Any
    users: dict[str, Any]
    old_revision: Any

    def client_for(self, who: str) -> Client:
        client = Client()
        client.force_login(self.users[who])
        return client

    def reload(self, page: Page) -> Any:
        return Page.objects.get(pk=page.pk).specific


def make_member(django_user_model, username: str, role_name: str):
    user = django_user_model.objects.create_user(
        username=username, password="x" * 16, first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=role_name))
    return user


def article_form(page: ArticlePage | None = None, **overrides: str) -> dict[str, Any]:
    """What the page editor posts for an article (no authors, no related articles)."""
    data: dict[str, Any] = {
        "title": page.title if page else "A new article",
        "slug": page.slug if page else "a-new-article",
        "lead": page.lead if page else "What changed this week.",
        "topic": str(page.topic_id) if page else "",
        "trend": page.trend if page else "unchanged",
        "body-count": "0",
        "go_live_at": "",
        "expire_at": "",
    }
    for prefix in ("article_authors", "related_links", "comments"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(overrides)
    return data


def build_world(django_user_model) -> World:
    topic = f.make_topics(["economy"])["economy"]
    users = {
        who: make_member(django_user_model, who.replace(" ", "_"), role_name)
        for who, role_name in ROLE_USERS.items()
    }
    issue = f.make_issue(WEEK)
    next_issue = f.make_issue(NEXT_WEEK)
    live = f.make_article(
        issue, title="Prices keep rising", slug="prices-keep-rising", topic=topic["en"]
    )
    old_revision = live.live_revision
    live.title = "Prices keep rising, corrected"
    live.save_revision(user=users["editor"]).publish()
    live = ArticlePage.objects.get(pk=live.pk)

    draft = f.make_article(
        issue, title="Wages stall", slug="wages-stall", topic=topic["en"], live=False
    )
    draft.save_revision(user=users["analyst"])
    in_review = f.make_article(
        issue, title="Exports shift east", slug="exports-shift-east", topic=topic["en"], live=False
    )
    in_review.save_revision(user=users["analyst"])
    in_review.get_workflow().start(in_review, users["analyst"])

    be_issue = f.translate_issue(issue, "be")
    TranslationCreator(users["editor"], [f.locale("be")]).create_translations(live)
    be_live = ArticlePage.objects.get(translation_key=live.translation_key, locale=f.locale("be"))
    be_translation = Translation.objects.get(
        source__object_id=live.translation_key, target_locale=f.locale("be")
    )

    for address in ADDRESSES:
        Subscriber.objects.create(
            email_hash=email_index(address),
            email_encrypted=encrypt_email(address),
            status=Subscriber.Status.CONFIRMED,
            language="en",
            consent_source="test",
            confirmed_at=timezone.now(),
        )
    do_start_campaign(next_issue, send_at=timezone.now() + datetime.timedelta(days=2))
    return World(
        issue=issue,
        next_issue=next_issue,
        live=live,
        draft=ArticlePage.objects.get(pk=draft.pk),
        in_review=ArticlePage.objects.get(pk=in_review.pk),
        be_issue=be_issue,
        be_live=be_live,
        be_translation=be_translation,
        topic=topic,
        author=f.make_author({"en": "Alena Bel"})["en"],
        users=users,
        old_revision=old_revision,
    )
