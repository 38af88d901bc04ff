"""Page numbers of the paginated lists (the archive, a topic's articles).

A well-formed number past the end is a 404: a stale or guessed link must not pass for page 1.
Anything malformed (`?page=abc`, `?page=0`, `?page=-1`) redirects to page 1, so search engines
and caches do not keep copies of page 1 under made-up addresses.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest
from django.utils.http import urlencode

PAGE_PARAM = "page"


@dataclass(frozen=True)
class PageRequest:
    number: int
    # Where to send the reader instead (a malformed number), or "".
    redirect_to: str = ""


def parse_page_number(value: str | None) -> int | None:
    """The page number in `value`, or None when it is not a plain positive integer."""
    if value is None:
        return 1
    if not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if number >= 1 else None


def without_page(query: dict[str, list[str]]) -> str:
    """The query string with the page number dropped, other parameters kept."""
    return urlencode([(k, v) for k, values in query.items() if k != PAGE_PARAM for v in values])


def page_request(request: HttpRequest) -> PageRequest:
    """The requested page number, or a redirect to page 1 when `?page=` is malformed."""
    number = parse_page_number(request.GET.get(PAGE_PARAM))
    if number is not None:
        return PageRequest(number)
    query = without_page(dict(request.GET.lists()))
    return PageRequest(1, redirect_to=request.path + (f"?{query}" if query else ""))


def get_page_or_404(items, per_page: int, number: int) -> PaginatorPage:
    """Page `number` of `items`; past the end (and not the first page of an empty list) is a
    404."""
    paginator = Paginator(items, per_page)
    if number > paginator.num_pages:
        raise Http404
    return paginator.page(number)
