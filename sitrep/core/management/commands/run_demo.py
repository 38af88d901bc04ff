"""`manage.py run_demo`: what `make run` starts (docs/operations.md, "The demo").

One process prepares the database and then supervises the web server and the task worker:
migrate (only when a migration is pending), the cache table, the site structure, the demo
content and demo subscribers on an empty database (and, that once, one demo campaign to
var/outbox/), the admin account, and the static files (compressed, copied only when changed).
Later starts never send anything: a campaign is started by a person, by send-on-publish or by
`manage.py send_issue`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from sitrep.core.supervise import Child, Supervisor


def pending_migrations() -> bool:
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


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


class Command(BaseCommand):
    help = "Prepare the demo database and run the web server and the task worker."
    # Checked by every other command; here they would only delay the first page.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8000))
        parser.add_argument(
            "--prepare-only", action="store_true", help="prepare the database, start nothing"
        )

    def handle(self, *args: Any, host: str, port: int, prepare_only: bool, **options: Any) -> None:
        self.prepare()
        if prepare_only:
            return
        sys.exit(self.serve(host, port))

    def prepare(self) -> bool:
        """Bring the database up to date; seed it if it is empty. Returns whether it seeded."""
        from sitrep.publishing.models import ArticlePage

        quiet = {"verbosity": 0, "stdout": self.stdout, "stderr": self.stderr}
        if pending_migrations():
            self.stdout.write("Applying database migrations...")
            call_command("migrate", interactive=False, **quiet)
        call_command("createcachetable", **quiet)
        call_command("setup_site", **quiet)
        seeded = not ArticlePage.objects.exists()
        if seeded:
            self.stdout.write("Seeding demo content (first run on an empty database only)...")
            call_command("seed_demo", stdout=self.stdout, stderr=self.stderr)
            call_command("seed_demo_newsletter", demo_campaign=True, stdout=self.stdout)
        call_command("ensure_admin", stdout=self.stdout)
        # One account per editorial role, to try them (docs/editorial.md); demo only.
        call_command("ensure_demo_team", stdout=self.stdout)
        call_command("collectstatic", interactive=False, **quiet)
        return seeded

    def serve(self, host: str, port: int) -> int:
        bin_dir = Path(sys.executable).parent
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
            [str(bin_dir / "granian"), "--interface", "wsgi", "--host", host, "--port", str(port)]
            + ["--workers", "1", "--blocking-threads", "8", "--no-ws"]
            # Without a kill timeout granian can wait for ever in "Shutting down".
            + ["--workers-kill-timeout", "2", "sitrep.wsgi:application"],
            restart=False,
            env=env,
        )
        # The web server first: the page is what the user waits for.
        supervisor = Supervisor([web, worker], say=self.stdout.write)
        self.stdout.write(
            f"sitrep is running at http://{host}:{port}/ (admin: /admin/, emails: "
            f"{settings.EMAIL_OUTBOX_DIR}/, worker log: {worker_log})\n"
            "Ctrl-C stops the web server and the worker."
        )
        self.stdout.flush()
        return supervisor.run()
