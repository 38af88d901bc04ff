"""What `make run` starts (docs/operations.md, "The demo"): `python -m sitrep.core.demo_start`.

A restart of the demo does no database work when nothing it depends on changed since the start
that prepared the database. That start (`manage.py run_demo`) writes var/demo-prepared.json: a
fingerprint of the locked dependencies (uv.lock), the project's migrations and static files,
the demo's settings and the identity of the SQLite file. When the fingerprint still matches,
this module starts the web server and the worker at once, without loading Django in this
process (a second or more of CPU each start); otherwise it hands over to `manage.py run_demo`,
which prepares the database and then serves. Only the embedded default (SQLite) is trusted this
way: with DATABASE_URL, every start prepares, since a dropped database cannot be seen from here.

The children and the Ctrl-C handling are in sitrep/core/supervise.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from sitrep.core.server import granian_command
from sitrep.core.supervise import Child, Supervisor

STAMP_NAME = "demo-prepared.json"
# Settings that change what preparing does (the site address only changes printed links).
IGNORED_VARIABLES = {"SITREP_SITE_URL"}


def _settings() -> Any:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitrep.settings")
    from django.conf import settings  # the settings module only; no app is loaded

    return settings


def _sqlite_file(settings: Any) -> Path | None:
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return None
    return Path(database["NAME"])


def fingerprint(settings: Any) -> str | None:
    """What preparing the demo database depends on, as one hash; None when it cannot be
    trusted (not SQLite, no database file, no collected static files yet)."""
    database = _sqlite_file(settings)
    if database is None or not database.is_file() or not Path(settings.STATIC_ROOT).is_dir():
        return None
    base = Path(settings.BASE_DIR)
    digest = hashlib.sha256()

    def add(*parts: object) -> None:
        for part in parts:
            digest.update(part if isinstance(part, bytes) else str(part).encode())
            digest.update(b"\0")

    stat = database.stat()
    add("database", database, stat.st_dev, stat.st_ino, sys.executable)
    lock = base / "uv.lock"
    add("lock", lock.read_bytes() if lock.is_file() else b"")
    package = base / "sitrep"
    for path in sorted(package.glob("*/migrations/*.py")):
        add("migration", path.relative_to(base), path.read_bytes())
    for root in sorted({*package.glob("static"), *package.glob("*/static")}):
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            file_stat = path.stat()
            add("static", path.relative_to(base), file_stat.st_size, file_stat.st_mtime_ns)
    for name in sorted(os.environ):
        if (name.startswith("SITREP_") or name == "DATABASE_URL") and (
            name not in IGNORED_VARIABLES
        ):
            add("variable", name, os.environ[name])
    return digest.hexdigest()


def is_prepared(settings: Any) -> bool:
    stamp = Path(settings.VAR_DIR) / STAMP_NAME
    try:
        recorded = json.loads(stamp.read_text())["fingerprint"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    current = fingerprint(settings)
    return current is not None and recorded == current


def mark_prepared(settings: Any) -> None:
    """After a successful preparation: later starts may skip it until something changes."""
    stamp = Path(settings.VAR_DIR) / STAMP_NAME
    current = fingerprint(settings)
    if current is None:
        stamp.unlink(missing_ok=True)
        return
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps({"fingerprint": current}) + "\n")


def answers(url: str) -> Callable[[], bool]:
    """Whether the web server has served a first response (any status) at `url`."""

    def check() -> bool:
        try:
            with urlopen(url, timeout=1):  # noqa: S310 (our own local address)
                return True
        except HTTPError:
            return True
        except (URLError, OSError):
            return False

    return check


def serve(settings: Any, host: str, port: int, say: Callable[[str], None]) -> int:
    """Run the web server and the task worker until Ctrl-C (or the web server exits)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sitrep.settings"}
    manage = str(Path(settings.BASE_DIR) / "manage.py")
    worker_log = Path(settings.VAR_DIR) / "worker.log"
    worker = Child(
        "task worker",
        [sys.executable, manage, "db_worker", "--queue-name", "*", "--interval", "1"]
        + ["--no-reload"],
        restart=True,
        log_path=worker_log,
        env=env,
        start_when=answers(f"http://{host}:{port}/"),
    )
    web = Child(
        "web server",
        # The production server's tuned command line (sitrep/core/server.py).
        granian_command(host, port),
        restart=False,
        env=env,
    )
    # The web server first: the page is what the user waits for.
    supervisor = Supervisor([web, worker], say=say)
    say(
        f"sitrep is running at http://{host}:{port}/ (admin: /admin/, emails: "
        f"{settings.EMAIL_OUTBOX_DIR}/, worker log: {worker_log})\n"
        "Ctrl-C stops the web server and the worker."
    )
    return supervisor.run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start the demo (make run).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8000))
    parser.add_argument(
        "--prepared", action="store_true", help="run_demo has just prepared: serve at once"
    )
    args = parser.parse_args(argv)
    settings = _settings()
    if args.prepared:
        return serve(settings, args.host, args.port, lambda text: print(text, flush=True))
    if not is_prepared(settings):
        # Prepare and serve in one process: manage.py run_demo.
        manage = str(Path(settings.BASE_DIR) / "manage.py")
        command = [sys.executable, manage, "run_demo", "--host", args.host]
        os.execv(sys.executable, [*command, "--port", str(args.port)])
    password_file = Path(settings.VAR_DIR) / "admin-password.txt"
    print(
        "The database is up to date and seeded (nothing changed since the last start).\n"
        f"Admin login: {settings.SITE_URL}/admin/  user: admin  password: "
        + (f"in {password_file}" if password_file.exists() else "as set (SITREP_ADMIN_PASSWORD)")
        + "; `python manage.py ensure_admin` shows it and the second factor again.",
        flush=True,
    )
    return serve(settings, args.host, args.port, lambda text: print(text, flush=True))


if __name__ == "__main__":
    sys.exit(main())
