"""Search latency and recall on a seeded archive (e.g. `manage.py seed_demo --weeks 520`).

    SITREP_ENVIRONMENT=development python bench/search.py [--runs 5]
    DATABASE_URL=postgres://… python bench/search.py

For each query class (plain word, transliterated name, inflected form, phrase, all
languages) it times the search page through Django's test client, uncached, and prints p50/p95
of the wall time and of the CPU time the request used: this process's, plus the PostgreSQL
backend's when the database is PostgreSQL (from /proc/<pid>/schedstat, on the same machine).
The machine is shared, so wall times vary with the load average (printed); CPU times much less.
Recall@10: for each spelling group, the articles of that language whose text contains one of
the group's spellings, inflected or not (found by scanning the text in Python), must be among
the first ten results of every spelling of the group. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitrep.settings")
os.environ.setdefault("SITREP_ENVIRONMENT", "development")

QUERIES = {
    "plain word": [("en", "inflation"), ("ru", "бюджет"), ("be", "бюджэт"), ("en", "sanctions")],
    "transliterated name": [("en", "Лукашенко"), ("ru", "Lukashenka"), ("be", "Lukashenko"),
                            ("en", "Гомель"), ("ru", "Mahiliou"), ("en", "Minsk")],
    "inflected form": [("be", "Мінску"), ("ru", "Минске"), ("be", "Лукашэнкам"),
                       ("ru", "Могилёве")],
    "phrase": [("en", "Union State"), ("ru", "Союзное государство"), ("en", "potash exports")],
    "all languages": [("en", "Minsk"), ("ru", "Лукашэнка")],
}  # fmt: skip
# Spelling groups for recall: every spelling must find what any spelling's text contains.
GROUPS = [
    ["Lukashenka", "Lukashenko", "Лукашэнка", "Лукашенко", "Lukašenka"],
    ["Minsk", "Мінск", "Минск"],
    ["Moscow", "Масква", "Москва"],
    ["Brest", "Брэст", "Брест"],
    ["Vilnius", "Вільнюс", "Вильнюс"],
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--skip-recall",
        action="store_true",
        help="time the query classes only (reading every article for recall takes minutes)",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from bs4 import BeautifulSoup
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from sitrep.publishing.models import ArticlePage
    from sitrep.search import transliterate

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    articles = ArticlePage.objects.live().count()
    database = connection.vendor
    load_before = os.getloadavg()
    print(f"{articles} live articles on {database}; load average {load_before[0]:.2f}")

    def db_cpu_ns() -> int:
        """CPU time of the PostgreSQL backend serving this connection (0 for SQLite, which
        runs in this process and is in process_time already)."""
        if database != "postgresql":
            return 0
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        try:
            return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
        except OSError:  # a database on another machine: its CPU time is not ours to see
            return 0

    def search(lang: str, query: str, scope: str = "") -> tuple[float, float, list[str]]:
        cache.clear()
        db_before = db_cpu_ns()
        cpu_start = time.process_time()
        start = time.perf_counter()
        response = client.get(f"/{lang}/search/", {"q": query, "lang": scope})
        elapsed = (time.perf_counter() - start) * 1000
        cpu = (time.process_time() - cpu_start) * 1000 + (db_cpu_ns() - db_before) / 1e6
        assert response.status_code == 200, (lang, query)
        soup = BeautifulSoup(response.content, "html.parser")
        return elapsed, cpu, [a["href"] for a in soup.select(".search-result h3 a")]

    def p95(values: list[float]) -> float:
        values = sorted(values)
        return values[max(int(len(values) * 0.95) - 1, 0)]

    all_times: list[float] = []
    all_cpu: list[float] = []
    classes = {}
    if database == "postgresql":
        with connection.cursor() as cursor:  # keep one connection (and backend) for the run
            cursor.execute("SELECT 1")
    for name, queries in QUERIES.items():
        times = []
        cpu_times = []
        for lang, query in queries:
            scope = "all" if name == "all languages" else ""
            search(lang, query, scope)  # warm the code paths, not the results
            for _ in range(args.runs):
                elapsed, cpu, _urls = search(lang, query, scope)
                times.append(elapsed)
                cpu_times.append(cpu)
        all_times += times
        all_cpu += cpu_times
        classes[name] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(p95(times), 1),
            "cpu_p50_ms": round(statistics.median(cpu_times), 1),
            "cpu_p95_ms": round(p95(cpu_times), 1),
        }
        figures = classes[name]
        print(
            f"{name:20} p50 {figures['p50_ms']:7.1f} ms   p95 {figures['p95_ms']:7.1f} ms"
            f"   CPU p50 {figures['cpu_p50_ms']:7.1f} ms   p95 {figures['cpu_p95_ms']:7.1f} ms"
        )

    groups = [] if args.skip_recall else GROUPS
    texts = {}
    body_field = ArticlePage._meta.get_field("body")
    for page in ArticlePage.objects.published().select_related("locale", "topic")[
        : None if groups else 0
    ]:
        body = " ".join(map(str, body_field.get_searchable_content(page.body)))
        text = f"{page.title} {page.lead} {page.topic.name} {page.author_names()} {body}"
        texts[page.url] = (page.locale.language_code, transliterate.normalise(text))
    hits = wanted = 0
    for group in groups:
        normal = [transliterate.normalise(spelling) for spelling in group]
        for lang in ("en", "be", "ru"):
            # An inflected form starts with the spelling less its last letter (Мінску, Лукашэнкам).
            stems = [spelling[:-1] if len(spelling) >= 5 else spelling for spelling in normal]
            truth = {
                url for url, (code, text) in texts.items()
                if code == lang and any(
                    word.startswith(stem) for word in transliterate.words(text) for stem in stems
                )
            }  # fmt: skip
            if not truth:
                continue
            for spelling in group:
                found = set(search(lang, spelling)[2][:10])
                expected = min(len(truth), 10)
                hits += min(len(found & truth), expected)
                wanted += expected
                if len(found & truth) < expected and os.environ.get("BENCH_VERBOSE"):
                    print(
                        "miss",
                        lang,
                        spelling,
                        len(truth),
                        len(found & truth),
                        sorted(truth - found)[:2],
                    )
    recall = round(hits / wanted, 3) if wanted else None
    summary = {
        "articles": articles,
        "database": database,
        "p50_ms": round(statistics.median(all_times), 1),
        "p95_ms": round(p95(all_times), 1),
        "recall_at_10": recall,
        "cpu_p50_ms": round(statistics.median(all_cpu), 1),
        "cpu_p95_ms": round(p95(all_cpu), 1),
        # 1-, 5- and 15-minute load averages of this 2-core machine, before and after.
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "classes": classes,
    }
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
