#!/usr/bin/env python
"""Newsletter sending benchmark: N confirmed subscribers, real worker process(es), a local sink.

    .venv/bin/python bench/newsletter.py --subscribers 20000 [--workers 2] [--sink python|smtp-sink]
        [--database-url postgres://…] [--var-dir var/bench-newsletter]

It builds a fresh database (SQLite under --var-dir unless --database-url is given), seeds one
issue (`seed_demo --weeks 1`), creates N confirmed subscribers across en/be/ru with
`bulk_create` (addresses encrypted as in production), starts K `manage.py db_worker`
processes, starts the campaign and waits until it is finished.

The sink: by default a small asyncio SMTP server in its own process that records every RCPT
(so duplicates and misses are counted per address) — it accepts well over 3,000 messages/s
here, faster than one worker sends. `--sink smtp-sink` uses Postfix's C `smtp-sink` instead
(install with `DEBIAN_FRONTEND=noninteractive apt-get install -y postfix`); it only counts
messages, so duplicates are then derived from the ledger (received − recorded sent).

Prints messages/s, total time, the worker's peak RSS (VmHWM), missed and duplicates, and as the
last line one JSON object: subscribers, msgs_per_s, seconds, peak_rss_mb, missed, duplicates,
unknown (plus workers, start_seconds, send_seconds).

`--kill-at 0.1,0.5,0.9` kills the first worker with SIGKILL once that share of the list is
recorded as sent (plus a random 0–0.3 s, so the kill lands anywhere between two records) and
starts a new one; the lease is then `--lease` seconds (default 5) so the campaign resumes soon.
It adds what a crash leaves in doubt: `unknown` per crash, and of those how many never reached
the sink (certainly never delivered), how many carry no `handed_at` mark (the ones "Re-send
those never handed over" sends) and how many of those were delivered anyway (must be 0).
Throughput is not meaningful in such a run (it includes the lease waits).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "be", "ru")


# ---------------------------------------------------------------------------------------------
# The recording sink (runs in a child process; no Django)


class _SinkProtocol(asyncio.Protocol):
    def __init__(self, counts: dict[bytes, int], totals: list[int]) -> None:
        self.counts = counts
        self.totals = totals
        self.buffer = bytearray()
        self.in_data = False
        self.scan_from = 0
        self.recipients: list[bytes] = []

    def connection_made(self, transport) -> None:
        self.transport = transport
        transport.write(b"220 bench-sink ESMTP\r\n")

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        replies = []
        while True:
            if self.in_data:
                end = buffer.find(b"\r\n.\r\n", max(0, self.scan_from - 4))
                if end < 0:
                    self.scan_from = len(buffer)
                    break
                del buffer[: end + 5]
                self.in_data = False
                self.scan_from = 0
                for rcpt in self.recipients:
                    self.counts[rcpt] = self.counts.get(rcpt, 0) + 1
                self.totals[0] += 1
                self.recipients = []
                replies.append(b"250 2.0.0 queued\r\n")
                continue
            end = buffer.find(b"\r\n")
            if end < 0:
                break
            line = bytes(buffer[:end])
            del buffer[: end + 2]
            verb = line[:4].upper()
            if verb == b"RCPT":
                start, stop = line.find(b"<"), line.find(b">")
                self.recipients.append(line[start + 1 : stop].lower())
                replies.append(b"250 2.1.5 ok\r\n")
            elif verb == b"MAIL":
                self.recipients = []
                replies.append(b"250 2.1.0 ok\r\n")
            elif verb == b"DATA":
                self.in_data = True
                # The terminator may follow at once (an empty body): search from the start.
                buffer[:0] = b"\r\n"
                replies.append(b"354 go ahead\r\n")
            elif verb == b"EHLO":
                replies.append(b"250-bench-sink\r\n250-8BITMIME\r\n250 SIZE 100000000\r\n")
            elif verb == b"QUIT":
                replies.append(b"221 bye\r\n")
                self.transport.write(b"".join(replies))
                self.transport.close()
                return
            else:  # HELO, RSET, NOOP …
                replies.append(b"250 ok\r\n")
        if replies:
            self.transport.write(b"".join(replies))


def run_sink(port: int, result_path: str, ready) -> None:
    counts: dict[bytes, int] = {}
    totals = [0]

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: _SinkProtocol(counts, totals), "127.0.0.1", port, backlog=128
        )
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        ready.set()
        async with server:
            await stop.wait()

    asyncio.run(main())
    received = sum(counts.values())
    Path(result_path).write_text(
        json.dumps(
            {
                "messages": totals[0],
                "received": received,
                "distinct": len(counts),
                "duplicates": received - len(counts),
                "recipients": sorted(a.decode() for a, n in counts.items()),
            }
        )
    )


# ---------------------------------------------------------------------------------------------
# Helpers


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (0 if it is gone): on a shared machine
    the worker's CPU per message compares two runs better than their wall-clock rates."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vm_hwm_mb(pid: int) -> float:
    """Peak resident set size of a process (VmHWM), in MB; 0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def log(message: str) -> None:
    print(message, flush=True)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--sink", choices=["python", "smtp-sink"], default="python")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--var-dir", default=str(ROOT / "var" / "bench-newsletter"))
    parser.add_argument("--batch-size", type=int, default=0, help="default: the setting (500)")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument(
        "--kill-at", default="", help="shares of the list, e.g. 0.1,0.5,0.9: SIGKILL a worker"
    )
    parser.add_argument("--lease", type=int, default=5, help="lease seconds with --kill-at")
    return parser.parse_args()


