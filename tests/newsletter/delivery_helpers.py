"""Shared helpers for the sending tests (not a test module): issue content, subscribers in bulk,
a recording SMTP server (aiosmtpd in a thread), worker processes and a database they can see."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

from aiosmtpd.controller import Controller
from django.db import connection

from sitrep.newsletter.crypto import email_index, encrypt_email
from sitrep.newsletter.models import Subscriber
from tests.factories import BASE_WEEK, locale, make_article, make_issue, make_topics, publish

ROOT = Path(__file__).resolve().parents[2]


def make_issue_content():
    """An English issue with one article per topic (economy improved, security worsened, society
    mixed), translated into Russian but not into Belarusian. Returns the English issue.
    Published the quick way (live rows, no revisions): these tests are about email, not pages."""
    topics = make_topics()
    issue = make_issue(BASE_WEEK, summary="A calm week, with one exception.", revision=False)
    russian = locale("ru")
    ru_issue = issue.copy_for_translation(russian)
    ru_issue.summary = "Спокойная неделя, с одним исключением."
    publish(ru_issue, revision=False)
    articles = {
        "economy": ("Wages catch up with prices", "improved"),
        "security": ("New exercises near the border", "worsened"),
        "society": ("Schools under new rules", "mixed"),
    }
    for slug, (title, trend) in articles.items():
        article = make_article(
            issue,
            title=title,
            topic=topics[slug]["en"],
            trend=trend,
            lead=f"Lead of the {slug} commentary.",
            revision=False,
        )
        translated = article.copy_for_translation(russian)
        translated.topic = topics[slug]["ru"]
        translated.title = f"RU {title}"
        translated.lead = f"Лид про {slug}."
        publish(translated, revision=False)
    return issue


def ensure_wagtail_root() -> None:
    """Transactional tests flush every table, including the root page and locale that Wagtail's
    migrations create; put them back (cheaper and sturdier than a serialized rollback)."""
    from django.conf import settings
    from wagtail.models import Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", live=True))


def make_subscribers(
    count: int, *, languages=("en", "be", "ru"), topics=None, prefix: str = "reader"
) -> list[Subscriber]:
    """`count` confirmed subscribers, addresses <prefix><n>@example.org, languages in turn."""
    rows = [
        Subscriber(
            email_hash=email_index(f"{prefix}{n}@example.org"),
            email_encrypted=encrypt_email(f"{prefix}{n}@example.org"),
            status=Subscriber.Status.CONFIRMED,
            language=languages[n % len(languages)],
            topics=list(topics or []),
            consent_source="test",
        )
        for n in range(count)
    ]
    Subscriber.objects.bulk_create(rows, batch_size=1000)
    return list(Subscriber.objects.filter(email_hash__in=[r.email_hash for r in rows]))


# ---------------------------------------------------------------------------------------------
# A recording SMTP server


class RecordingHandler:
    """Accepts everything unless told otherwise; records each accepted message's recipient."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.received: list[str] = []
        self.messages: list[bytes] = []
        self.keep_messages = True
        self.temp_fail_until = 0.0  # monotonic time: 451 on RCPT before it
        self.temp_fail_count = 0  # or: 451 for the next N RCPTs
        self.reject = lambda address: False  # 550 on RCPT when true
        self.delay = 0.0  # seconds per DATA (slows the campaign so a kill lands mid-way)
        self.rcpt_attempts: Counter[str] = Counter()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        import asyncio

        with self.lock:
            self.rcpt_attempts[address] += 1
            if self.temp_fail_count > 0:
                self.temp_fail_count -= 1
                return "451 4.3.0 Try again later"
        if time.monotonic() < self.temp_fail_until:
            return "451 4.3.0 Try again later"
        if self.reject(address):
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        await asyncio.sleep(0)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            for address in envelope.rcpt_tos:
                self.received.append(address)
            if self.keep_messages:
                self.messages.append(envelope.original_content or envelope.content)
        return "250 Message accepted"

    def counts(self) -> Counter[str]:
        with self.lock:
            return Counter(self.received)

    def parsed(self):
        with self.lock:
            return [message_from_bytes(raw) for raw in self.messages]


