"""Render time of the trend monitor at 52 weeks and at all weeks, uncached, in process.

Run on a seeded archive (e.g. `manage.py seed_demo --weeks 520`):
    SITREP_ENVIRONMENT=development python bench/trends.py [--runs 20]
Prints medians per page (wall and this process's CPU time: the machine is shared, CPU time is
the steadier figure) and, last, one JSON line with the load average.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from sitrep.publishing.models import IssuePage

    settings.DEBUG = False
    settings.PAGE_CACHE_ENABLED = False  # uncached renders, not page-cache hits
    settings.ALLOWED_HOSTS = ["*"]
    weeks = IssuePage.objects.filter(locale__language_code="en").count()
    client = Client()
    paths = {
        "trends_52": "/en/trends/?range=52",
        "trends_52_be": "/be/trends/?range=52",
        "trends_all": "/en/trends/?range=all",
        "trends_all_be": "/be/trends/?range=all",
        "data_json_all": "/en/trends/data.json?range=all",
        "data_csv_all": "/ru/trends/data.csv?range=all",
    }
    results: dict[str, dict[str, float]] = {}
    for name, path in paths.items():
        assert client.get(path).status_code == 200, path
        times, cpu_times = [], []
        for _ in range(args.runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            response = client.get(path)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
            times.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        results[name] = {
            "median_ms": round(statistics.median(times), 1),
            "cpu_median_ms": round(statistics.median(cpu_times), 1),
            "p95_ms": round(sorted(times)[int(len(times) * 0.95) - 1], 1),
            "queries": len(queries),
            "kB": round(len(response.content) / 1024, 1),
        }
        print(f"{name:16} {path:34} median {results[name]['median_ms']:7.1f} ms  "
              f"cpu {results[name]['cpu_median_ms']:7.1f} ms  "
              f"p95 {results[name]['p95_ms']:7.1f} ms  {len(queries)} queries  "
              f"{results[name]['kB']} kB")  # fmt: skip
    print(json.dumps({"weeks_in_archive": weeks, "runs": args.runs,
                      "load_average": [round(value, 2) for value in os.getloadavg()],
                      "pages": results}))  # fmt: skip


if __name__ == "__main__":
    main()
