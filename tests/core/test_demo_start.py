"""A restart of `make run` skips preparing the database only while nothing that preparing
depends on has changed (sitrep/core/demo_start.py)."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from sitrep.core import demo_start


@pytest.fixture
def checkout(tmp_path, monkeypatch) -> SimpleNamespace:
    for name in list(os.environ):
        if name.startswith("SITREP_") or name == "DATABASE_URL":
            monkeypatch.delenv(name)
    base = tmp_path / "checkout"
    (base / "sitrep" / "news" / "migrations").mkdir(parents=True)
    (base / "sitrep" / "news" / "migrations" / "0001_initial.py").write_text("# one\n")
    (base / "sitrep" / "static").mkdir()
    (base / "sitrep" / "static" / "site.css").write_text("body {}\n")
    (base / "uv.lock").write_text("lock\n")
    var = base / "var"
    (var / "static").mkdir(parents=True)
    database = var / "db.sqlite3"
    database.write_bytes(b"SQLite")
    return SimpleNamespace(
        BASE_DIR=base,
        VAR_DIR=var,
        STATIC_ROOT=var / "static",
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(database)}},
    )


def test_a_restart_with_nothing_changed_skips_preparing(checkout):
    assert not demo_start.is_prepared(checkout)
    demo_start.mark_prepared(checkout)
    assert demo_start.is_prepared(checkout)


@pytest.mark.parametrize(
    "change",
    [
        "new migration",
        "edited migration",
        "edited static file",
        "new lock",
        "new database file",
        "no database",
        "no collected static files",
        "admin password",
    ],
)
def test_any_change_that_preparing_depends_on_prepares_again(checkout, monkeypatch, change):
    demo_start.mark_prepared(checkout)
    base: Path = checkout.BASE_DIR
    database = Path(checkout.DATABASES["default"]["NAME"])
    if change == "new migration":
        (base / "sitrep" / "news" / "migrations" / "0002_more.py").write_text("# two\n")
    elif change == "edited migration":
        (base / "sitrep" / "news" / "migrations" / "0001_initial.py").write_text("# edited\n")
    elif change == "edited static file":
        (base / "sitrep" / "static" / "site.css").write_text("body { color: red }\n")
    elif change == "new lock":
        (base / "uv.lock").write_text("another lock\n")
    elif change == "new database file":
        other = database.with_name("other.sqlite3")  # made while the first one exists
        other.write_bytes(b"SQLite")
        other.replace(database)
    elif change == "no database":
        database.unlink()
    elif change == "no collected static files":
        checkout.STATIC_ROOT.rmdir()
    elif change == "admin password":
        monkeypatch.setenv("SITREP_ADMIN_PASSWORD", "another")
    assert not demo_start.is_prepared(checkout)


def test_the_site_address_alone_does_not_prepare_again(checkout, monkeypatch):
    demo_start.mark_prepared(checkout)
    monkeypatch.setenv("SITREP_SITE_URL", "http://127.0.0.1:8080")
    assert demo_start.is_prepared(checkout)


def test_a_database_server_is_prepared_at_every_start(checkout):
    checkout.DATABASES["default"] = {"ENGINE": "django.db.backends.postgresql", "NAME": "demo"}
    demo_start.mark_prepared(checkout)
    assert not demo_start.is_prepared(checkout)