@contextlib.contextmanager
def smtp_server(handler: RecordingHandler | None = None, port: int = 0):
    handler = handler or RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=port or free_port())
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---------------------------------------------------------------------------------------------
# A database that worker processes can see, and the worker processes


@contextlib.contextmanager
def shared_database(tmp_path: Path):
    """Yield a DATABASE_URL that points a subprocess at the test database.

    PostgreSQL: the test database itself (tests using this must be transactional). SQLite:
    pytest-django's test database lives in memory, invisible to other processes, so its current
    content is copied into a file with SQLite's backup API and this process's connection is
    pointed at the file for the duration; the in-memory database is kept open and restored
    afterwards."""
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        user = settings_dict["USER"]
        password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
        host = settings_dict.get("HOST") or "127.0.0.1"
        port = settings_dict.get("PORT") or 5432
        yield f"postgres://{user}{password}@{host}:{port}/{settings_dict['NAME']}"
        return
    connection.ensure_connection()
    memory = connection.connection
    path = tmp_path / "shared.sqlite3"
    target = sqlite3.connect(path)
    memory.backup(target)
    target.close()
    original_name = settings_dict["NAME"]
    settings_dict["NAME"] = str(path)
    connection.connection = None
    try:
        connection.ensure_connection()
        yield f"sqlite:///{path}"
    finally:
        connection.close()
        settings_dict["NAME"] = original_name
        connection.connection = memory


class Worker:
    """`manage.py db_worker` (or an RQ worker) as a child process."""

    def __init__(self, env: dict[str, str], command: list[str] | None = None) -> None:
        self.env = env
        self.command = command or [
            sys.executable,
            "manage.py",
            "db_worker",
            "--queue-name",
            "*",
            "--interval",
            "0.1",
            "--no-reload",
            "--no-startup-delay",
            "-v0",
        ]
        self.process: subprocess.Popen | None = None

    def start(self) -> Worker:
        self.log = open(self.env.get("WORKER_LOG", os.devnull), "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=self.log,
            # Its own process group: RQ forks a "work horse" per job, and a crash must kill it too.
            start_new_session=True,
            # If the test process itself is killed (a CI timeout), the worker dies with it
            # instead of living on against a test database that is about to be dropped.
            preexec_fn=_die_with_parent,
        )
        return self

    def kill(self) -> None:
        """SIGKILL the worker and every process it started (RQ's work horse runs in a session
        of its own, so killing the process group is not enough)."""
        if self.process and self.process.poll() is None:
            family = [self.process.pid, *descendants(self.process.pid)]
            for pid in family:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            family = descendants(self.process.pid)
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
            for pid in family:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        self.log.close()


def _die_with_parent() -> None:
    """Linux: SIGKILL this child when the process that started it exits."""
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def worker_env(database_url: str, smtp_port: int, **newsletter: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTEST_VERSION", "PYTEST_CURRENT_TEST"}
    }
    env.update(
        {
            "SITREP_ENVIRONMENT": "test",
            "DATABASE_URL": database_url,
            "SITREP_TASK_BACKEND": "database",
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_TIMEOUT": "5",
            "SITREP_LOG_LEVEL": "WARNING",
            "SITREP_NEWSLETTER_LEASE_SECONDS": "3",
            "SITREP_NEWSLETTER_RETRY_BACKOFF_SECONDS": "0.3",
            "SITREP_NEWSLETTER_FLUSH_EVERY": "20",
            "SITREP_NEWSLETTER_BATCH_SIZE": "100",
        }
    )
    env.update({f"SITREP_NEWSLETTER_{k}": str(v) for k, v in newsletter.items()})
    return env


def wait_for(condition, timeout: float = 30.0, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False
