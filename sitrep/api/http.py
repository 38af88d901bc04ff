"""What every API response carries, whatever the endpoint: CORS, caching headers and
conditional GET, JSON for 404/405, HEAD and the CORS preflight (OPTIONS).

Applied to each view of the API's URLconf (urls.py) rather than as middleware, so the rest of
the site is untouched.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotAllowed
from django.utils import timezone
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import http_date

from sitrep.core.generation import content_generation

MAX_AGE = 60  # seconds: a weekly publication, but corrections should show within a minute
ALLOWED = "GET, HEAD, OPTIONS"
# The URLconf LocaleMiddleware sees for API responses (see `api_view`).
API_URLCONF = "sitrep.api.root_urls"


def json_error(status: int, detail: str) -> HttpResponse:
    return HttpResponse(
        json.dumps({"detail": detail, "errors": []}), status=status, content_type="application/json"
    )


def last_modified() -> int:
    """When the content last changed, as seen by the first API request after the change (the
    site-wide content generation is bumped on every change, publishing or unpublishing)."""
    key = f"api:last-modified:{content_generation()}"
    return cache.get_or_set(key, int(timezone.now().timestamp()), timeout=None)


def add_cors(response: HttpResponseBase) -> HttpResponseBase:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
    return response


def preflight() -> HttpResponse:
    response = HttpResponse(status=204)
    response.headers["Allow"] = ALLOWED
    response.headers["Access-Control-Allow-Methods"] = ALLOWED
    response.headers["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
    response.headers["Access-Control-Max-Age"] = "86400"
    return response


def api_view(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponseBase:
        head = request.method == "HEAD"
        if request.method == "OPTIONS":
            response: HttpResponseBase = preflight()
        else:
            if head:
                request.method = "GET"
            response = view(request, *args, **kwargs)
            if head:
                request.method = "HEAD"
            if isinstance(response, HttpResponseNotAllowed) or response.status_code == 405:
                response = json_error(
                    405, f"Method {request.method} is not allowed: this API is read-only."
                )
                response.headers["Allow"] = ALLOWED
            elif response.status_code == 200 and request.method in ("GET", "HEAD"):
                response = _cacheable(request, response)
        if head and isinstance(response, HttpResponse):
            length = len(response.content)
            response.content = b""
            response.headers["Content-Length"] = str(length)
        # LocaleMiddleware would answer a 404 under /api/ with a redirect to /en/api/…/ (the
        # site's i18n URLconf matches any path there): it reads the request's URLconf, so it is
        # pointed at one without language prefixes. Set after the view, so only middleware
        # that runs on the response sees it.
        request.urlconf = API_URLCONF
        return add_cors(response)

    wrapped.csrf_exempt = True  # read-only: no state to protect
    return wrapped


def _cacheable(request: HttpRequest, response: HttpResponse) -> HttpResponseBase:
    response.headers.setdefault("Cache-Control", f"public, max-age={MAX_AGE}")
    modified = last_modified()
    response.headers["Last-Modified"] = http_date(modified)
    set_response_etag(response)
    return get_conditional_response(
        request, etag=response.headers["ETag"], last_modified=modified, response=response
    )


def not_found(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    return json_error(404, f"No API endpoint at {request.path}; see /api/v1/openapi.json.")
