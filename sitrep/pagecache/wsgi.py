"""A thin WSGI layer that answers stored pages before Django's handler runs: no request object,
no middleware, no URL resolution — a key, a lookup, a write. Misses go to Django, whose first
middleware stores the page under the same key (docs/performance.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import serving


class PageCacheApplication:
    def __init__(self, application: Callable) -> None:
        self.application = application

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        found = serving.request_key(environ)
        if found is not None:
            entry = serving.find(found[0])
            if entry is not None:
                status, headers, body = serving.answer(entry, environ, "hit")
                start_response(serving.status_line(status), headers)
                return [body]
            environ[serving.KEY_ENVIRON] = found
        return self.application(environ, start_response)
