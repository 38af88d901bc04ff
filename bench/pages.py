"""Pages per second from the production server, cached and uncached, beside nginx serving the
same bytes as static files (docs/performance.md).

    python bench/pages.py --database-url sqlite:///var/db520.sqlite3 [--duration 10] [--rounds 1]
    python bench/pages.py --database-url postgres://postgres@127.0.0.1:5432/wp_cache_520

Needs `wrk` and `nginx` (Debian packages; nginx's brotli modules `libnginx-mod-http-brotli-*`
for the precompressed static copy). Give it a copy of a seeded archive: it first makes the images'
renditions in it, as the task worker does after an upload. The page cache and collected static
files go under var/bench/.

With `--small-database-url` (and `--small-media-root`), a 14-week archive: its uncached pages
are driven in turn with this one's, `--growth-rounds` times each, so that the machine's drift
falls on both alike, and each page gets `uncached_cpu_vs_small`, the ratio of server CPU per
uncached page (issue 10 asks at most 1.2 between 520 and 14 weeks).

For home, issue, article, topic, trends and archive it:
- starts the production server as `make serve` does (sitrep/core/server.py, 2 workers) with the
  page cache on, fills it, and drives each page with wrk (a browser's Accept-Encoding);
- starts it again with the page cache off and drives each page uncached (gzip, as a browser);
- counts the SQL queries of each uncached page in this process (Django's test client);
- saves the bodies the server answered (identity, gzip, brotli) and serves them with nginx
  (gzip_static/brotli_static) in the same run;
- samples the peak RSS (VmHWM) of each web worker.
It prints CPU time beside wall time (the machine is shared) and the load average. Its last line
is one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = ROOT / "var" / "bench"
PAGES = ("home", "issue", "article", "topic", "trends", "archive")
BROWSER_ENCODING = "gzip, deflate, br"


def server_env(args, port: int, cache_on: bool, small: bool = False) -> dict[str, str]:
    """The production server's environment; `small` for the smaller archive it is compared with."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "SITREP_"))}
    env.update(
        {
            "SITREP_ENVIRONMENT": "production",
            "SITREP_ENV_FILE": "/nonexistent",  # never the checkout's .env
            "DJANGO_SETTINGS_MODULE": "sitrep.settings",
            "SECRET_KEY": "bench-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SITREP_SITE_URL": f"http://127.0.0.1:{port}",
            "SITREP_HTTPS": "0",
            "SITREP_SUBSCRIBER_KEYS": "ZGV2LW9ubHktc3Vic2NyaWJlci1rZXktMDAwMDAwMDA=",
            "SITREP_SUBSCRIBER_INDEX_KEY": "bench-index-key",
            "DATABASE_URL": args.small_database_url if small else args.database_url,
            "SITREP_VAR_DIR": str(WORK),
            "SITREP_MEDIA_ROOT": str(args.small_media_root if small else args.media_root),
            "SITREP_SERVE_MEDIA": "1",
            "SITREP_PAGE_CACHE": "1" if cache_on else "0",
            "SITREP_PAGE_CACHE_DIR": str(WORK / "pagecache"),
            "SITREP_LOG_LEVEL": "WARNING",
            "WEB_CONCURRENCY": str(args.workers),
            "SITREP_BLOCKING_THREADS": str(args.blocking_threads),
            "SITREP_DB_CONN_MAX_AGE": "600",
        }
    )
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
        env["SITREP_CACHE_PREFIX"] = "sitrep-bench"
    return env


def fetch(url: str, encoding: str = ""):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, response.headers, response.read()


class Server:
    def __init__(self, args, port: int, cache_on: bool, small: bool = False) -> None:
        from sitrep.core.server import granian_command

        self.port = port
        self.env = server_env(args, port, cache_on, small)
        self.command = granian_command("127.0.0.1", port, args.workers)

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(
            self.command,
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=open(WORK / "server.log", "ab"),  # noqa: SIM115
            start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                fetch(f"http://127.0.0.1:{self.port}/robots.txt")
                return self
            except OSError:
                time.sleep(0.3)
        raise SystemExit("the server did not start; see var/bench/server.log")

    def __exit__(self, *exc) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(p) for p in children.read_text().split()]
        except OSError:
            return []

    def cpu_seconds(self) -> float:
        total = 0.0
        tick = os.sysconf("SC_CLK_TCK")
        for pid in [self.process.pid, *self.workers()]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / tick
            except OSError:
                pass
        return total

    def peak_rss_mb(self) -> float:
        peaks = []
        for pid in self.workers():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmHWM:\s+(\d+) kB", status)
            if match:
                peaks.append(int(match.group(1)) / 1024)
        return max(peaks, default=0.0)


def wrk(url: str, duration: int, connections: int, encoding: str) -> dict[str, float]:
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--latency"]
    command += ["--timeout", "10s"]
    command += ["-H", f"Accept-Encoding: {encoding}", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p99_ms": float(p99.group(1)) * scale[p99.group(2)] if p99 else float("nan"),
        "non2xx": int(errors.group(1)) if errors else 0,
    }


