"""A database outage in the middle of a campaign, on PostgreSQL, with a real `db_worker`
process: the worker reaches PostgreSQL through a small TCP proxy in this test, which is cut
(every connection dropped, new ones refused) and restored. The shared server is never stopped.
The worker must stay up, keep what it sent in memory and record it when the database returns:
0 `unknown`, nobody twice, and the campaign finishes by itself."""

from __future__ import annotations

import contextlib
import faulthandler
import os
import select
import signal
import socket
import threading
import time

import pytest
from django.db import connection
from django.db.models import Count

from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.models import Campaign, Delivery
from tests.newsletter.delivery_helpers import (
    RecordingHandler,
    Worker,
    ensure_wagtail_root,
    make_issue_content,
    make_subscribers,
    shared_database,
    smtp_server,
    wait_for,
    worker_env,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

SUBSCRIBERS = 400
OUTAGE_SECONDS = 8
LEASE_SECONDS = 30  # longer than the outage: the worker waits for up to 0.9 × the lease
# Every wait is bounded: the worker's connections give up on a silent server (connect timeout,
# TCP keepalives), every wait below has a deadline, and as a last resort the whole test is
# aborted with every thread's stack after this long, so it can fail but never hang CI.
TEST_DEADLINE_SECONDS = 600
# After the database returns the campaign must finish; on a loaded machine sending itself is
# slow, so the wait lasts while messages keep arriving, and fails after this long without one.
STALL_SECONDS = 45
FINISH_CAP_SECONDS = 300
WORKER_DATABASE_OPTIONS = (
    "connect_timeout=5&keepalives=1&keepalives_idle=5&keepalives_interval=2&keepalives_count=2"
)


class CuttableProxy:
    """Forwards 127.0.0.1:<port> to the database server until `cut()`; then closes every
    connection and refuses new ones until `restore()`."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.open = True
        self.stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopped:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()  # the server is "down"
                continue
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                if not self.open:  # cut while this one was connecting
                    client.close()
                    upstream.close()
                    continue
                self.pairs.append((client, upstream))
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        try:
            while True:
                ready, _, _ = select.select([a, b], [], [], 0.5)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except (OSError, ValueError):  # ValueError: `cut()` closed a socket mid-select
            return
        finally:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()

    def cut(self) -> None:
        with self.lock:
            self.open = False
            pairs, self.pairs = self.pairs, []
        for pair in pairs:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()

    def restore(self) -> None:
        self.open = True

    def close(self) -> None:
        self.stopped = True
        self.cut()
        self.listener.close()


def wait_while_progressing(finished, handler: RecordingHandler) -> bool:
    """True once `finished()`; False when no message arrived for STALL_SECONDS (a stalled
    worker) or after FINISH_CAP_SECONDS in all."""
    cap = time.monotonic() + FINISH_CAP_SECONDS
    seen, last_change = len(handler.received), time.monotonic()
    while time.monotonic() < cap:
        if finished():
            return True
        if len(handler.received) != seen:
            seen, last_change = len(handler.received), time.monotonic()
        elif time.monotonic() - last_change > STALL_SECONDS:
            return False
        time.sleep(0.2)
    return False


@pytest.fixture
def wagtail_root(transactional_db):
    ensure_wagtail_root()


@pytest.fixture
def deadline():
    faulthandler.dump_traceback_later(TEST_DEADLINE_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def test_database_outage_mid_campaign_loses_nothing_and_finishes_by_itself(
    deadline, wagtail_root, site_structure, settings, tmp_path
):
    if connection.vendor != "postgresql":
        pytest.skip("the outage is simulated on PostgreSQL (DATABASE_URL=postgres://…)")
    issue = make_issue_content()
    make_subscribers(SUBSCRIBERS)
    handler = RecordingHandler()
    handler.delay = 0.01  # ~4 s of sending without the outage
    host = connection.settings_dict.get("HOST") or "127.0.0.1"
    port = int(connection.settings_dict.get("PORT") or 5432)
    proxy = CuttableProxy((host, port))
    with shared_database(tmp_path) as database_url, smtp_server(handler) as (handler, smtp_port):
        settings.TASKS = {
            "default": {
                "BACKEND": "django_tasks_db.DatabaseBackend",
                "QUEUES": ["default", "newsletter"],
            }
        }
        settings.NEWSLETTER = {
            **settings.NEWSLETTER,
            "BATCH_SIZE": 100,
            "LEASE_SECONDS": LEASE_SECONDS,
        }
        proxied = database_url.replace(f"@{host}:{port}/", f"@127.0.0.1:{proxy.port}/")
        assert proxied != database_url
        proxied += ("&" if "?" in proxied else "?") + WORKER_DATABASE_OPTIONS
        env = worker_env(proxied, smtp_port, LEASE_SECONDS=LEASE_SECONDS)
        env["WORKER_LOG"] = str(tmp_path / "worker.log")
        env["PYTHONFAULTHANDLER"] = "1"  # a SIGABRT on failure dumps every thread's stack
        campaign = do_start_campaign(issue)
        worker = Worker(env).start()
        started_at = time.monotonic()
        try:
            # Messages are in flight when the database goes away.
            assert wait_for(lambda: len(handler.received) >= SUBSCRIBERS // 4, 90, 0.005)
            proxy.cut()
            cut_at = len(handler.received)
            before_cut = time.monotonic() - started_at
            time.sleep(OUTAGE_SECONDS)
            during = len(handler.received) - cut_at
            in_doubt = Delivery.objects.filter(campaign=campaign, status="sending").count()
            proxy.restore()
            restored_at = time.monotonic()

            def finished():
                campaign.refresh_from_db()
                return campaign.status == Campaign.Status.FINISHED

            done = wait_while_progressing(finished, handler)
            unknown = Delivery.objects.filter(campaign=campaign, status="unknown").count()
            after = time.monotonic() - restored_at
            log = (tmp_path / "worker.log").read_text(errors="replace").splitlines()
            warnings = [line for line in log if "unavailable" in line or "Error" in line]
            print(
                f"outage test: cut at {cut_at} sent ({before_cut:.1f} s, "
                f"{cut_at / before_cut:.0f} msg/s), {during} sent during the outage, "
                f"{in_doubt} in doubt; finished {after:.1f} s after the database returned "
                f"({(SUBSCRIBERS - cut_at - during) / after:.0f} msg/s); {unknown} unknown; "
                f"worker: {len(warnings)} database warnings, e.g. {warnings[-3:]}"
            )
            if not done:
                os.kill(worker.process.pid, signal.SIGABRT)
                time.sleep(2)
                pytest.fail((tmp_path / "worker.log").read_text()[-6000:])
            assert worker.process.poll() is None  # still up: it waited for the database
        finally:
            worker.stop()
            proxy.close()
        counts = handler.counts()
    assert max(counts.values()) == 1  # nobody twice
    assert len(counts) == SUBSCRIBERS
    statuses = dict(
        Delivery.objects.filter(campaign=campaign).values_list("status").annotate(n=Count("id"))
    )
    assert statuses == {"sent": SUBSCRIBERS}
