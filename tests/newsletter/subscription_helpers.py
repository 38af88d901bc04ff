"""Shared helpers for the subscriber tests (not a test module)."""

from __future__ import annotations

import re

from django.core import mail

from sitrep.newsletter.models import Subscriber
from sitrep.publishing.models import Topic

CSRF_INPUT = re.compile(r'<input type="hidden" name="csrfmiddlewaretoken" value="[^"]*">')
URL = re.compile(r"https?://[^\s\"<>]+")


def strip_csrf(body: bytes) -> str:
    return CSRF_INPUT.sub("", body.decode())


def make_topics(locales) -> None:
    """Two topics in every language, with the same slugs."""
    names = {
        "economy": {"en": "Economy", "be": "Эканоміка", "ru": "Экономика"},
        "security": {"en": "Security", "be": "Бяспека", "ru": "Безопасность"},
    }
    for order, (slug, by_language) in enumerate(names.items()):
        source = Topic.objects.create(
            locale=locales["en"], name=by_language["en"], slug=slug, sort_order=order
        )
        for code in ("be", "ru"):
            Topic.objects.create(
                locale=locales[code],
                translation_key=source.translation_key,
                name=by_language[code],
                slug=slug,
                sort_order=order,
            )


def post_subscribe(
    client, email, *, language="en", page="en", topics=(), ip="203.0.113.7", **extra
):
    data = {"email": email, "language": language, "topics": list(topics), "website": ""}
    data.update(extra)
    return client.post(f"/{page}/newsletter/subscribe/", data, REMOTE_ADDR=ip)


def links_in(message) -> list[str]:
    return URL.findall(message.body)


def only_email():
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    return mail.outbox[0]


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def subscriber_for(email: str) -> Subscriber | None:
    from sitrep.newsletter.actions.subscribers import find_subscriber

    return find_subscriber(email)
