"""The trend monitor's doors: the page, its data files and the embeddable SVG per topic.

Thin: parse the query, ask the selectors, build the grid (monitor.py), render. docs/trends.md.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
from dataclasses import dataclass

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from sitrep.core.dates import format_range
from sitrep.core.generation import content_generation
from sitrep.publishing.models import HomePage, Topic
from sitrep.publishing.trends import trend_sentence

from . import render, selectors
from .monitor import RANGE_CHOICES, TopicRow, WeekRange, build_rows, choose_range, week_end
from .wording import streak_sentence, weeks_shown

# The columns of data.csv and the keys of data.json: documented in docs/trends.md, kept stable.
DATA_COLUMNS = (
    "topic_slug", "topic_name", "week_start", "week_end", "trend", "article_url", "language",
)  # fmt: skip
SVG_WEEKS = 52
SVG_CACHE_SECONDS = 24 * 3600


@dataclass
class Monitor:
    language: str
    rows: list[TopicRow]
    weeks: list[datetime.date]
    week_range: WeekRange | None
    choice: str
    selected_slugs: list[str]
    all_topics: list


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def build_monitor(request: HttpRequest, *, topic_slugs: list[str] | None = None) -> Monitor:
    """The grid for the request's range and topics: five queries whatever the range."""
    language = _language()
    locale = selectors.locale_for(language)
    topics, topic_keys = selectors.topics_for(locale)
    wanted = topic_slugs if topic_slugs is not None else request.GET.getlist("topic")
    known = {topic.slug for topic in topics}
    selected = [slug for slug in wanted if slug in known]
    shown = [topic for topic in topics if topic.slug in selected] if selected else topics
    first, last = selectors.published_weeks(locale)
    week_range, choice = choose_range(
        choice=request.GET.get("range"),
        first_param=request.GET.get("from"),
        last_param=request.GET.get("to"),
        published_first=first,
        published_last=last,
    )
    weeks = week_range.weeks if week_range else []
    assessments = (
        selectors.assessments_for(locale, week_range.first, week_range.last, topic_keys)
        if week_range
        else []
    )
    return Monitor(
        language=language,
        rows=build_rows(shown, weeks, assessments),
        weeks=weeks,
        week_range=week_range,
        choice=choice,
        selected_slugs=selected,
        all_topics=topics,
    )


def _home(language: str) -> HomePage:
    home = HomePage.objects.filter(locale__language_code=language).first()
    if home is None:
        raise Http404
    return home


@require_GET
def trends_page(request: HttpRequest) -> TemplateResponse:
    monitor = build_monitor(request)
    rows = []
    for row, cells in zip(
        monitor.rows, render.grid_cells_html(monitor.rows, monitor.language), strict=True
    ):
        streak = row.streak
        rows.append(
            {
                "topic": row.topic,
                "cells": cells,
                "counts": row.counts,
                "streak": streak_sentence(streak),
                "streak_trend": streak.trend if streak else None,
            }
        )
    query = request.GET.urlencode()
    context = {
        # The language switch and hreflang links of a home page sub-route.
        "page": _home(monitor.language),
        "home_route": "trends/",
        "nav_section": "trends",
        "monitor": monitor,
        "rows": rows,
        "week_headers": render.week_headers_html(monitor.weeks, monitor.language),
        "year_spans": render.year_spans(monitor.weeks),
        "range_choices": RANGE_CHOICES,
        "weeks_shown": weeks_shown(len(monitor.weeks)),
        "range_label": _range_label(monitor),
        "query": f"?{query}" if query else "",
    }
    return TemplateResponse(request, "trends/monitor.html", context)


def _range_label(monitor: Monitor) -> str:
    if not monitor.week_range:
        return ""
    return format_range(
        monitor.week_range.first, week_end(monitor.week_range.last), monitor.language
    )


def data_rows(request: HttpRequest, monitor: Monitor) -> list[dict[str, str]]:
    rows = []
    for row in monitor.rows:
        for cell in row.cells:
            for item in cell.assessments:
                rows.append(
                    {
                        "topic_slug": row.topic.slug,
                        "topic_name": row.topic.name,
                        "week_start": item.week_start.isoformat(),
                        "week_end": week_end(item.week_start).isoformat(),
                        "trend": item.trend,
                        "article_url": request.build_absolute_uri(item.url),
                        "language": item.language,
                    }
                )
    return rows


@require_GET
def data_csv(request: HttpRequest) -> HttpResponse:
    monitor = build_monitor(request)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=DATA_COLUMNS, lineterminator="\n")
    writer.writeheader()
    # Topic names are editors' text: a leading = + - @ would run as a formula in a spreadsheet.
    for row in data_rows(request, monitor):
        writer.writerow({key: _spreadsheet_safe(value) for key, value in row.items()})
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="trends-{monitor.language}.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _spreadsheet_safe(value: str) -> str:
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@require_GET
def data_json(request: HttpRequest) -> JsonResponse:
    monitor = build_monitor(request)
    week_range = monitor.week_range
    payload = {
        "language": monitor.language,
        "from": week_range.first.isoformat() if week_range else None,
        "to": week_end(week_range.last).isoformat() if week_range else None,
        "topics": [
            {"topic_slug": row.topic.slug, "topic_name": row.topic.name} for row in monitor.rows
        ],
        "columns": list(DATA_COLUMNS),
        "assessments": data_rows(request, monitor),
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def topic_svg(request: HttpRequest, slug: str) -> HttpResponse:
    """The topic's last weeks as a strip of trend shapes, for an <img> on any site.

    Cached under the content generation, so every publish or change shows at once.
    """
    language = _language()
    get_object_or_404(Topic, locale__language_code=language, slug=slug)
    key = f"trends:svg:{language}:{slug}:{content_generation()}"
    body = cache.get(key)
    if body is None:
        body = _render_svg(request, slug, language)
        cache.set(key, body, SVG_CACHE_SECONDS)
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type="image/svg+xml; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=300"
    # Other sites may show the strip in an <img>; it carries no script (CSP below).
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


def _render_svg(request: HttpRequest, slug: str, language: str) -> str:
    get = request.GET.copy()
    get.setlist("topic", [slug])
    get["range"] = str(SVG_WEEKS)
    for name in ("from", "to"):
        get.pop(name, None)
    request.GET = get
    monitor = build_monitor(request, topic_slugs=[slug])
    row = monitor.rows[0] if monitor.rows else None
    cells = []
    for number, cell in enumerate(row.cells if row else []):
        trend = cell.trend
        cells.append(
            {
                "x": 2 + number * 18,
                "trend": trend,
                "label": render.cell_name(row.topic.name, cell.week_start, language, trend)
                if row
                else "",
            }
        )
    width = 4 + 18 * len(cells)
    return render_to_string(
        "trends/topic_strip.svg",
        {
            "row": row,
            "cells": cells,
            "width": max(width, 60),
            "streak": streak_sentence(row.streak) if row else "",
            "range_label": _range_label(monitor),
            "sentence": trend_sentence,
        },
    )
