"""`manage.py run_demo`: what `make run` starts (docs/operations.md, "The demo").

One process prepares the database and then supervises the web server and the task worker:
an empty SQLite database from the schema snapshot (sitrep/core/schema_snapshot.py), migrate
(only when a migration is pending), the cache table, the site structure, the demo
content and demo subscribers on an empty database (and, that once, one demo campaign to
var/outbox/), the admin account, and the static files (compressed, copied only when changed).
Later starts never send anything: a campaign is started by a person, by send-on-publish or by
`manage.py send_issue`. Having prepared, it records a fingerprint of what preparing depends on;
`make run` (sitrep/core/demo_start.py) skips this command on a restart while that still holds.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from sitrep.core import demo_start, schema_snapshot


def pending_migrations() -> bool:
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def build_from_snapshot() -> bool:
    """An empty SQLite database starts from the schema snapshot instead of ~270 migrations."""
    connection = connections[DEFAULT_DB_ALIAS]
    return schema_snapshot.load(connection, MigrationExecutor(connection).loader)


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
        self.serve(host, port)

    def prepare(self) -> bool:
        """Bring the database up to date; seed it if it is empty. Returns whether it seeded."""
        from sitrep.publishing.models import ArticlePage

        quiet = {"verbosity": 0, "stdout": self.stdout, "stderr": self.stderr}
        if build_from_snapshot():
            self.stdout.write("Created the database from the schema snapshot.")
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
        # Later starts skip all of this until something it depends on changes.
        demo_start.mark_prepared(settings)
        return seeded

    def serve(self, host: str, port: int) -> None:
        """Become the small supervising process of `make run` (sitrep/core/demo_start.py): the
        memory of Django and of the seeding goes, and Ctrl-C has only that process to end."""
        self.stdout.flush()
        sys.stdout.flush()
        os.chdir(settings.BASE_DIR)
        command = [sys.executable, "-m", "sitrep.core.demo_start", "--prepared"]
        os.execv(sys.executable, [*command, "--host", host, "--port", str(port)])
