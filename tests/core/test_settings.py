"""Settings as a process sees them at start-up (subprocesses: settings load once per process).

Production refuses to start without ALLOWED_HOSTS or with DEBUG on; the demo's checkout has its
own .env (written by `make run`) that every manage.py command there reads, with the
environment still winning, while a deployment without it keeps refusing to start; the demo runs
with DEBUG off.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = (
    "from django.conf import settings; print(settings.ENVIRONMENT, settings.DEBUG, "
    "settings.SITE_URL)"
)


def production_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """The documented production variables (docs/configuration.md), nothing from this test
    run (no PYTEST_VERSION, no SITREP_* of the developer)."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "SITREP_ENV_FILE": str(tmp_path / "no-such.env"),
        "SITREP_VAR_DIR": str(tmp_path / "var"),
        "SITREP_ENVIRONMENT": "production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "monitor.example.org",
        "SITREP_SITE_URL": "https://monitor.example.org",
        "SITREP_SUBSCRIBER_KEYS": "ZGV2LW9ubHktc3Vic2NyaWJlci1rZXktMDAwMDAwMDA=",
        "SITREP_SUBSCRIBER_INDEX_KEY": "an-index-key-for-this-test",
    }
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_of(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return manage(env, "shell", "-v0", "-c", PRINT_SETTINGS)


def test_production_settings_load_with_the_documented_variables(tmp_path):
    result = settings_of(production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["production", "False", "https://monitor.example.org"]


@pytest.mark.parametrize("value", [None, ""])
def test_production_refuses_to_start_without_allowed_hosts(tmp_path, value):
    result = settings_of(production_env(tmp_path, ALLOWED_HOSTS=value))
    assert result.returncode != 0
    assert "ImproperlyConfigured: ALLOWED_HOSTS must be set" in result.stderr


def test_production_refuses_to_start_with_debug_on(tmp_path):
    result = settings_of(production_env(tmp_path, SITREP_DEBUG="1"))
    assert result.returncode != 0
    assert "ImproperlyConfigured: SITREP_DEBUG must not be on" in result.stderr


def write_demo_env(tmp_path: Path, port: str = "8123") -> Path:
    """What `make run` does first: bin/run-demo writes the checkout's .env (here elsewhere)."""
    env_file = tmp_path / "demo.env"
    result = subprocess.run(
        [str(ROOT / "bin" / "run-demo"), "--write-env"],
        env={"PATH": os.environ["PATH"], "SITREP_ENV_FILE": str(env_file), "PORT": port},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return env_file


def checkout_env(tmp_path: Path, env_file: Path, **extra: str) -> dict[str, str]:
    """A shell in the demo checkout: no SITREP_* variables at all."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "SITREP_ENV_FILE": str(env_file),
        "SITREP_VAR_DIR": str(tmp_path / "var"),
        **extra,
    }


def test_manage_py_in_the_demo_checkout_finds_the_demo_settings(tmp_path):
    env_file = write_demo_env(tmp_path)
    result = settings_of(checkout_env(tmp_path, env_file))
    assert result.returncode == 0, result.stderr
    # The demo's settings, with DEBUG off (the site's own error pages).
    assert result.stdout.split() == ["development", "False", "http://127.0.0.1:8123"]


def test_without_the_env_file_a_checkout_still_refuses_to_start(tmp_path):
    result = settings_of(checkout_env(tmp_path, tmp_path / "missing.env"))
    assert result.returncode != 0
    assert "SECRET_KEY must be set when SITREP_ENVIRONMENT=production" in result.stderr


def test_the_environment_wins_over_the_env_file(tmp_path):
    env_file = write_demo_env(tmp_path)
    env = checkout_env(tmp_path, env_file, SITREP_ENVIRONMENT="production")
    result = settings_of(env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when SITREP_ENVIRONMENT=production" in result.stderr

    env = checkout_env(tmp_path, env_file, SITREP_SITE_URL="http://127.0.0.1:9999")
    result = settings_of(env)
    assert result.stdout.split() == ["development", "False", "http://127.0.0.1:9999"]


def test_the_env_file_is_not_rewritten(tmp_path):
    env_file = write_demo_env(tmp_path)
    env_file.write_text(env_file.read_text() + "SITREP_SITE_NAME=Edited by hand\n")
    write_demo_env(tmp_path, port="8999")
    assert "Edited by hand" in env_file.read_text()
    assert "8999" not in env_file.read_text()


def test_read_env_file_parses_comments_quotes_and_export(tmp_path):
    from sitrep.settings import read_env_file

    path = tmp_path / ".env"
    path.write_text("# comment\n\nexport A=1\nB = 'two words'\nC=\"x=y\"\n")
    assert read_env_file(path) == {"A": "1", "B": "two words", "C": "x=y"}
