"""`manage.py schema_snapshot`: write sitrep/core/sqlite_schema.sql from this database.

Run by `make schema-snapshot` on a freshly migrated, empty SQLite database (the snapshot the
demo's first run starts from; sitrep/core/schema_snapshot.py).
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from sitrep.core import schema_snapshot


class Command(BaseCommand):
    help = "Write the SQLite schema snapshot from this (freshly migrated, empty) database."

    def handle(self, *args: Any, **options: Any) -> None:
        connection = connections[DEFAULT_DB_ALIAS]
        if connection.vendor != "sqlite":
            raise CommandError("The snapshot is of a SQLite database: unset DATABASE_URL.")
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise CommandError("Migrations are pending: run `manage.py migrate` first.")
        connection.ensure_connection()
        script = schema_snapshot.dump(connection, executor.loader)
        schema_snapshot.SNAPSHOT_PATH.write_text(script)
        count = len(schema_snapshot.contained_migrations(script))
        self.stdout.write(f"Wrote {schema_snapshot.SNAPSHOT_PATH} ({count} migrations).")
