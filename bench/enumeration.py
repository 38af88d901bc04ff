#!/usr/bin/env python
"""Signup timing by address state: can a stopwatch tell whether an address is known?

    .venv/bin/python bench/enumeration.py [--samples 300] [--port 8106]
        [--database-url postgres://…] [--redis-url redis://…] [--var-dir var/bench-enumeration]

Over real HTTP against a running server, as production runs it: the script builds a fresh
instance (SQLite under --var-dir unless --database-url is given; Redis for the cache and the
rate limits only with --redis-url), DEBUG off, starts granian as `make run` does (one process,
8 blocking threads) and one `db_worker`, and creates --samples subscribers in each state
(pending, confirmed, unsubscribed, bounced, complained) directly in the database. Then it POSTs
the signup form once per address, the six states (those five and new addresses) interleaved
in shuffled blocks of one request per state, each request from its own client address
(X-Forwarded-For behind a trusted proxy) so that every request is the first of the hour for its
IP and its address, as an attacker with many addresses would send them. Keep-alive, one
connection, after 30 warm-up requests.

It prints, per state, the median response time and the two-sided Mann–Whitney U test against
the new state (normal approximation with tie correction; no scipy), and as the last line one
JSON object. The verdict is "indistinguishable" when no state's median differs from new by more
than 1 ms and no p-value is below 0.01.

The web request does the same work for every state; the worker does not (it sends a
confirmation to a new address and nothing to a bounced one), and it runs beside the web server.
So a second table groups each request by the state of the request *before* it: if the worker's
decision on one address slowed the next request down, the state would leak that way. The worker
polls every --worker-interval seconds (1 s, as `make run`; a small value picks each task up at
once, as an RQ worker does).
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
STATES = ("new", "pending", "confirmed", "unsubscribed", "bounced", "complained")
WARM_UP = 30


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Statistics


def mann_whitney_u(a: list[float], b: list[float]) -> tuple[float, float]:
    """U statistic of `a` and the two-sided p-value, by the normal approximation with the tie
    correction (exact enough for 300 samples a side)."""
    n1, n2 = len(a), len(b)
    pooled = sorted([(value, 0) for value in a] + [(value, 1) for value in b])
    ranks = [0.0] * len(pooled)
    tie_term = 0.0
    i = 0
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        rank = (i + j) / 2 + 1  # ranks are 1-based; ties share their mean rank
        for k in range(i, j + 1):
            ranks[k] = rank
        t = j - i + 1
        tie_term += t**3 - t
        i = j + 1
    rank_sum_a = sum(
        rank for rank, (_value, group) in zip(ranks, pooled, strict=True) if group == 0
    )
    u1 = rank_sum_a - n1 * (n1 + 1) / 2
    n = n1 + n2
    mean = n1 * n2 / 2
    variance = n1 * n2 / 12 * ((n + 1) - tie_term / (n * (n - 1)))
    if variance <= 0:
        return u1, 1.0
    z = (abs(u1 - mean) - 0.5) / math.sqrt(variance)  # continuity correction
    p = math.erfc(max(z, 0.0) / math.sqrt(2))
    return u1, min(1.0, p)


# ---------------------------------------------------------------------------------------------
# The instance


def environment(args: argparse.Namespace) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SITREP_", "DATABASE_URL", "REDIS_URL"))
    }
    env.update(
        {
            "SITREP_ENVIRONMENT": "development",
            "SITREP_DEBUG": "0",
            "SITREP_VAR_DIR": str(args.var_dir),
            "SITREP_SITE_URL": f"http://127.0.0.1:{args.port}",
            "SITREP_BEHIND_PROXY": "1",
            "SITREP_LOG_LEVEL": "WARNING",
            "DJANGO_SETTINGS_MODULE": "sitrep.settings",
            "PYTHONPATH": str(ROOT),
        }
    )
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    return env


def manage(env: dict[str, str], *arguments: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, check=True, stdout=2
    )


def seed(env: dict[str, str], samples: int, run: str) -> dict[str, list[str]]:
    """Addresses per state; all but the new ones written straight into the database."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from sitrep.newsletter.crypto import email_index, encrypt_email
    from sitrep.newsletter.models import Subscriber

    addresses = {
        state: [f"enum.{run}.{state}.{n}@s{n}.example.org" for n in range(samples)]
        for state in STATES
    }
    kept = {"pending": "pending", "confirmed": "confirmed", "unsubscribed": "unsubscribed"}
    rows = [
        Subscriber(
            email_hash=email_index(address),
            email_encrypted=encrypt_email(address) if state in {"pending", "confirmed"} else None,
            status=kept.get(state, state),
            confirmation_nonce="n0nce" if state == "pending" else "",
        )
        for state, batch in addresses.items()
        if state != "new"
        for address in batch
    ]
    Subscriber.objects.bulk_create(rows, batch_size=500)
    from django.db import connections

    connections.close_all()
    return addresses


def wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/en/newsletter/subscribe/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"the server on port {port} did not answer")


# ---------------------------------------------------------------------------------------------
# The measurement

_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
_CSRF_INPUT = re.compile(rb'<input type="hidden" name="csrfmiddlewaretoken" value="[^"]*">')


class Client:
    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.connection.request("GET", "/en/newsletter/subscribe/")
        response = self.connection.getresponse()
        body = response.read()
        cookie = response.getheader("Set-Cookie", "")
        match = re.search(r"csrftoken=([^;]+)", cookie)
        token = _TOKEN.search(body)
        self.cookie = f"csrftoken={match.group(1)}" if match else ""
        self.token = token.group(1).decode() if token else ""
        self.ip_counter = 0
        self.body_shapes: set[bytes] = set()

    def signup(self, address: str) -> float:
        self.ip_counter += 1
        ip = f"10.{self.ip_counter // 65536 % 256}.{self.ip_counter // 256 % 256}."
        ip += str(self.ip_counter % 256)
        body = urlencode(
            {
                "csrfmiddlewaretoken": self.token,
                "email": address,
                "language": "en",
                "website": "",
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": self.cookie,
            "X-Forwarded-For": ip,
        }
        start = time.perf_counter()
        self.connection.request("POST", "/en/newsletter/subscribe/", body, headers)
        response = self.connection.getresponse()
        content = response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200:
            raise SystemExit(f"signup answered {response.status}")
        self.body_shapes.add(_CSRF_INPUT.sub(b"", content))
        return elapsed * 1000


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=300, help="requests per state")
    parser.add_argument("--port", type=int, default=8106)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--var-dir", type=Path, default=ROOT / "var" / "bench-enumeration")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--worker-interval", default="1", help="db_worker --interval (seconds between polls)"
    )
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    args.var_dir = args.var_dir.resolve()
    if args.var_dir.exists() and not args.database_url:
        shutil.rmtree(args.var_dir)
    args.var_dir.mkdir(parents=True, exist_ok=True)
    env = environment(args)
    log("migrating …")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "createcachetable")
    manage(env, "setup_site")
    run = str(int(time.time()))
    addresses = seed(env, args.samples, run)
    warm = [f"warm.{run}.{n}@w{n}.example.org" for n in range(WARM_UP)]

    bin_dir = Path(sys.executable).parent
    server = subprocess.Popen(
        [
            str(bin_dir / "granian"),
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(args.port),
            "--workers",
            "1",
            "--blocking-threads",
            "8",
            "--no-ws",
            "sitrep.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(args.var_dir / "server.log", "ab"),
        start_new_session=True,
    )
    worker = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--queue-name",
            "*",
            "--interval",
            args.worker_interval,
            "--no-reload",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(args.var_dir / "worker.log", "ab"),
        start_new_session=True,
    )
    try:
        wait_for(args.port)
        client = Client(args.port)
        for address in warm:
            client.signup(address)
        # Blocks of one request per state, each block shuffled: load that comes and goes (other
        # processes, the worker's own bursts) falls on every state alike.
        shuffler = random.Random(args.seed)
        order = []
        for number in range(args.samples):
            block = [(state, addresses[state][number]) for state in STATES]
            shuffler.shuffle(block)
            order.extend(block)
        timings: dict[str, list[float]] = {state: [] for state in STATES}
        # The same requests, keyed by the state of the request sent just before.
        after: dict[str, list[float]] = {state: [] for state in STATES}
        log(f"measuring {len(order)} requests …")
        previous = None
        for state, address in order:
            elapsed = client.signup(address)
            timings[state].append(elapsed)
            if previous is not None:
                after[previous].append(elapsed)
            previous = state
    finally:
        for process in (server, worker):
            os.killpg(process.pid, signal.SIGTERM)
        for process in (server, worker):
            process.wait(timeout=30)

    backend = "PostgreSQL" if args.database_url else "SQLite"
    backend += " + Redis" if args.redis_url else ""
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(
        f"signup timing by state, {args.samples} samples each, {backend}, over HTTP (granian), "
        f"worker polling every {args.worker_interval} s, load average {load}"
    )
    result, verdict = _compare(timings, "state")
    print(f"{len(client.body_shapes)} distinct response bodies")
    print("the next request, by the state of the one before it (the worker's decision):")
    result_after, verdict_after = _compare(after, "state before")
    print(
        json.dumps(
            {
                "samples": args.samples,
                "backend": backend,
                "load": load,
                "worker_interval": args.worker_interval,
                "states": result,
                "verdict": verdict,
                "states_before": result_after,
                "verdict_before": verdict_after,
            }
        )
    )
    ok = verdict == verdict_after == "indistinguishable"
    return 0 if ok else 1


