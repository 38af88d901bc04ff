"""Which requests the page cache answers and under which key; which responses it keeps.

Pure functions over the WSGI environ (request.META is the same mapping), so the WSGI layer
(sitrep/pagecache/wsgi.py) and the middleware decide exactly alike. See docs/performance.md.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from functools import lru_cache
from http.cookies import SimpleCookie
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlencode

from django.conf import settings

# Query parameters public pages read (pagination, the trend monitor's filters, the search form
# without a query, the untranslated-page notice). A request with any other parameter is
# answered by Django uncached: a page might read it, and a key per tracking tag would only
# fill the cache. Newsletter links carry none.
USED_QUERY_PARAMETERS = frozenset(
    {"page", "untranslated", "topic", "range", "from", "to", "lang", "trend", "q"}
)
# Never cached whatever the response says: the admin and its previews, the API (its own
# caching headers), media and static files (whitenoise, the web server), ESP webhooks, and the
# newsletter's token pages (a token must not become a cache key or a file name).
EXCLUDED_PATHS = re.compile(
    r"^/(?:admin|api|documents|static|media|anymail|cms|django-admin)/"
    r"|^/[a-z]{2}(?:-[a-z]+)?/newsletter/"
)
LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2}(?:-[a-z]+)?)/")
# Statuses kept: pages and "not found" (error pages other than 404 never are).
CACHED_STATUSES = frozenset({200, 404})
# Vary values a stored page may carry: the key holds the language, the entry every encoding.
ALLOWED_VARY = frozenset({"accept-encoding", "accept-language"})
COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "image/svg+xml",
    "application/javascript",
)


def _session_cookie_present(cookie_header: str) -> bool:
    name = settings.SESSION_COOKIE_NAME
    if name not in cookie_header:  # the common case, without parsing
        return False
    try:
        cookies = SimpleCookie()
        cookies.load(cookie_header)
    except Exception:  # an unparsable header: treat it as a session, never cache
        return True
    return name in cookies


def _cookie_value(cookie_header: str, name: str) -> str:
    if name not in cookie_header:
        return ""
    try:
        cookies = SimpleCookie()
        cookies.load(cookie_header)
    except Exception:
        return ""
    morsel = cookies.get(name)
    return morsel.value if morsel else ""


@lru_cache(maxsize=256)
def negotiated_language(cookie_language: str, accept_language: str) -> str:
    """The language Django's LocaleMiddleware picks for a URL without a language prefix."""
    from django.utils.translation import trans_real

    request = SimpleNamespace(
        COOKIES={settings.LANGUAGE_COOKIE_NAME: cookie_language} if cookie_language else {},
        META={"HTTP_ACCEPT_LANGUAGE": accept_language},
    )
    # Only COOKIES and META are read when check_path is False.
    return trans_real.get_language_from_request(request, check_path=False)  # type: ignore[arg-type]


@lru_cache(maxsize=1024)
def _normalised_query(query_string: str) -> str | None:
    """The used query parameters in a stable order, or None when the request is not cached."""
    if not query_string:
        return ""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    for name, value in pairs:
        if name not in USED_QUERY_PARAMETERS:
            return None
        if name == "q" and value.strip():
            return None  # search results for a query: never cached
    return urlencode(sorted(pairs))


def _scheme(environ: Mapping[str, str]) -> str:
    header = settings.SECURE_PROXY_SSL_HEADER
    if header:
        name, secure = header
        value = environ.get(name)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure else "http"
    return environ.get("wsgi.url_scheme", "http")


def _host(environ: Mapping[str, str]) -> str:
    host = environ.get("HTTP_HOST")
    if not host:
        host = f"{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}"
    return host.lower()


def cache_key(environ: Mapping[str, str], generation: int) -> str | None:
    """The key of the stored page that answers this request, or None when the page cache must
    not answer it (and must not keep its response)."""
    method = environ.get("REQUEST_METHOD", "GET")
    if method not in ("GET", "HEAD"):
        return None
    path = environ.get("PATH_INFO", "/") or "/"
    if EXCLUDED_PATHS.match(path):
        return None
    cookie_header = environ.get("HTTP_COOKIE", "")
    if cookie_header and _session_cookie_present(cookie_header):
        return None  # an editor: pages show the user bar, previews, drafts
    if environ.get("HTTP_AUTHORIZATION"):
        return None
    query = _normalised_query(environ.get("QUERY_STRING", ""))
    if query is None:
        return None
    prefix = LANGUAGE_PREFIX.match(path)
    if prefix:
        language = prefix.group(1)
    else:
        language = negotiated_language(
            _cookie_value(cookie_header, settings.LANGUAGE_COOKIE_NAME),
            environ.get("HTTP_ACCEPT_LANGUAGE", ""),
        )
    raw = f"{generation}|{_scheme(environ)}://{_host(environ)}{path}?{query}|{language}"
    return (
        "page:"
        + hashlib.blake2b(raw.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()
    )


@lru_cache(maxsize=64)
def preferred_encoding(accept_encoding: str) -> str:
    """br, gzip or identity: the best the client accepts (q=0 refuses)."""
    accepted: dict[str, float] = {}
    for part in accept_encoding.lower().split(","):
        token, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        if token:
            accepted[token.strip()] = quality
    star = accepted.get("*", 0.0)
    for encoding in ("br", "gzip"):
        if accepted.get(encoding, star) > 0:
            return encoding
    return "identity"


def storable(status: int, headers: Mapping[str, str], has_cookies: bool, streaming: bool) -> bool:
    """Whether a response may be kept and served to every anonymous reader."""
    if status not in CACHED_STATUSES or streaming or has_cookies:
        return False
    if "Content-Encoding" in headers:
        return False
    cache_control = headers.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.strip().lower() for v in headers.get("Vary", "").split(",") if v.strip()}
    return vary <= ALLOWED_VARY


def compressible(content_type: str) -> bool:
    return content_type.lower().startswith(COMPRESSIBLE)
