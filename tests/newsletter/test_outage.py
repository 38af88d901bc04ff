"""A database outage in the middle of a campaign, on PostgreSQL, with a real `db_worker`
process: the worker reaches PostgreSQL through a small TCP proxy in this test, which is cut
(every connection dropped, new ones refused) and restored. The shared server is never stopped.
The worker must stay up, keep what it sent in memory and record it when the database returns:
0 `unknown`, nobody twice, and the campaign finishes by itself."""

from __future__ import annotations

import contextlib
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

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.slow,
    # Known to hang once in two runs when the cut falls on a flush boundary (issue 7 item 7,
    # open): run it on purpose, not in every CI run, until that is found.
    pytest.mark.skipif(
        not os.environ.get("SITREP_RUN_OUTAGE_TEST"),
        reason="set SITREP_RUN_OUTAGE_TEST=1 to run the PostgreSQL outage test",
    ),
]

SUBSCRIBERS = 400
OUTAGE_SECONDS = 8
LEASE_SECONDS = 30  # longer than the outage: the worker waits for up to 0.9 × the lease


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
        except OSError:
            return
        finally:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()

    def cut(self) -> None:
        self.open = False
        with self.lock:
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


@pytest.fixture
def wagtail_root(transactional_db):
    ensure_wagtail_root()


def test_database_outage_mid_campaign_loses_nothing_and_finishes_by_itself(
    wagtail_root, site_structure, settings, tmp_path
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
        env = worker_env(proxied, smtp_port, LEASE_SECONDS=LEASE_SECONDS)
        env["WORKER_LOG"] = str(tmp_path / "worker.log")
        env["PYTHONFAULTHANDLER"] = "1"  # a SIGABRT on failure dumps every thread's stack
        campaign = do_start_campaign(issue)
        worker = Worker(env).start()
        try:
            # Off a chunk boundary: messages are in flight when the database goes away.
            assert wait_for(lambda: len(handler.received) >= SUBSCRIBERS // 4, 60, 0.005)
            proxy.cut()
            cut_at = len(handler.received)
            time.sleep(OUTAGE_SECONDS)
            during = len(handler.received) - cut_at
            in_doubt = Delivery.objects.filter(campaign=campaign, status="sending").count()
            proxy.restore()
            print(f"outage test: cut at {cut_at}, {during} sent during, {in_doubt} in doubt")

            def finished():
                campaign.refresh_from_db()
                return campaign.status == Campaign.Status.FINISHED

            if not wait_for(finished, 60):
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
