"""The paginated lists (the archive, a topic's articles), at a cost that does not grow with the
archive (issue 10).

Numbering a long list's pages needs its length, and its N-th page needs the order of everything
before it: on 520 weeks the count and the sorted subquery read every issue (or every article of
a topic) of the language on each render, which made these pages 1.3–1.7× slower than on 14
weeks on SQLite. The list's primary keys in order are the same for every reader until the next
content change, so they are read once per content generation (`sitrep/core/generation.py`,
bumped by every change a public page can show) and kept in Django's default cache: a render
then reads one cache entry and the full rows of its own page only.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import models

from sitrep.core.generation import content_generation

from .pagination import get_page_or_404

# A cached list outlives no content change (the key holds the generation); the timeout only
# lets entries of old generations go.
ORDERED_IDS_SECONDS = 3600


def ordered_ids(list_key: str, queryset: models.QuerySet) -> list[int]:
    """The primary keys of `queryset`, in its order, as of the current content generation.

    `list_key` names the list (say, one topic's articles): two lists must never share one."""
    key = f"publishing:ordered-ids:{list_key}:{content_generation()}"
    ids = cache.get(key)
    if ids is None:
        ids = list(queryset.values_list("pk", flat=True))
        cache.set(key, ids, ORDERED_IDS_SECONDS)
    return ids


def paginate(
    list_key: str,
    listed: models.QuerySet,
    rows: models.QuerySet,
    per_page: int,
    page_number: int,
) -> dict[str, object]:
    """`page_obj` and an elided `page_range` for includes/pagination.html, the page past the end
    a 404.

    `listed` says which items are in the list and in what order; `rows` how one item is loaded
    for display (select_related, defer). Only the current page's rows are loaded, by primary
    key, in the list's order."""
    page_obj = get_page_or_404(ordered_ids(list_key, listed), per_page, page_number)
    page_ids = list(page_obj.object_list)
    loaded = {row.pk: row for row in rows.filter(pk__in=page_ids)}
    page_obj.object_list = [loaded[pk] for pk in page_ids if pk in loaded]
    page_range = page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=1, on_ends=1
    )
    return {"page_obj": page_obj, "page_range": list(page_range)}
