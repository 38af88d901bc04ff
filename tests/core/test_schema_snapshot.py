"""The demo's first run builds an empty SQLite database from sitrep/core/sqlite_schema.sql
instead of replaying every migration: the snapshot must hold every migration and build what
`migrate` builds."""

from __future__ import annotations

import sqlite3

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from sitrep.core import schema_snapshot

REGENERATE = "the schema snapshot is out of date: run `make schema-snapshot` and commit it"


def test_snapshot_holds_every_migration_unchanged():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    contained = schema_snapshot.contained_migrations(schema_snapshot.SNAPSHOT_PATH.read_text())
    assert set(contained) == set(loader.disk_migrations), REGENERATE
    changed = [
        key
        for key, digest in contained.items()
        if schema_snapshot.migration_hash(loader.disk_migrations[key]) != digest
    ]
    assert not changed, REGENERATE


@pytest.mark.django_db
def test_snapshot_builds_the_schema_that_migrate_builds():
    if connection.vendor != "sqlite":
        pytest.skip("the snapshot is for the embedded SQLite default")
    built = sqlite3.connect(":memory:")
    built.executescript(schema_snapshot.SNAPSHOT_PATH.read_text())
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    with connection.cursor() as cursor:  # the test database, made by `migrate`
        cursor.execute(query)
        migrated = cursor.fetchall()
        cursor.execute("SELECT app, name FROM django_migrations")
        applied = set(cursor.fetchall())
    assert list(built.execute(query)) == migrated
    assert set(built.execute("SELECT app, name FROM django_migrations")) == applied


@pytest.mark.django_db
def test_snapshot_is_used_only_on_an_empty_database_with_unchanged_migrations(tmp_path):
    loader = MigrationLoader(None, ignore_no_migrations=True)
    script = schema_snapshot.SNAPSHOT_PATH.read_text()
    assert schema_snapshot.applicable(script, loader)
    first = next(line for line in script.splitlines() if line.startswith("-- migration "))
    edited = script.replace(first, first[:-4] + "0000")
    assert not schema_snapshot.applicable(edited, loader)
    # Never on a database that has tables already (this test database).
    assert not schema_snapshot.load(connection, loader)
