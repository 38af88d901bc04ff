"""Content-Security-Policy: a strict policy for public pages and a Wagtail-compatible one for the
admin (see docs/deployment.md, "Rich text and Content-Security-Policy").

A small middleware rather than django-csp: we need one fixed policy per URL area and no nonces
(public pages run no script at all; Wagtail's admin templates cannot take nonces, so the admin
needs 'unsafe-inline' anyway). django-csp 4 chooses policies per view via decorators, which
cannot reach Wagtail's many admin views without wrapping its URLconf.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "Content-Security-Policy"


def build_policy(directives: Mapping[str, Iterable[str]]) -> str:
    """Serialise {"img-src": ["'self'", "data:"]} as "img-src 'self' data:"; empty lists make
    value-less directives (e.g. upgrade-insecure-requests)."""
    parts = []
    for name, sources in directives.items():
        values = " ".join(sources)
        parts.append(f"{name} {values}" if values else name)
    return "; ".join(parts)


class ContentSecurityPolicyMiddleware:
    """Adds the public or the admin policy to every response that has none of its own.

    An editor's preview of a page is rendered by Wagtail through the middleware once more, at the
    page's own address, and shown in the page editor's iframe: it gets the public policy (what
    readers will get) except that the admin may frame it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.public_policy = build_policy(settings.SITREP_CSP_PUBLIC)
        self.preview_policy = build_policy(
            {**settings.SITREP_CSP_PUBLIC, "frame-ancestors": ["'self'"]}
        )
        self.admin_policy = build_policy(settings.SITREP_CSP_ADMIN)
        self.admin_prefixes = tuple(settings.SITREP_CSP_ADMIN_PREFIXES)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if HEADER not in response.headers:
            if request.path_info.startswith(self.admin_prefixes):
                response.headers[HEADER] = self.admin_policy
            elif getattr(request, "is_preview", False):  # set by Wagtail's preview request
                response.headers[HEADER] = self.preview_policy
            else:
                response.headers[HEADER] = self.public_policy
        return response
