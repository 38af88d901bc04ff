"""The two emails a signup request can cause: the confirmation request and "you are already
subscribed". Rendering is separate from sending so tests and previews can look at the result.
See docs/newsletter.md, "Subscribers and privacy".

Templates are triples under templates/newsletter/emails/: <name>.subject.txt, <name>.txt and
<name>.html, rendered with the recipient's language active.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import make_msgid
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from sitrep.core.models import publication_identity

CONFIRMATION = "confirmation"
ALREADY_SUBSCRIBED = "already_subscribed"


@dataclass(frozen=True)
class RenderedNotice:
    subject: str
    text: str
    html: str
    language: str
    from_email: str = ""  # From: the sender name in this language, the configured address


def render_notice(name: str, context: dict[str, Any], language: str) -> RenderedNotice:
    identity = publication_identity(language)
    base = {"SITE_NAME": identity.name, "SITE_URL": settings.SITE_URL, "language": language}
    base.update(context)
    with translation.override(language):
        subject: str = render_to_string(f"newsletter/emails/{name}.subject.txt", base)
        text = render_to_string(f"newsletter/emails/{name}.txt", base)
        html = render_to_string(f"newsletter/emails/{name}.html", base)
    # A subject is one line: whatever the template or a translation does, never a line break.
    subject = " ".join(subject.split())
    return RenderedNotice(
        subject=subject,
        text=text.strip() + "\n",
        html=html,
        language=language,
        from_email=identity.from_email(str(settings.DEFAULT_FROM_EMAIL)),
    )


def build_message(rendered: RenderedNotice, to: str) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=rendered.from_email or settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={
            "Message-ID": make_msgid(domain=settings.SITREP_MAIL_DOMAIN),
            "Content-Language": rendered.language,
            # RFC 3834: tells auto-responders not to answer a message a machine sent.
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(rendered.html, "text/html")
    return message