# ---------------------------------------------------------------------------------------------
# The benchmark


def main() -> int:
    args = parse_args()
    var_dir = Path(args.var_dir).resolve()
    if var_dir.exists():
        shutil.rmtree(var_dir)
    var_dir.mkdir(parents=True)
    port = free_port()
    env = {
        "SITREP_ENVIRONMENT": "test",
        "SITREP_TASK_BACKEND": "database",
        "SITREP_VAR_DIR": str(var_dir),
        "DATABASE_URL": args.database_url or f"sqlite:///{var_dir / 'db.sqlite3'}",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "SITREP_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "sitrep.settings",
    }
    if args.batch_size:
        env["SITREP_NEWSLETTER_BATCH_SIZE"] = str(args.batch_size)
    kill_at = sorted(float(share) for share in args.kill_at.split(",") if share)
    if kill_at:
        env["SITREP_NEWSLETTER_LEASE_SECONDS"] = str(args.lease)
    os.environ.update(env)
    os.environ.pop("PYTEST_VERSION", None)

    # The sink first, forked before Django is loaded.
    sink_result = var_dir / "sink.json"
    sink_proc = None
    if args.sink == "python":
        ready = multiprocessing.Event()
        sink_proc = multiprocessing.Process(
            target=run_sink, args=(port, str(sink_result), ready), daemon=True
        )
        sink_proc.start()
        ready.wait(10)
    else:
        binary = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
        if not Path(binary).exists():
            log(
                "smtp-sink not found: install it with "
                "`DEBIAN_FRONTEND=noninteractive apt-get install -y postfix`, or use --sink python"
            )
            return 2
        sink_out = open(var_dir / "smtp-sink.out", "wb")  # noqa: SIM115
        sink_proc = subprocess.Popen(
            [binary, "-c", "-u", "root", f"127.0.0.1:{port}", "1000"],
            stdout=sink_out,
            stderr=subprocess.STDOUT,
        )
        time.sleep(0.5)

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from sitrep.newsletter.crypto import email_index, encrypt_email
    from sitrep.newsletter.models import Campaign, Delivery, Subscriber
    from sitrep.publishing.models import IssuePage

    started = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("setup_site", verbosity=0)
    try:
        call_command("seed_demo", "--weeks", "1", verbosity=0)
    except Exception as exc:  # noqa: BLE001 - the bench still needs some content
        log(f"seed_demo failed ({exc}); the bench needs an issue with articles")
        return 2
    issue = (
        IssuePage.objects.live().filter(locale__language_code="en").order_by("-week_start").first()
    )
    log(f"database and content ready in {time.monotonic() - started:.1f}s (issue {issue})")

    # Subscribers, in chunks (memory stays flat even for a million).
    started = time.monotonic()
    chunk = 5000
    for first in range(0, args.subscribers, chunk):
        rows = []
        for n in range(first, min(first + chunk, args.subscribers)):
            address = f"bench{n}@example.org"
            rows.append(
                Subscriber(
                    email_hash=email_index(address),
                    email_encrypted=encrypt_email(address),
                    status=Subscriber.Status.CONFIRMED,
                    language=LANGUAGES[n % 3],
                    consent_source="bench",
                )
            )
        Subscriber.objects.bulk_create(rows, batch_size=1000)
    log(f"{args.subscribers} subscribers created in {time.monotonic() - started:.1f}s")

    # Workers, started and given time to load Django before the clock starts.
    worker_env = {**os.environ}

    def start_worker(name: str) -> subprocess.Popen:
        return subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--queue-name",
                "*",
                "--interval",
                "0.1",
                "--no-reload",
                "--no-startup-delay",
                "--worker-id",
                name,
                "-v0",
            ],
            cwd=ROOT,
            env=worker_env,
        )

    workers = [start_worker(f"bench-{i}") for i in range(args.workers)]
    time.sleep(5)

    from django.db import connection
    from django.db.models import Count

    from sitrep.newsletter.actions.campaigns import do_start_campaign

    cpu_before = sum(cpu_seconds(w.pid) for w in workers)
    t0 = time.monotonic()
    campaign = do_start_campaign(issue)
    t_frozen = time.monotonic()
    log(
        f"campaign #{campaign.pk} started in {t_frozen - t0:.1f}s (above 20,000 recipients the "
        "ledger is written by the worker, in chunks, while sending)"
    )
    peak = 0.0
    last_report = t_frozen
    kills: list[int] = []
    deadline = t0 + args.timeout
    while time.monotonic() < deadline:
        time.sleep(0.2)
        peak = max([peak, *(vm_hwm_mb(w.pid) for w in workers)])
        status = Campaign.objects.filter(pk=campaign.pk).values_list("status", flat=True)[0]
        if status != Campaign.Status.SENDING:
            break
        if kill_at and len(kills) < len(kill_at):
            sent = Delivery.objects.filter(campaign=campaign, status="sent").count()
            if sent >= kill_at[len(kills)] * args.subscribers:
                time.sleep(random.uniform(0, 0.3))
                workers[0].kill()
                workers[0].wait()
                kills.append(Delivery.objects.filter(campaign=campaign, status="sent").count())
                log(f"  worker killed ({kills[-1]} recorded as sent); a new one starts")
                workers[0] = start_worker(f"bench-0-{len(kills)}")
                continue
        if time.monotonic() - last_report >= 5:
            last_report = time.monotonic()
            sent = Delivery.objects.filter(campaign=campaign, status="sent").count()
            log(
                f"  {sent} sent, {sent / (last_report - t_frozen):.0f} msgs/s, "
                f"worker peak RSS {peak:.0f} MB"
            )
        if any(w.poll() is not None for w in workers):
            log("a worker exited unexpectedly")
            break
    t1 = time.monotonic()
    peak = max([peak, *(vm_hwm_mb(w.pid) for w in workers)])
    worker_cpu = sum(cpu_seconds(w.pid) for w in workers) - cpu_before
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(20)
        except subprocess.TimeoutExpired:
            worker.kill()

    counts = dict(
        Delivery.objects.filter(campaign=campaign)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    # Who each unknown delivery was for (bench<n>@example.org, n in creation order) and whether
    # it carries the handing-over mark.
    subscriber_number = {
        pk: n for n, pk in enumerate(Subscriber.objects.order_by("id").values_list("id", flat=True))
    }
    unknown_rows = [
        (f"bench{subscriber_number[subscriber_id]}@example.org", handed_at is not None)
        for subscriber_id, handed_at in Delivery.objects.filter(
            campaign=campaign, status="unknown"
        ).values_list("subscriber_id", "handed_at")
    ]
    connection.close()
    sent = counts.get("sent", 0)
    unknown = counts.get("unknown", 0)

    if args.sink == "python":
        os.kill(sink_proc.pid, signal.SIGTERM)
        sink_proc.join(30)
        result = json.loads(sink_result.read_text())
        expected = {f"bench{n}@example.org" for n in range(args.subscribers)}
        received = set(result["recipients"])
        duplicates = result["duplicates"]
        missed = len(expected - received)
        if kills:  # unknown rows are accounted for below, not missed
            missed = len(expected - received - {address for address, _h in unknown_rows})
        unexpected = len(received - expected)
        messages = result["messages"]
    else:
        received = set()
        sink_proc.send_signal(signal.SIGTERM)
        sink_proc.wait(10)
        text = (var_dir / "smtp-sink.out").read_bytes().decode("latin-1")
        # `-c` prints running counters: "sess=N quit=N mesg=N", the last one is final.
        counters = re.findall(r"mesg=(\d+)", text)
        messages = int(counters[-1]) if counters else 0
        duplicates = max(0, messages - sent - unknown)
        missed = args.subscribers - sent - unknown
        unexpected = 0

    send_seconds = t1 - t_frozen
    total_seconds = t1 - t0
    rate = sent / send_seconds if send_seconds else 0.0
    log(f"ledger: {counts}")
    log(
        f"{sent} messages sent by {args.workers} worker(s) in {send_seconds:.1f}s "
        f"({rate:.0f} msgs/s); {total_seconds:.1f}s including the start action"
    )
    log(f"sink received {messages} messages; missed {missed}, duplicates {duplicates}")
    if unexpected:
        log(f"WARNING: {unexpected} unexpected recipients")
    log(f"worker peak RSS {peak:.1f} MB")
    cpu_ms = 1000 * worker_cpu / sent if sent and not kills else 0.0
    log(f"worker CPU {worker_cpu:.1f} s, {cpu_ms:.3f} ms per message sent")
    crash: dict[str, object] = {}
    if kills:
        unmarked = [address for address, handed in unknown_rows if not handed]
        crash = {
            "kills": len(kills),
            "unknown_per_crash": round(unknown / len(kills), 1),
            "unknown_never_received": sum(1 for a, _h in unknown_rows if a not in received),
            "unknown_without_handed_at": len(unmarked),
            "unmarked_but_received": sum(1 for a in unmarked if a in received),
        }
        log(
            f"{len(kills)} crashes: {unknown} unknown ({crash['unknown_per_crash']} per crash), "
            f"{crash['unknown_never_received']} of them never received by the sink, "
            f"{len(unmarked)} without handed_at ({crash['unmarked_but_received']} of those "
            "received)"
        )
    print(
        json.dumps(
            {
                "subscribers": args.subscribers,
                "msgs_per_s": round(rate, 1),
                "seconds": round(total_seconds, 2),
                "peak_rss_mb": round(peak, 1),
                "missed": missed,
                "duplicates": duplicates,
                "unknown": unknown,
                "workers": args.workers,
                "start_seconds": round(t_frozen - t0, 2),
                "send_seconds": round(send_seconds, 2),
                "worker_cpu_ms_per_message": round(cpu_ms, 3),
                "flush_every": os.environ.get("SITREP_NEWSLETTER_FLUSH_EVERY", "default"),
                "flush_seconds": os.environ.get("SITREP_NEWSLETTER_FLUSH_SECONDS", "default"),
                **crash,
            }
        ),
        flush=True,
    )
    return 0 if not missed and not duplicates else 1


if __name__ == "__main__":
    sys.exit(main())
