"""Search latency and recall on a seeded archive (e.g. `manage.py seed_demo --weeks 520`).

    SITREP_ENVIRONMENT=development python bench/search.py [--runs 5]
    DATABASE_URL=postgres://… python bench/search.py

For each query class (plain word, transliterated name, inflected form, phrase, all
languages) it times the search page through Django's test client, uncached, and prints p50/p95.
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
    args = parser.parse_args()

    import django

    django.setup()
    from bs4 import BeautifulSoup
    from django.conf import settings
    from django.core.cache import cache
    from django.test import Client

    from sitrep.publishing.models import ArticlePage
    from sitrep.search import transliterate

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    articles = ArticlePage.objects.live().count()

    def search(lang: str, query: str, scope: str = "") -> tuple[float, list[str]]:
        cache.clear()
        start = time.perf_counter()
        response = client.get(f"/{lang}/search/", {"q": query, "lang": scope})
        elapsed = (time.perf_counter() - start) * 1000
        assert response.status_code == 200, (lang, query)
        soup = BeautifulSoup(response.content, "html.parser")
        return elapsed, [a["href"] for a in soup.select(".search-result h3 a")]

    all_times: list[float] = []
    classes = {}
    for name, queries in QUERIES.items():
        times = []
        for lang, query in queries:
            scope = "all" if name == "all languages" else ""
            search(lang, query, scope)  # warm the code paths, not the results
            for _ in range(args.runs):
                times.append(search(lang, query, scope)[0])
        times.sort()
        all_times += times
        classes[name] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[max(int(len(times) * 0.95) - 1, 0)], 1),
        }
        figures = classes[name]
        print(f"{name:20} p50 {figures['p50_ms']:7.1f} ms   p95 {figures['p95_ms']:7.1f} ms")

    texts = {}
    body_field = ArticlePage._meta.get_field("body")
    for page in ArticlePage.objects.published().select_related("locale", "topic"):
        body = " ".join(map(str, body_field.get_searchable_content(page.body)))
        text = f"{page.title} {page.lead} {page.topic.name} {page.author_names()} {body}"
        texts[page.url] = (page.locale.language_code, transliterate.normalise(text))
    hits = wanted = 0
    for group in GROUPS:
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
                found = set(search(lang, spelling)[1][:10])
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
    all_times.sort()
    summary = {
        "articles": articles,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "p50_ms": round(statistics.median(all_times), 1),
        "p95_ms": round(all_times[int(len(all_times) * 0.95) - 1], 1),
        "recall_at_10": recall,
        "classes": classes,
    }
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
