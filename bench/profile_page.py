"""Where one uncached page's server CPU goes, as the production server runs it.

    python bench/profile_page.py --database-url sqlite:////abs/db520.sqlite3 \
        --media-root /abs/media520 [--page article] [--runs 200] [--cprofile 40] [--save DIR]

The WSGI application of sitrep/wsgi.py with the production settings bench/pages.py gives the
server (`server_env`, page cache off), called in this process with the environ a server passes
(gzip accepted, as a browser), warmed first as a running worker is. It prints:
- the CPU time of a request (median and mean over `--runs`) and its SQL query count;
- the CPU time spent in each middleware itself (a probe between every two middleware; what is
  left below the last probe is the URL resolver, the view and the template);
- with `--cprofile N`, the N functions with the most time of their own and the most cumulative
  time over the runs.
With `--save DIR` it writes the uncompressed HTML of article, home, issue and topic in en, be
and ru to DIR, to compare two branches byte for byte (`diff -r`).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PROBE = f"{__name__}.Probe"
probe_times: list[list[float]] = []


class Probe:
    """Notes the CPU clock on the way in and out of the middleware below it."""

    count = 0

    def __init__(self, get_response) -> None:
        self.get_response = get_response
        # Django builds the chain from the last middleware up.
        self.index = len(probe_times) - 1 - Probe.count
        Probe.count += 1

    def __call__(self, request):
        probe_times[self.index][0] -= time.process_time()
        response = self.get_response(request)
        probe_times[self.index][1] -= time.process_time()
        return response


def environ_for(path: str, port: int) -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": str(port),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": f"127.0.0.1:{port}",
        "HTTP_ACCEPT_ENCODING": "gzip",
        "HTTP_USER_AGENT": "wrk",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def call(application, path: str, port: int, encoding: str = "gzip") -> tuple[str, bytes]:
    environ = environ_for(path, port)
    if encoding:
        environ["HTTP_ACCEPT_ENCODING"] = encoding
    else:
        del environ["HTTP_ACCEPT_ENCODING"]
    status = []
    body = application(environ, lambda s, headers, exc_info=None: status.append(s))
    try:
        content = b"".join(body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return status[0], content


def main() -> None:
    from pages import server_env

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--media-root", type=Path, required=True)
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--port", type=int, default=8520)
    parser.add_argument("--page", default="article", help="article, home, issue, topic or a path")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--warm", type=int, default=20)
    parser.add_argument("--cprofile", type=int, default=0)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--queries", action="store_true", help="print the SQL of one request")
    parser.add_argument(
        "--callgrind",
        action="store_true",
        help="under `valgrind --tool=callgrind --instr-atstart=no`: count the timed runs only",
    )
    args = parser.parse_args()
    args.workers, args.blocking_threads = 2, 1
    os.environ.update(server_env(args, args.port, cache_on=False))

    import django

    django.setup()
    from django.conf import settings

    names = list(settings.MIDDLEWARE)
    settings.MIDDLEWARE = [item for name in names for item in (PROBE, name)] + [PROBE]
    probe_times.extend([0.0, 0.0] for _ in range(len(names) + 1))

    from django.db import connection, reset_queries

    from sitrep.wsgi import application

    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for language in ("en", "be", "ru"):
            for name, path in page_paths(language).items():
                status, body = call(application, path, args.port, encoding="")
                assert status.startswith("200"), (path, status)
                (args.save / f"{language}-{name}.html").write_bytes(body)
        print(f"saved to {args.save}")
        return

    path = page_paths("en").get(args.page, args.page)
    for _ in range(args.warm):
        status, _body = call(application, path, args.port)
        assert status.startswith("200"), (path, status)
    connection.force_debug_cursor = True
    reset_queries()
    call(application, path, args.port)
    queries = len(connection.queries)
    if args.queries:
        for query in connection.queries:
            print(f"  {query['sql']}")
    connection.force_debug_cursor = False
    for pair in probe_times:
        pair[:] = [0.0, 0.0]

    profile = cProfile.Profile() if args.cprofile else None
    if args.callgrind:
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True)
    cpus = []
    for _ in range(args.runs):
        start = time.process_time()
        if profile:
            profile.enable()
        call(application, path, args.port)
        if profile:
            profile.disable()
        cpus.append((time.process_time() - start) * 1000)
    if args.callgrind:
        subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True)
    runs = args.runs
    print(
        f"{path}: {queries} queries; CPU per request median {statistics.median(cpus):.2f} ms, "
        f"min {min(cpus):.2f} ms over {runs} runs; load average "
        f"{os.getloadavg()[0]:.2f}"
    )
    if profile:
        print("(under cProfile: times are inflated)")
    # probe i sees, inclusive, middleware i and everything below it.
    inclusive = [(into - out) for into, out in probe_times]
    for index, name in enumerate(names):
        own = inclusive[index] - inclusive[index + 1]
        print(f"  {own / runs * 1000:7.3f} ms  {name}")
    print(f"  {inclusive[-1] / runs * 1000:7.3f} ms  (below the middleware: URL, view, template)")
    if profile:
        for order in ("tottime", "cumulative"):
            print(f"--- by {order}")
            stats = pstats.Stats(profile, stream=sys.stdout)
            stats.sort_stats(order).print_stats(args.cprofile)


def page_paths(language: str) -> dict[str, str]:
    """The pages bench/pages.py drives (the newest issue, its first article, that article's
    topic, home), in `language`: the editions of the English ones."""
    from wagtail.models import Locale

    from sitrep.publishing.models import ArticlePage, IssuePage

    issue = IssuePage.objects.live().filter(locale__language_code="en").order_by("-week_start")[0]
    article = ArticlePage.objects.live().child_of(issue).select_related("topic").first()
    if language != "en":
        locale = Locale.objects.get(language_code=language)
        issue = issue.get_translation(locale)
        # Its first article in that language (not every article is translated).
        article = ArticlePage.objects.live().child_of(issue).select_related("topic").first()
    return {
        "article": article.url,
        "home": f"/{language}/",
        "issue": issue.url,
        "topic": f"/{language}/topics/{article.topic.slug}/",
    }


if __name__ == "__main__":
    main()
