"""Which URLconf a request resolves in: a reader's, the public one (sitrep/public_urls.py), so
that a web process serving readers never loads the admin's and the API's URLconfs; an
editor's (a session cookie, credentials) or any request under the admin, the API or the
webhooks, all of them (sitrep/urls.py). A reader's page links to nothing outside the public
URLs, so both render it the same."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

PUBLIC_URLCONF = "sitrep.public_urls"
# "/admin" without its slash too: CommonMiddleware redirects it to /admin/ only where it resolves.
NOT_PUBLIC_PREFIXES = ("/admin", "/api/", "/anymail/")


def is_readers_request(request: HttpRequest) -> bool:
    return not (
        request.path_info.startswith(NOT_PUBLIC_PREFIXES)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
    )


class ReaderUrlconfMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        # Only where the site's own URLconf is in use (a test may point ROOT_URLCONF elsewhere).
        if settings.ROOT_URLCONF == "sitrep.urls" and is_readers_request(request):
            request.urlconf = PUBLIC_URLCONF  # type: ignore[attr-defined]
        return self.get_response(request)
