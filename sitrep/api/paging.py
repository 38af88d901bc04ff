"""Page-number pagination of the API: `page` (from 1) and `page_size` (at most MAX_PAGE_SIZE)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from django.http import Http404, HttpRequest

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def page_of(
    items, count: int, page: int, page_size: int, request: HttpRequest
) -> tuple[Sequence, dict]:
    """The slice of `items` for `page` and the page's `count/page/pages/next/previous`; a page
    past the end is a 404 (page 1 of nothing is an empty page)."""
    pages = max(1, math.ceil(count / page_size))
    if page > pages:
        raise Http404(f"Page {page} is past the end: there are {pages} pages of {page_size}.")
    start = (page - 1) * page_size
    chunk = list(items[start : start + page_size])
    return chunk, {
        "count": count,
        "page": page,
        "page_size": page_size,
        "pages": pages,
        "next": _link(request, page + 1) if page < pages else None,
        "previous": _link(request, page - 1) if page > 1 else None,
    }


def _link(request: HttpRequest, page: int) -> str:
    params = request.GET.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
