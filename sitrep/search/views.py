"""`/<lang>/search/?q=…`: parse, search, paginate, render (docs/search.md)."""

from __future__ import annotations

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from sitrep.publishing.models import HomePage, Topic
from sitrep.publishing.trends import Trend

from . import query as search_query
from .selectors import Filters, alias_groups, all_languages, search_articles
from .snippets import highlight

PAGE_SIZE = 10
ALL = "all"


def _date(value: str | None):
    import datetime

    try:
        return datetime.date.fromisoformat((value or "").strip()[:10]) if value else None
    except ValueError:
        return None


@require_GET
def search(request: HttpRequest):
    language = (get_language() or "en").split("-")[0]
    text = request.GET.get("q", "").replace("\x00", "")
    scope = request.GET.get("lang", "")
    topic_slug = request.GET.get("topic", "")
    trend = request.GET.get("trend", "")
    topics = list(Topic.objects.filter(locale__language_code=language))
    if topic_slug not in {topic.slug for topic in topics}:
        topic_slug = ""
    if trend not in Trend.values:
        trend = ""
    filters = Filters(
        languages=all_languages() if scope == ALL else (language,),
        topic_slug=topic_slug,
        trend=trend,
        date_from=_date(request.GET.get("from")),
        date_to=_date(request.GET.get("to")),
    )
    parsed = search_query.parse(text, alias_groups())
    results = search_articles(parsed, filters)
    page_obj = None
    hits = []
    if parsed.query is not None:
        paginator = Paginator(results, PAGE_SIZE)
        raw_page = request.GET.get("page", "1")
        if not raw_page.isdigit() or int(raw_page) < 1:
            params = request.GET.copy()
            params.pop("page", None)
            return redirect(f"{request.path}?{params.urlencode()}")
        try:
            page_obj = paginator.page(int(raw_page))
        except EmptyPage as exc:
            if int(raw_page) > 1:
                raise Http404 from exc
            page_obj = None
        if page_obj is not None:
            words = frozenset(parsed.words)
            for article in page_obj.object_list:
                hits.append(
                    {
                        "article": article,
                        "title": highlight(article.title, words, parsed.keys),
                        "snippet": highlight(article.lead, words, parsed.keys),
                    }
                )
    params = request.GET.copy()
    params.pop("page", None)
    home = HomePage.objects.filter(locale__language_code=language).first()
    context = {
        "page": home,
        "home_route": "search/",
        "nav_section": "search",
        "query_text": text[: search_query.MAX_QUERY_CHARS],
        "shortened": parsed.shortened,
        "hits": hits,
        "page_obj": page_obj,
        "page_range": list(
            page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
        )
        if page_obj
        else [],
        "count": page_obj.paginator.count if page_obj else 0,
        "searched": parsed.query is not None,
        "topics": topics,
        "trends": Trend.choices,
        "filters": filters,
        "scope": scope,
        "query_string": params.urlencode(),
        "max_chars": search_query.MAX_QUERY_CHARS,
    }
    response = TemplateResponse(request, "search/results.html", context)
    if parsed.query is not None:
        # Results for a query are personal enough: keep them out of shared caches and indexes.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response
