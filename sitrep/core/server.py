"""The production web server's command line, shared by `make serve` (bin/serve) and `make run`
(run_demo), so the demo runs exactly what production runs. Chosen by measurement on a 2-core
machine (docs/performance.md, "Serving"):

- granian, not gunicorn: a cached page is answered by sitrep/pagecache/wsgi.py in a few
  microseconds of Python, and granian's Rust HTTP layer costs far less per request than
  gunicorn's Python one.
- One blocking thread per worker: a Django page is CPU-bound under the GIL, so more threads
  only add memory (each keeps its own database connection and caches) and tail latency; more
  concurrency comes from more worker processes (WEB_CONCURRENCY).
- One runtime thread per worker: the HTTP side of a worker needs no more on a small machine.
- A bounded backpressure: requests beyond it wait in the kernel's accept queue rather than in
  the worker's memory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

BLOCKING_THREADS = 1
RUNTIME_THREADS = 1


def web_concurrency() -> int:
    raw = os.environ.get("WEB_CONCURRENCY", "").strip()
    if raw:
        return max(1, int(raw))
    return max(1, min(os.cpu_count() or 1, 4))


def granian_command(host: str, port: int, workers: int | None = None) -> list[str]:
    workers = workers or web_concurrency()
    granian = str(Path(sys.executable).parent / "granian")
    return [
        granian,
        "--interface", "wsgi",
        "--host", host,
        "--port", str(port),
        "--workers", str(workers),
        "--blocking-threads", os.environ.get("SITREP_BLOCKING_THREADS", str(BLOCKING_THREADS)),
        "--runtime-threads", str(RUNTIME_THREADS),
        "--backpressure", os.environ.get("SITREP_BACKPRESSURE", "64"),
        "--http", "1",
        "--no-ws",
        "--respawn-failed-workers",
        # Without a kill timeout granian can wait for ever in "Shutting down".
        "--workers-kill-timeout", "5",
        "sitrep.wsgi:application",
    ]  # fmt: skip


def main() -> None:
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8000"))
    command = granian_command(host, port)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitrep.settings")
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
