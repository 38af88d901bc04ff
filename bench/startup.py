"""Time `make run` as a new user meets it: a fresh clone to the first page, a restart, Ctrl-C.

Each round clones the repository into a temporary folder, runs `make run` on a port of its
own, and times until `/en/` answers 200 with an article on it; then it stops the demo the way
a terminal's Ctrl-C does (SIGINT to the foreground process group), times how long that takes,
starts it again in the same checkout and times the restart. It also counts the demo emails in
var/outbox/ (9 after the first run, none added by a restart).

    python bench/startup.py [--rounds 3] [--restarts 2] [--port 8850] [--uv-cache empty]
                            [--ref HEAD] [--repo .]

Wall time is noisy on a shared machine: beside it the script prints the CPU seconds that the
demo's processes used until the first page (all processes of its session, exited ones
included) and the load average. Medians at the end, and last one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

# An article link on the home page: the page has content, not just the site's frame.
ARTICLE_LINK = re.compile(rb'href="/en/issues/\d{4}-\d{2}-\d{2}/[a-z0-9-]+/"')
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Lines of the demo's output whose time is worth reporting (first occurrence).
MARKERS = {
    "installed": re.compile(r"^touch \.venv/\.installed"),
    "migrating": re.compile(r"Applying database migrations|Creating the database"),
    "seeding": re.compile(r"^Seeding demo content"),
    "seeded": re.compile(r"^Started the demo campaign|^Demo subscribers"),
    "serving": re.compile(r"^sitrep is running at"),
}


@dataclass
class Start:
    kind: str  # "fresh" or "restart"
    first_page_s: float | None = None
    cpu_s: float | None = None
    stop_s: float | None = None
    markers: dict[str, float] = field(default_factory=dict)
    outbox: int = 0
    load: tuple[float, float, float] = (0.0, 0.0, 0.0)
    error: str | None = None


def session_cpu_seconds(session: int) -> float:
    """CPU time of every process in the session, with that of the children they have reaped."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        # After the command: state(0) ppid(1) pgrp(2) session(3) ... utime(11) stime(12)
        # cutime(13) cstime(14).
        if int(fields[3]) != session:
            continue
        total += sum(int(value) for value in fields[11:15])
    return total / CLOCK_TICKS


