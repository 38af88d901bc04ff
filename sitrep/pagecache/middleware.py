"""The page cache as Django's first middleware (docs/performance.md).

It answers stored pages (when the WSGI layer in sitrep/wsgi.py has not already: under the test
client, ASGI or a WSGI server pointed at Django's handler) and stores what every middleware
below produced, headers included, so a stored answer is the same as a rendered one. Pages it
stores are compressed by it, once, in every encoding; everything else is compressed by Django's
GZipMiddleware as before.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.gzip import GZipMiddleware

from . import serving
from .policy import storable


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.gzip = GZipMiddleware(get_response)

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        environ = request.META
        looked_up = environ.pop(serving.KEY_ENVIRON, None)
        found = looked_up or serving.request_key(environ)
        if found is None:
            return self.get_response(request)
        key, generation = found
        if looked_up is None:
            entry = serving.find(key)
            if entry is not None:
                return self._response(*serving.answer(entry, environ, "hit"))
        if request.method != "GET":  # HEAD: answered above when stored, never stored
            return self.get_response(request)
        # The page is rendered uncompressed, to be stored and compressed in every encoding.
        accept_encoding = environ.pop("HTTP_ACCEPT_ENCODING", None)
        try:
            response = self.get_response(request)
        finally:
            if accept_encoding is not None:
                environ["HTTP_ACCEPT_ENCODING"] = accept_encoding
        if storable(
            response.status_code,
            response.headers,
            bool(response.cookies),
            response.streaming,
        ):
            vary = response.headers.get("Vary", "").lower()
            entry = serving.keep(
                key,
                generation,
                response.status_code,
                list(response.headers.items()),
                response.content,  # type: ignore[attr-defined]  # not streaming: checked above
                "accept-language" in vary,
            )
            return self._response(*serving.answer(entry, environ, "miss"))
        return self.gzip.process_response(request, response)

    @staticmethod
    def _response(status: int, headers: list[tuple[str, str]], body: bytes) -> HttpResponse:
        response = HttpResponse(body, status=status)
        for name, value in headers:
            response.headers[name] = value
        return response
