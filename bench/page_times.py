"""Uncached render time of every public page type, in process, on the archive of DATABASE_URL.

    SITREP_ENVIRONMENT=development DATABASE_URL=sqlite:////abs/db.sqlite3 \
        python bench/page_times.py [--runs 15] [--languages en,be]

Pages: home, archive (page 1 and the last page), issue and one of its articles (newest week),
topic (page 1 and the last page), topic index, trends (default range). Each is fetched through
Django's test client with any page-cache middleware taken out, warmed twice (per-process caches
such as Wagtail's site root paths are warm, as in a running server), then timed `--runs`
times: median wall and CPU milliseconds (CPU of this process: SQLite's work is in it,
PostgreSQL's is not) and the SQL query count. Compare the same page at 14 and at 520 weeks:
its time must not grow with the archive (issue 10). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitrep.settings")
os.environ.setdefault("SITREP_ENVIRONMENT", "development")


def page_paths(language: str) -> dict[str, str]:
    """The URL of each page type in `language` on this archive (newest week, first topic)."""
    from sitrep.publishing.models import (
        ARCHIVE_PAGE_SIZE,
        TOPIC_PAGE_SIZE,
        ArticlePage,
        IssuePage,
        Topic,
    )

    issues = IssuePage.objects.live().filter(locale__language_code=language)
    newest = issues.order_by("-week_start").first()
    assert newest is not None, f"no live issue in {language}: seed the archive first"
    article = ArticlePage.objects.live().child_of(newest).order_by("path").first()
    topic = Topic.objects.filter(locale__language_code=language).order_by("sort_order").first()
    topic_articles = (
        ArticlePage.objects.published().filter(locale__language_code=language, topic=topic).count()
    )
    last_archive = max(math.ceil(issues.count() / ARCHIVE_PAGE_SIZE), 1)
    last_topic = max(math.ceil(topic_articles / TOPIC_PAGE_SIZE), 1)
    return {
        "home": f"/{language}/",
        "archive": f"/{language}/issues/",
        "archive_last": f"/{language}/issues/?page={last_archive}",
        "issue": newest.url,
        "article": article.url,
        "topic": f"/{language}/topics/{topic.slug}/",
        "topic_last": f"/{language}/topics/{topic.slug}/?page={last_topic}",
        "topic_index": f"/{language}/topics/",
        "trends": f"/{language}/trends/",
    }


def measure(client, path: str, runs: int) -> dict[str, float]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        client.get(path)
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return {
        "wall_ms": round(statistics.median(walls), 2),
        "cpu_ms": round(statistics.median(cpus), 2),
        "queries": len(queries),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--languages", default="en,be")
    parser.add_argument("--pages", default="", help="comma-separated page names (default all)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from sitrep.publishing.models import IssuePage

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    # Uncached means uncached: no page cache in front of the view, whatever the branch has.
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if "cache" not in name.lower()]
    weeks = IssuePage.objects.filter(locale__language_code="en").count()
    client = Client()
    wanted = [name for name in args.pages.split(",") if name]
    results: dict[str, dict[str, object]] = {}
    print(f"{weeks} weeks, {connection.vendor}, load average {os.getloadavg()[0]:.2f}")
    for language in args.languages.split(","):
        for name, path in page_paths(language).items():
            if wanted and name not in wanted:
                continue
            row = {"path": path, **measure(client, path, args.runs)}
            results[f"{language} {name}"] = row
            print(f"{language} {name:13} {path:48} wall {row['wall_ms']:7.1f} ms  "
                  f"cpu {row['cpu_ms']:7.1f} ms  {row['queries']:3} queries")  # fmt: skip
    print(
        json.dumps(
            {
                "weeks": weeks,
                "database": connection.vendor,
                "runs": args.runs,
                "load_average": [round(value, 2) for value in os.getloadavg()],
                "pages": results,
            }
        )
    )


if __name__ == "__main__":
    main()