def median_difference_interval(
    a: list[float], b: list[float], rounds: int = 2000, seed: int = 7
) -> tuple[float, float]:
    """95 % bootstrap interval of median(a) − median(b): how finely this run can tell medians
    apart at all. On a loaded machine it is wider than ±1 ms, and a median difference above
    1 ms with an interval around 0 is the noise of the run, not a property of the code."""
    rng = random.Random(seed)
    differences = sorted(
        statistics.median(rng.choices(a, k=len(a))) - statistics.median(rng.choices(b, k=len(b)))
        for _ in range(rounds)
    )
    return differences[int(0.025 * rounds)], differences[int(0.975 * rounds) - 1]


def _compare(timings: dict[str, list[float]], label: str) -> tuple[dict, str]:
    """Print the median per state, its difference from new addresses (with its 95 % bootstrap
    interval) and the Mann–Whitney p-value; return them and the verdict (≤ 1 ms and p ≥ 0.01
    for every state)."""
    new = timings["new"]
    print(f"{label:<14}{'median ms':>10}{'Δ vs new':>10}{'95 % interval':>18}{'p (vs new)':>12}")
    result: dict[str, dict[str, float]] = {}
    worst_delta, worst_p, widest = 0.0, 1.0, 0.0
    for state in STATES:
        median = statistics.median(timings[state])
        delta = median - statistics.median(new)
        low, high = (
            (0.0, 0.0) if state == "new" else median_difference_interval(timings[state], new)
        )
        p = 1.0 if state == "new" else mann_whitney_u(timings[state], new)[1]
        result[state] = {
            "median_ms": round(median, 3),
            "delta_ms": round(delta, 3),
            "delta_interval_ms": [round(low, 3), round(high, 3)],
            "p": p,
        }
        if state != "new":
            worst_delta = max(worst_delta, abs(delta))
            worst_p = min(worst_p, p)
            widest = max(widest, (high - low) / 2)
        interval = f"[{low:+.2f}, {high:+.2f}]"
        print(f"{state:<14}{median:>10.2f}{delta:>+10.2f}{interval:>18}{p:>12.3g}")
    verdict = "indistinguishable" if worst_delta <= 1.0 and worst_p >= 0.01 else "DISTINGUISHABLE"
    print(
        f"largest |Δ median| {worst_delta:.2f} ms, smallest p {worst_p:.3g}: {verdict} "
        f"(this run resolves medians to ±{widest:.2f} ms at 95 %)"
    )
    return result, verdict


if __name__ == "__main__":
    sys.exit(main())
