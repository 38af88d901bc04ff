"""Logging filters. See docs/newsletter.md, "Subscribers and privacy".

The newsletter's confirmation, preferences and unsubscribe links carry a secret in their path
(/<lang>/newsletter/preferences/<token>/). Whoever holds one can change or end a subscription,
so it must not end up in a log line: Django logs the path of every 4xx/5xx response
("Bad Request: /en/newsletter/preferences/<token>/") and the development server logs every
request line. `RedactLinkTokens` replaces the token (and anything after it in the path) with
"[redacted]"; it is registered on the `django.request` and `django.server` loggers and on the
console handler in settings.LOGGING.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Mapping
from typing import Any

REDACTED = "[redacted]"
# The token segment and any segments after it, up to the end of the path (query, fragment,
# whitespace or a quote end it).
_LINK_TOKEN = re.compile(
    r"(/newsletter/(?:confirm|preferences|unsubscribe)/)[^/\s?#\"'<>]+(?:/[^/\s?#\"'<>]+)*"
)
_META_PATH_KEYS = ("PATH_INFO", "REQUEST_URI", "RAW_URI", "SCRIPT_URL", "SCRIPT_URI")


def redact_link_tokens(text: str) -> str:
    """`text` with the secret part of every newsletter link path replaced by "[redacted]"."""
    if "/newsletter/" not in text:
        return text
    return _LINK_TOKEN.sub(rf"\g<1>{REDACTED}", text)


def _redact_arg(value: Any) -> Any:
    if isinstance(value, str):
        return redact_link_tokens(value)
    if value is None or isinstance(value, (int, float)):
        return value  # keep %d and %f working
    text = str(value)
    redacted = redact_link_tokens(text)
    return value if redacted == text else redacted


def _redacted_request(request: Any) -> Any:
    """A shallow copy of an HttpRequest whose path and path-carrying META entries are redacted
    (the live request is left alone). Handlers such as AdminEmailHandler read these."""
    path = getattr(request, "path", None)
    if not isinstance(path, str) or redact_link_tokens(path) == path:
        return request
    clone = copy.copy(request)
    clone.path = redact_link_tokens(path)
    path_info = getattr(request, "path_info", None)
    if isinstance(path_info, str):
        clone.path_info = redact_link_tokens(path_info)
    meta = getattr(request, "META", None)
    if isinstance(meta, Mapping):
        meta = dict(meta)
        for key in _META_PATH_KEYS:
            if isinstance(meta.get(key), str):
                meta[key] = redact_link_tokens(meta[key])
        clone.META = meta
        if hasattr(request, "environ"):
            clone.environ = meta
    return clone


class RedactLinkTokens(logging.Filter):
    """Redact newsletter link tokens from a record's message, arguments and request. Never drops
    a record. As a logger filter it changes the record in place, so every handler the record
    propagates to sees the redacted version."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_link_tokens(record.msg)
        if isinstance(record.args, Mapping):
            record.args = {key: _redact_arg(value) for key, value in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(_redact_arg(value) for value in record.args)
        request = getattr(record, "request", None)
        if request is not None:
            record.request = _redacted_request(request)
        return True
