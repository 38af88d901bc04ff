"""State changes of the publication's own settings (see `sitrep.core.models`)."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from .models import PublicationSettings
from .publication import DEMO_TAGLINES, LANGUAGES, initial_values


@transaction.atomic
def do_ensure_publication_settings() -> PublicationSettings:
    """Give the publication its name in every language on a new installation.

    Names are filled only while all of them are blank (a new installation, or a row Wagtail
    created empty on a first request): what an editor set in the admin is never overwritten.
    Idempotent: safe on every start.
    """
    current = PublicationSettings.objects.select_for_update().first()
    if current is None:
        return PublicationSettings.objects.create(**initial_values(settings.SITE_NAME))
    names = [f"name_{lang}" for lang in LANGUAGES]
    if not any(getattr(current, field) for field in names):
        values = initial_values(settings.SITE_NAME)
        for field, value in values.items():
            setattr(current, field, value)
        current.save(update_fields=list(values))
    return current


# Placeholders for the demo: an editor replaces them with the publication's own channels.
DEMO_FOLLOW_LINKS = [
    {"kind": "telegram", "url": "https://t.me/sitrep_demo", "label": "", "language": ""},
    {"kind": "youtube", "url": "https://www.youtube.com/@sitrep_demo", "label": "", "language": ""},
]


@transaction.atomic
def do_seed_demo_publication_settings() -> PublicationSettings:
    """The demo publication's taglines and "Follow us" links, where none are set yet."""
    current = do_ensure_publication_settings()
    current = PublicationSettings.objects.select_for_update().get(pk=current.pk)
    changed = []
    for lang in LANGUAGES:
        if not getattr(current, f"tagline_{lang}"):
            setattr(current, f"tagline_{lang}", DEMO_TAGLINES[lang])
            changed.append(f"tagline_{lang}")
    if not len(current.follow_links):
        current.follow_links = [("link", link) for link in DEMO_FOLLOW_LINKS]
        changed.append("follow_links")
    if changed:
        current.save(update_fields=changed)
    return current
