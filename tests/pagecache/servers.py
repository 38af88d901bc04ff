"""Processes and servers the page cache tests start: a production web server (granian with the
WSGI layer, as `make serve` runs it) on the test database, and a fake purge endpoint."""

from __future__ import annotations

import contextlib
import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from django.conf import settings

from tests.newsletter.delivery_helpers import shared_database  # noqa: F401  (re-exported)

PORTS = range(8400, 8500)  # this worktree's port range on the shared machine


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8400-8499")


def child_env(database_url: str, **extra: str) -> dict[str, str]:
    """This test process's settings for a child: same database, same page cache store."""
    hidden = {"PYTEST_VERSION", "PYTEST_CURRENT_TEST"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update(
        {
            "SITREP_ENVIRONMENT": "test",
            "DATABASE_URL": database_url,
            "SITREP_PAGE_CACHE_DIR": str(settings.PAGE_CACHE_DIR),
            "SITREP_LOG_LEVEL": "WARNING",
            "SITREP_TASK_BACKEND": "immediate",
        }
    )
    prefix = settings.CACHES["default"].get("KEY_PREFIX")
    if prefix:  # Redis: the same key prefix as this process
        env["SITREP_CACHE_PREFIX"] = prefix
    env.update(extra)
    return env


class WebServer:
    def __init__(self, env: dict[str, str], workers: int = 1) -> None:
        from sitrep.core.server import granian_command

        self.port = free_port()
        self.command = granian_command("127.0.0.1", self.port, workers)
        self.env = env
        self.process: subprocess.Popen | None = None

    def start(self) -> WebServer:
        self.process = subprocess.Popen(
            self.command,
            env=self.env,
            cwd=settings.BASE_DIR,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/robots.txt")
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the web server did not start within 60 s")

    def get(self, path: str, **headers: str):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    received: list[tuple[str, str, str]] = []

    def do_PURGE(self) -> None:  # noqa: N802 - the HTTP method's name
        self.received.append(("PURGE", self.headers.get("Host", ""), self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def fake_purge_server():
    PurgeRecorder.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], PurgeRecorder.received
    finally:
        server.shutdown()
        server.server_close()


def python() -> str:
    return sys.executable