def find_pages(args) -> dict[str, str]:
    """The paths of each page type: the newest issue, its first article, that article's topic."""
    for key, value in server_env(args, 8400, False).items():
        os.environ[key] = value
    import django

    django.setup()
    # Every image's renditions exist, as the task worker makes them when an image is saved
    # (sitrep/publishing/renditions.py); `seed_demo` only queues those tasks. A web worker making
    # them itself would measure an archive no running site has.
    from wagtail.images import get_image_model

    from sitrep.publishing.models import ArticlePage, IssuePage
    from sitrep.publishing.renditions import create_page_renditions

    for image in get_image_model().objects.all():
        create_page_renditions(image)

    issue = IssuePage.objects.live().filter(locale__language_code="en").order_by("-week_start")[0]
    article = ArticlePage.objects.live().child_of(issue).select_related("topic").first()
    return {
        "home": "/en/",
        "issue": issue.url,
        "article": article.url,
        "topic": f"/en/topics/{article.topic.slug}/",
        "trends": "/en/trends/",
        "archive": "/en/issues/",
    }


def count_queries(paths: dict[str, str]) -> dict[str, int]:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_ENABLED = False
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, path in paths.items():
        client.get(path)  # per-process caches warm, as in a running worker
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[name] = len(queries)
    return counts


NGINX_CONF = """
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
worker_processes {workers};
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {work}/nginx-tmp;
    proxy_temp_path {work}/nginx-tmp;
    fastcgi_temp_path {work}/nginx-tmp;
    uwsgi_temp_path {work}/nginx-tmp;
    scgi_temp_path {work}/nginx-tmp;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        gzip_static on;
        brotli_static on;
        location / {{ try_files $uri $uri/index.html =404; default_type text/html; }}
    }}
}}
"""