def first_page(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/en/", timeout=5) as response:
            return response.status == 200 and bool(ARTICLE_LINK.search(response.read()))
    except (urllib.error.URLError, OSError):
        return False


def outbox_count(checkout: Path) -> int:
    return len(list((checkout / "var" / "outbox").glob("*.eml")))


def start_demo(checkout: Path, port: int, kind: str, env: dict[str, str], args) -> Start:
    result = Start(kind=kind)
    log = open(checkout / f"bench-{kind}-{time.time():.0f}.log", "w")  # noqa: SIM115
    began = time.monotonic()
    # A session of its own: SIGINT to its process group is what Ctrl-C in a terminal sends.
    process = subprocess.Popen(
        ["make", "run", f"PORT={port}"],
        cwd=checkout,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        text=True,
        bufsize=1,
    )
    os.set_blocking(process.stdout.fileno(), False)

    def read_output() -> None:
        while True:
            line = process.stdout.readline()
            if not line:
                return
            log.write(f"{time.monotonic() - began:7.2f} {line}")
            for name, pattern in MARKERS.items():
                if name not in result.markers and pattern.search(line):
                    result.markers[name] = round(time.monotonic() - began, 2)

    try:
        while time.monotonic() - began < args.timeout:
            read_output()
            if process.poll() is not None:
                result.error = f"make run exited with {process.returncode}"
                break
            if first_page(port):
                result.first_page_s = round(time.monotonic() - began, 2)
                result.cpu_s = round(session_cpu_seconds(process.pid), 2)
                break
            time.sleep(0.1)
        else:
            result.error = f"no page within {args.timeout} s"
        result.load = os.getloadavg()
        if result.error is None and kind == "fresh" and args.outbox:
            # The demo campaign's emails, written by the worker after the first page.
            deadline = time.monotonic() + args.outbox_timeout
            while outbox_count(checkout) < args.outbox and time.monotonic() < deadline:
                read_output()
                time.sleep(0.5)
            result.markers["outbox"] = round(time.monotonic() - began, 2)
        elif result.error is None:
            time.sleep(args.settle)  # a restart must not send anything, even a little later
    finally:
        stopping = time.monotonic()
        try:
            os.killpg(process.pid, signal.SIGINT)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=args.stop_timeout)
            result.stop_s = round(time.monotonic() - stopping, 2)
        except subprocess.TimeoutExpired:
            late = f"still running {args.stop_timeout} s after SIGINT"
            result.error = f"{result.error}; {late}" if result.error else late
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        read_output()
        log.close()
        result.outbox = outbox_count(checkout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--ref", default="HEAD", help="commit to clone (default HEAD)")
    parser.add_argument("--rounds", type=int, default=3, help="fresh clones")
    parser.add_argument("--restarts", type=int, default=2, help="restarts per fresh clone")
    parser.add_argument("--port", type=int, default=8850)
    parser.add_argument(
        "--uv-cache",
        choices=("warm", "empty"),
        default="warm",
        help="warm: the user's uv and pip caches; empty: new empty ones per clone",
    )
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--stop-timeout", type=float, default=60.0)
    parser.add_argument("--outbox", type=int, default=9, help="emails expected on a first run")
    parser.add_argument("--outbox-timeout", type=float, default=120.0)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds a restart runs on")
    parser.add_argument("--keep", action="store_true", help="keep the temporary checkouts")
    args = parser.parse_args()

    starts: list[Start] = []
    print(f"load average at start: {os.getloadavg()}", flush=True)
    for number in range(1, args.rounds + 1):
        work = Path(tempfile.mkdtemp(prefix="sitrep-startup-"))
        checkout = work / "sitrep"
        subprocess.run(["git", "clone", "-q", args.repo, str(checkout)], check=True)
        subprocess.run(["git", "checkout", "-q", args.ref], cwd=checkout, check=True)
        env = {**os.environ}
        for name in ("DATABASE_URL", "REDIS_URL", "SITREP_ENVIRONMENT", "VIRTUAL_ENV"):
            env.pop(name, None)
        if args.uv_cache == "empty":
            env["UV_CACHE_DIR"] = str(work / "uv-cache")
            env["PIP_CACHE_DIR"] = str(work / "pip-cache")
        try:
            kinds = ["fresh"] + ["restart"] * args.restarts
            for kind in kinds:
                result = start_demo(checkout, args.port, kind, env, args)
                starts.append(result)
                print(
                    f"round {number} {kind:7s}: first page {result.first_page_s} s, "
                    f"CPU {result.cpu_s} s, Ctrl-C stop {result.stop_s} s, "
                    f"outbox {result.outbox}, load {tuple(round(x, 2) for x in result.load)}, "
                    f"marks {result.markers}" + (f", ERROR {result.error}" if result.error else ""),
                    flush=True,
                )
        finally:
            if args.keep:
                print(f"kept {work}")
            else:
                shutil.rmtree(work, ignore_errors=True)

    def median(kind: str, attribute: str) -> float | None:
        values = [getattr(s, attribute) for s in starts if s.kind == kind]
        values = [v for v in values if v is not None]
        return round(statistics.median(values), 2) if values else None

    summary = {
        "ref": args.ref,
        "uv_cache": args.uv_cache,
        "rounds": args.rounds,
        "restarts_per_round": args.restarts,
        "fresh_first_page_s": median("fresh", "first_page_s"),
        "fresh_cpu_s": median("fresh", "cpu_s"),
        "restart_first_page_s": median("restart", "first_page_s"),
        "restart_cpu_s": median("restart", "cpu_s"),
        "stop_s": round(statistics.median([s.stop_s for s in starts if s.stop_s is not None]), 2)
        if any(s.stop_s is not None for s in starts)
        else None,
        "stop_max_s": max((s.stop_s for s in starts if s.stop_s is not None), default=None),
        "outbox_after_fresh": [s.outbox for s in starts if s.kind == "fresh"],
        "outbox_after_restarts": [s.outbox for s in starts if s.kind == "restart"],
        "errors": [s.error for s in starts if s.error],
        "load_end": os.getloadavg(),
        "starts": [asdict(s) for s in starts],
    }
    print(
        f"median fresh clone: {summary['fresh_first_page_s']} s ({summary['fresh_cpu_s']} CPU s); "
        f"restart: {summary['restart_first_page_s']} s ({summary['restart_cpu_s']} CPU s); "
        f"Ctrl-C: {summary['stop_s']} s (max {summary['stop_max_s']} s); "
        f"load {tuple(round(x, 2) for x in summary['load_end'])}"
    )
    print(json.dumps(summary))
    sys.exit(1 if summary["errors"] else 0)


if __name__ == "__main__":
    main()
