from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject, lazy
from django.utils.translation import get_language

from .generation import content_generation
from .models import publication_identity

# Built once: each lazy() call makes a new proxy class, a cost on every request.
_lazy_attribute = lazy(getattr, str)


def site(request: HttpRequest) -> dict[str, object]:
    """The publication's name, tagline and links in the page's language. Lazy: a template that
    shows none of them costs nothing; one that does reads them once per content generation."""
    identity = SimpleLazyObject(lambda: publication_identity(get_language() or "en"))
    return {
        "SITE_NAME": _lazy_attribute(identity, "name"),
        "SITE_TAGLINE": _lazy_attribute(identity, "tagline"),
        "FOLLOW_LINKS": SimpleLazyObject(lambda: list(identity.follow_links)),
        "SITE_URL": settings.SITE_URL,
        # For the keys of cached fragments (base.html): read only by a template that uses it.
        "CONTENT_GENERATION": SimpleLazyObject(content_generation),
    }