def save_static_copy(paths: dict[str, str], port: int, site: Path) -> None:
    """The bodies the server answered, as files nginx serves precompressed."""
    import brotli

    shutil.rmtree(site, ignore_errors=True)
    for path in paths.values():
        _, _, body = fetch(f"http://127.0.0.1:{port}{path}")
        target = site / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        Path(f"{target}.gz").write_bytes(gzip.compress(body, 6, mtime=0))
        Path(f"{target}.br").write_bytes(brotli.compress(body, quality=8))


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=f"sqlite:///{ROOT / 'var' / 'db520.sqlite3'}")
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--media-root", type=Path, default=ROOT / "var" / "media520")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blocking-threads", type=int, default=1)
    parser.add_argument("--connections-cached", type=int, default=64)
    parser.add_argument("--connections-uncached", type=int, default=8)
    parser.add_argument("--port", type=int, default=8450)
    parser.add_argument("--only", default="", help="comma-separated page names")
    parser.add_argument(
        "--small-database-url",
        default="",
        help="a smaller archive (14 weeks) whose uncached pages are timed in turn with these",
    )
    parser.add_argument("--small-media-root", type=Path, default=ROOT / "var" / "media14")
    parser.add_argument("--growth-rounds", type=int, default=3)
    parser.add_argument("--list-pages", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list_pages:
        print(json.dumps(find_pages(args)))
        return

    WORK.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(WORK / "pagecache", ignore_errors=True)
    load_start = os.getloadavg()
    # Hashed, compressed static files, as `make serve` collects them (before this process
    # loads the manifest).
    if not (WORK / "static" / "staticfiles.json").exists():
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=server_env(args, args.port, True),
            check=True,
        )
    paths = find_pages(args)
    if args.only:
        paths = {k: v for k, v in paths.items() if k in args.only.split(",")}
    print(f"pages: {paths}", flush=True)
    small_paths: dict[str, str] = {}
    if args.small_database_url:
        listed = subprocess.run(
            [sys.executable, __file__, "--list-pages", "--database-url", args.small_database_url]
            + ["--media-root", str(args.small_media_root)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        small_paths = json.loads(listed.stdout.strip().splitlines()[-1])
        print(f"pages of the smaller archive: {small_paths}", flush=True)
    queries = count_queries(paths)
    results: dict[str, dict[str, list[float]]] = {name: {} for name in paths}
    peak_rss = 0.0

    def record(name: str, key: str, value: float) -> None:
        results[name].setdefault(key, []).append(value)

    for round_number in range(1, args.rounds + 1):
        with Server(args, args.port, cache_on=True) as server:
            for path in paths.values():
                for encoding in ("", "gzip", BROWSER_ENCODING):
                    fetch(f"http://127.0.0.1:{args.port}{path}", encoding)
            for name, path in paths.items():
                headers = fetch(f"http://127.0.0.1:{args.port}{path}", BROWSER_ENCODING)[1]
                assert headers.get("X-Page-Cache") == "hit", (path, headers)
                cpu = server.cpu_seconds()
                wall = time.monotonic()
                run = wrk(
                    f"http://127.0.0.1:{args.port}{path}",
                    args.duration,
                    args.connections_cached,
                    BROWSER_ENCODING,
                )
                spent = server.cpu_seconds() - cpu
                requests = run["rps"] * (time.monotonic() - wall)
                record(name, "rps_cached", run["rps"])
                record(name, "p99_ms_cached", run["p99_ms"])
                record(name, "server_cpu_us_per_cached", spent / max(requests, 1) * 1e6)
                print(
                    f"round {round_number} cached   {name:8} {run['rps']:9.0f} req/s "
                    f"p99 {run['p99_ms']:7.2f} ms  server CPU {spent:5.1f} s "
                    f"non-2xx {run['non2xx']}",
                    flush=True,
                )
            cached_peak = server.peak_rss_mb()
            peak_rss = max(peak_rss, cached_peak)
            site = WORK / "static-site"
            save_static_copy(paths, args.port, site)

        with contextlib.ExitStack() as stack:
            server = stack.enter_context(Server(args, args.port, cache_on=False))
            small_server = None
            if args.small_database_url:
                small_server = stack.enter_context(
                    Server(args, args.port + 2, cache_on=False, small=True)
                )
            for name, path in paths.items():
                # The two archives in turn, so that the machine's drift falls on both alike.
                turns = [(server, path, "")]
                if small_server is not None:
                    turns.append((small_server, small_paths[name], "_small"))
                for each, each_path, _ in turns:
                    fetch(f"http://127.0.0.1:{each.port}{each_path}", "gzip")  # warm caches
                for _ in range(args.growth_rounds if small_server is not None else 1):
                    for each, each_path, suffix in turns:
                        cpu = each.cpu_seconds()
                        run = wrk(
                            f"http://127.0.0.1:{each.port}{each_path}",
                            args.duration,
                            args.connections_uncached,
                            "gzip",
                        )
                        spent = each.cpu_seconds() - cpu
                        per_page_ms = spent / max(run["rps"] * args.duration, 1) * 1000
                        record(name, f"rps_uncached{suffix}", run["rps"])
                        record(name, f"server_cpu_ms_per_uncached{suffix}", per_page_ms)
                        record(name, f"p99_ms_uncached{suffix}", run["p99_ms"])
                        label = "uncached" if not suffix else "small   "
                        print(
                            f"round {round_number} {label} {name:8} {run['rps']:9.1f} req/s "
                            f"p99 {run['p99_ms']:7.1f} ms  server CPU {spent:5.1f} s "
                            f"({per_page_ms:.1f} ms a page) non-2xx {run['non2xx']}",
                            flush=True,
                        )
            uncached_peak = server.peak_rss_mb()
            if small_server is not None:
                uncached_peak = max(uncached_peak, small_server.peak_rss_mb())
            peak_rss = max(peak_rss, uncached_peak)
            print(
                f"round {round_number} peak RSS of a web worker: {peak_rss:.0f} MiB "
                f"(serving cached pages {cached_peak:.0f}, rendering them {uncached_peak:.0f})",
                flush=True,
            )

        nginx_port = args.port + 1
        (WORK / "nginx-tmp").mkdir(exist_ok=True)
        conf = WORK / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(workers=args.workers, work=WORK, port=nginx_port, site=site)
        )
        nginx = subprocess.run(["nginx", "-c", str(conf), "-p", str(WORK)], check=True)
        try:
            time.sleep(0.5)
            for name, path in paths.items():
                status, headers, _ = fetch(f"http://127.0.0.1:{nginx_port}{path}", "br")
                assert status == 200 and headers.get("Content-Encoding") == "br", headers
                run = wrk(
                    f"http://127.0.0.1:{nginx_port}{path}",
                    args.duration,
                    args.connections_cached,
                    BROWSER_ENCODING,
                )
                record(name, "rps_nginx_static", run["rps"])
                print(f"round {round_number} nginx    {name:8} {run['rps']:9.0f} req/s", flush=True)
        finally:
            subprocess.run(["nginx", "-c", str(conf), "-p", str(WORK), "-s", "stop"], check=False)
        del nginx

    summary: dict[str, dict[str, float]] = {}
    for name in paths:
        row = {key: median(values) for key, values in results[name].items()}
        row["queries_uncached"] = queries[name]
        row["cached_vs_static"] = round(row["rps_cached"] / row["rps_nginx_static"], 3)
        if args.small_database_url:
            # Growth: server CPU per uncached page, this archive over the small one.
            row["uncached_cpu_vs_small"] = round(
                statistics.median(results[name]["server_cpu_ms_per_uncached"])
                / statistics.median(results[name]["server_cpu_ms_per_uncached_small"]),
                2,
            )
        summary[name] = row
    load_end = os.getloadavg()
    print(
        f"load average at start {load_start[0]:.1f}, at end {load_end[0]:.1f} "
        f"({os.cpu_count()} cores); peak RSS of a web worker {peak_rss:.0f} MiB; "
        f"this process's CPU {time.process_time():.1f} s",
        flush=True,
    )
    summary["_run"] = {
        "workers": args.workers,
        "blocking_threads": args.blocking_threads,
        "database": args.database_url.split(":", 1)[0],
        "peak_worker_rss_mib": round(peak_rss),
        "load_average": [round(load_start[0], 1), round(load_end[0], 1)],
        "rounds": args.rounds,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
