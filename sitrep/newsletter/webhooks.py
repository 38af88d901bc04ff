"""The ESP webhook URLs: anymail's, answering only for the ESP that EMAIL_BACKEND names
(`esp_webhook_urlpatterns`, under /anymail/<esp>/tracking/ and /anymail/<esp>/inbound/); any
other ESP's URL, or a configured one missing its settings, is a 404. What the reports do is in
signal_handlers.py (the receivers) and actions/subscribers.py (`do_apply_esp_report`). See
docs/newsletter.md, "Bounces and complaints".
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from functools import wraps

from anymail.exceptions import AnymailConfigurationError
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.urls import URLPattern

logger = logging.getLogger(__name__)


def configured_esp() -> str | None:
    """The anymail ESP that EMAIL_BACKEND names ("mailgun" for
    anymail.backends.mailgun.EmailBackend), or None when mail goes out another way."""
    parts = str(settings.EMAIL_BACKEND).split(".")
    if len(parts) == 4 and parts[:2] == ["anymail", "backends"] and parts[2] != "test":
        return parts[2]
    return None


def _esp_of(pattern: URLPattern) -> str:
    """The ESP a route of anymail.urls is for: its first path segment."""
    return str(pattern.pattern).lstrip("^").split("/", 1)[0]


def _only_for_configured_esp(view: Callable[..., HttpResponse], esp: str) -> Callable:
    """Anymail's webhook view, answering 404 unless `esp` is the configured ESP and its webhook
    settings are complete. Unwrapped, every route of every ESP answers and an unconfigured one
    raises AnymailConfigurationError on any request (a 500 to anyone who asks); a configured
    one keeps anymail's own answers to bad requests (405 for GET, 400 for missing auth or a
    bad signature)."""

    @wraps(view)
    def webhook(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if configured_esp() != esp:
            return _not_found(request)
        try:
            return view(request, *args, **kwargs)
        except AnymailConfigurationError as error:
            # The ESP sends our mail but this webhook lacks a setting (a signing key, …):
            # the webhook does not exist yet. The message names the setting, never its value.
            logger.warning("ESP %s webhook called but not configured: %s", esp, error)
            return _not_found(request)

    return webhook


class _NoLanguagePrefixes:
    """A URLconf without i18n_patterns (see `_not_found`)."""

    urlpatterns: list = []


def _not_found(request: HttpRequest) -> HttpResponse:
    # LocaleMiddleware answers a 404 outside the language-prefixed URLs with a redirect to
    # /<lang>/<path> whenever that path resolves, and Wagtail's page tree resolves every path:
    # an ESP (or a scanner) would get a 302 to a page. It reads request.urlconf to decide.
    request.urlconf = _NoLanguagePrefixes  # type: ignore[attr-defined]
    return HttpResponseNotFound()


def esp_webhook_urlpatterns() -> list[URLPattern]:
    """anymail.urls with every view wrapped by `_only_for_configured_esp` (checked per request,
    so settings overridden in tests apply)."""
    from anymail import urls as anymail_urls

    patterns = []
    for pattern in anymail_urls.urlpatterns:
        wrapped = copy.copy(pattern)
        wrapped.callback = _only_for_configured_esp(pattern.callback, _esp_of(pattern))
        patterns.append(wrapped)
    return patterns
