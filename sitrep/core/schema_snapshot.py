"""The migrated, empty SQLite database as one SQL script, for the demo's first run.

Applying the ~270 migrations of Django, Wagtail and sitrep to an empty database costs about
13 s of CPU, nearly all of it Django re-rendering model states between operations, not SQL.
`manage.py run_demo` on an empty SQLite database instead runs this script (tables, indexes,
triggers, the full-text table, and the rows the data migrations and `post_migrate` create),
then `migrate` as usual applies whatever migration is newer than the snapshot.

The script lists each migration it contains with a hash of the migration's file; it is used
only when every one of them is still on disk unchanged, otherwise `migrate` builds the database
from scratch as before. `make schema-snapshot` writes it again from a freshly migrated database;
tests/core/test_schema_snapshot.py checks that it is current and builds what `migrate` builds.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

SNAPSHOT_PATH = Path(__file__).resolve().parent / "sqlite_schema.sql"
MIGRATION_LINE = "-- migration "


def migration_hash(migration: Any) -> str:
    """The hash of the file a loaded migration came from."""
    source = Path(sys.modules[type(migration).__module__].__file__ or "")
    return hashlib.sha256(source.read_bytes()).hexdigest()[:16]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def dump(connection: Any, loader: Any) -> str:
    """The schema and rows of the migrated database behind `connection` (SQLite) as a script
    that builds the same database in an empty file, headed by the migrations it contains."""
    raw = connection.connection
    applied = sorted(raw.execute("SELECT app, name FROM django_migrations ORDER BY app, name"))
    lines = [
        "-- The migrated, empty SQLite database of sitrep (sitrep/core/schema_snapshot.py).",
        "-- Written by `make schema-snapshot`; do not edit by hand.",
    ]
    lines += [
        f"{MIGRATION_LINE}{app} {name} {migration_hash(loader.disk_migrations[(app, name)])}"
        for app, name in applied
        if (app, name) in loader.disk_migrations
    ]
    lines.append("BEGIN;")
    objects = list(
        raw.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        )
    )
    virtual = [name for kind, name, sql in objects if sql.startswith("CREATE VIRTUAL TABLE")]
    # A virtual table makes its own shadow tables (name_data, name_idx ...) with their rows.
    shadow = {name for _, name, _ in objects if any(name.startswith(f"{v}_") for v in virtual)}
    tables = [name for kind, name, _ in objects if kind == "table" and name not in shadow]
    # Every table before any row: a row's foreign keys need the tables they point to.
    lines += [f"{sql};" for kind, name, sql in objects if name in tables]
    for name in tables:
        if name in virtual:
            continue
        columns = [row[1] for row in raw.execute(f"PRAGMA table_info({_quoted(name)})")]
        values = " || ',' || ".join(f"quote({_quoted(column)})" for column in columns)
        query = f"SELECT 'INSERT INTO {_quoted(name)} VALUES(' || {values} || ');' FROM "
        lines += [row[0] for row in raw.execute(f"{query}{_quoted(name)} ORDER BY rowid")]
    # Inserting rows has already counted; the counters of the original win.
    lines.append("DELETE FROM sqlite_sequence;")
    for name, seq in raw.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name"):
        lines.append(f"INSERT INTO sqlite_sequence(name, seq) VALUES('{name}', {int(seq)});")
    lines += [f"{sql};" for kind, name, sql in objects if kind in {"index", "trigger", "view"}]
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def contained_migrations(script: str) -> dict[tuple[str, str], str]:
    migrations = {}
    for line in script.splitlines():
        if line.startswith(MIGRATION_LINE):
            app, name, digest = line[len(MIGRATION_LINE) :].split()
            migrations[(app, name)] = digest
        elif line == "BEGIN;":
            break
    return migrations


def applicable(script: str, loader: Any) -> bool:
    """Whether every migration in the script is on disk with the same file."""
    contained = contained_migrations(script)
    return bool(contained) and all(
        key in loader.disk_migrations and migration_hash(loader.disk_migrations[key]) == digest
        for key, digest in contained.items()
    )


def load(connection: Any, loader: Any, path: Path = SNAPSHOT_PATH) -> bool:
    """Build the migrated database from the snapshot if the database behind `connection` is an
    empty SQLite database and the snapshot applies; returns whether it did."""
    if connection.vendor != "sqlite" or connection.introspection.table_names():
        return False
    try:
        script = path.read_text()
    except OSError:
        return False
    if not applicable(script, loader):
        return False
    connection.ensure_connection()
    connection.connection.executescript(script)
    return True
