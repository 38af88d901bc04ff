"""The read API's endpoints (docs/api.md): parse parameters, ask the selectors, shape values.

django-ninja validates every parameter against its type, so a bad one is a 400 before any
query runs, and builds /api/v1/openapi.json from the same types.
"""

from __future__ import annotations

import datetime
from typing import Annotated

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Path, Query
from ninja.errors import ValidationError

from sitrep.search import query as search_query
from sitrep.search.selectors import Filters, alias_groups, all_languages, search_articles
from sitrep.search.snippets import highlight

from . import schemas, selectors, values
from .http import MAX_AGE
from .paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, page_of

MAX_ID = 2**31 - 1  # the largest key any supported database stores; larger would be a 500
MAX_Q = 1000


class BadRequest(Exception):
    pass


api = NinjaAPI(
    title="sitrep read API",
    version="1.0.0",
    description=(
        "Public, read-only JSON API of the publication: weekly issues, articles, topics, "
        "authors and search, in English, Belarusian and Russian. Only published content."
    ),
    urls_namespace="api-v1",
    docs_url=None,  # no HTML docs page: it would load scripts from a CDN (see docs/api.md)
    openapi_url="/openapi.json",
)

ERRORS = {400: schemas.Error, 404: schemas.Error}

PageNumber = Annotated[int, Query(1, ge=1, le=MAX_ID, description="From 1.")]
PageSize = Annotated[
    int, Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="At most 100.")
]
LanguageParam = Annotated[
    schemas.Language | None, Query(None, description="One language; all when absent.")
]
Slug = Annotated[
    str | None,
    Query(None, pattern=r"^[-a-zA-Z0-9_]+$", max_length=80, description="A topic's slug."),
]
Week = Annotated[datetime.date | None, Query(None, description="A Monday, YYYY-MM-DD.")]


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"param": ".".join(str(part) for part in error.get("loc", ())), "message": error["msg"]}
        for error in exc.errors
    ]
    return api.create_response(
        request, {"detail": "Invalid parameters.", "errors": errors}, status=400
    )


@api.exception_handler(BadRequest)
def bad_request(request: HttpRequest, exc: BadRequest) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc), "errors": []}, status=400)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(
        request, {"detail": str(exc) or "Not found.", "errors": []}, status=404
    )


def _week_range(week_from: datetime.date | None, week_to: datetime.date | None) -> None:
    if week_from and week_to and week_from > week_to:
        raise BadRequest("week_from is after week_to.")


def _topic(slug: str | None) -> str | None:
    if slug and not selectors.topic_exists(slug):
        raise BadRequest(f"Unknown topic {slug!r}; see /api/v1/topics.")
    return slug


def _urls(request: HttpRequest) -> values.Urls:
    return values.Urls(request.build_absolute_uri)


def _language(value) -> str | None:
    return value.value if value is not None else None


@api.get(
    "/issues",
    response={200: schemas.IssueList, **ERRORS},
    operation_id="listIssues",
    tags=["issues"],
    summary="Weekly issues, newest first",
)
def list_issues(
    request: HttpRequest,
    language: LanguageParam,
    week_from: Week = None,
    week_to: Week = None,
    page: PageNumber = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
):
    _week_range(week_from, week_to)
    found = selectors.issues(_language(language), week_from, week_to)
    items, meta = page_of(found, found.count(), page, page_size, request)
    urls = _urls(request)
    return {**meta, "results": [values.issue_summary(issue, urls) for issue in items]}


@api.get(
    "/issues/{week}",
    response={200: schemas.IssueDetail, **ERRORS},
    operation_id="getIssue",
    tags=["issues"],
    summary="One week's issue with its articles",
)
def get_issue(
    request: HttpRequest,
    week: Annotated[datetime.date, Path(description="The Monday of the week, YYYY-MM-DD.")],
    language: Annotated[schemas.Language, Query(schemas.Language.en)] = schemas.Language.en,
):
    if week.weekday() != 0:
        raise BadRequest(f"{week.isoformat()} is not a Monday: issues are named by their Monday.")
    issue = selectors.issue_of_week(week, language.value)
    if issue is None:
        raise Http404(f"No published {language.value} issue for the week of {week.isoformat()}.")
    return values.issue_detail(issue, _urls(request))


@api.get(
    "/articles",
    response={200: schemas.ArticleList, **ERRORS},
    operation_id="listArticles",
    tags=["articles"],
    summary="Articles, newest week first, in the issue's order",
)
def list_articles(
    request: HttpRequest,
    language: LanguageParam,
    topic: Slug = None,
    trend: schemas.TrendValue | None = None,
    week_from: Week = None,
    week_to: Week = None,
    page: PageNumber = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
):
    _week_range(week_from, week_to)
    found = selectors.articles(
        _language(language), _topic(topic), trend.value if trend else None, week_from, week_to
    )
    items, meta = page_of(found, found.count(), page, page_size, request)
    return {**meta, "results": values.article_summaries(items, _urls(request))}


@api.get(
    "/articles/{article_id}",
    response={200: schemas.ArticleDetail, **ERRORS},
    operation_id="getArticle",
    tags=["articles"],
    summary="One article with its body",
)
def get_article(request: HttpRequest, article_id: Annotated[int, Path(ge=1, le=MAX_ID)]):
    page = selectors.article(article_id)
    if page is None:
        raise Http404(f"No published article {article_id}.")
    return values.article_detail(page, _urls(request))


@api.get(
    "/topics",
    response={200: schemas.TopicList, **ERRORS},
    operation_id="listTopics",
    tags=["topics"],
    summary="Topics in their editorial order",
)
def list_topics(
    request: HttpRequest,
    language: LanguageParam,
    page: PageNumber = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
):
    found = selectors.topics(_language(language))
    items, meta = page_of(found, found.count(), page, page_size, request)
    return {**meta, "results": [values.topic(item, _urls(request)) for item in items]}


@api.get(
    "/authors",
    response={200: schemas.AuthorList, **ERRORS},
    operation_id="listAuthors",
    tags=["authors"],
    summary="Authors of published articles, by name",
)
def list_authors(
    request: HttpRequest,
    language: LanguageParam,
    page: PageNumber = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
):
    found = selectors.public_authors(_language(language))
    items, meta = page_of(found, found.count(), page, page_size, request)
    return {**meta, "results": [values.author(item) for item in items]}


@api.get(
    "/search",
    response={200: schemas.SearchResults, **ERRORS},
    operation_id="search",
    tags=["search"],
    summary="Full-text search, the engine of the site's search page",
)
def search(
    request: HttpRequest,
    response: HttpResponse,
    q: Annotated[str, Query(..., min_length=1, max_length=MAX_Q, description="Any spelling.")],
    language: Annotated[
        schemas.SearchLanguage, Query(schemas.SearchLanguage.all, description="Or `all`.")
    ] = schemas.SearchLanguage.all,
    topic: Slug = None,
    trend: schemas.TrendValue | None = None,
    date_from: Annotated[
        datetime.date | None, Query(None, description="Issues ending on or after.")
    ] = None,
    date_to: Annotated[
        datetime.date | None, Query(None, description="Issues starting on or before.")
    ] = None,
    page: PageNumber = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
):
    if date_from and date_to and date_from > date_to:
        raise BadRequest("date_from is after date_to.")
    if date_from and date_from < datetime.date.min + datetime.timedelta(days=7):
        date_from = None  # the search widens it by a week, which must stay a valid date
    languages = all_languages() if language == schemas.SearchLanguage.all else (language.value,)
    filters = Filters(
        languages=languages,
        topic_slug=_topic(topic) or "",
        trend=trend.value if trend else "",
        date_from=date_from,
        date_to=date_to,
    )
    parsed = search_query.parse(q.replace("\x00", ""), alias_groups())
    results = search_articles(parsed, filters)
    count = results.count() if parsed.query is not None else 0
    found, meta = page_of(results, count, page, page_size, request)
    items = selectors.in_order([article.pk for article in found])
    hits = values.article_summaries(items, _urls(request))
    words = frozenset(parsed.words)
    for hit, article in zip(hits, items, strict=True):
        hit["title_html"] = str(highlight(article.title, words, parsed.keys))
        hit["snippet_html"] = str(highlight(article.lead, words, parsed.keys))
    # As on the search page: what someone searched for stays out of shared caches.
    response.headers["Cache-Control"] = f"private, max-age={MAX_AGE}"
    return {**meta, "query": q[: search_query.MAX_QUERY_CHARS], "results": hits}
