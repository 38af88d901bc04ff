"""`make run`'s process supervision (sitrep/core/supervise.py): a worker that exits is started
again after a short pause, and one Ctrl-C stops every process within a few seconds, even one
that ignores the signal (granian hanging in "Shutting down")."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from sitrep.core.supervise import Child, Supervisor, backoff_seconds

# Timed restarts and a real SIGINT to this process: outside pytest-xdist (make test).
pytestmark = pytest.mark.serial

PY = sys.executable


def sleeper(seconds: float = 60) -> list[str]:
    return [PY, "-c", f"import time; time.sleep({seconds})"]


def after(seconds: float, action) -> threading.Timer:
    timer = threading.Timer(seconds, action)
    timer.daemon = True
    timer.start()
    return timer


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0): look at its state.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(")")[-1].split()[0] != "Z"


def test_backoff_grows_and_is_capped():
    assert [backoff_seconds(n, maximum=30) for n in (1, 2, 3, 4, 5, 6, 9)] == [
        1,
        2,
        4,
        8,
        16,
        30,
        30,
    ]


def test_a_worker_that_exits_is_restarted_and_it_is_logged(tmp_path):
    starts = tmp_path / "starts"
    worker = Child(
        "task worker",
        [PY, "-c", f"open({str(starts)!r}, 'a').write('x'); raise SystemExit(3)"],
        restart=True,
    )
    web = Child("web server", sleeper(), restart=False)
    said: list[str] = []
    supervisor = Supervisor([web, worker], say=said.append, max_backoff=1)
    after(6, lambda: setattr(supervisor, "stopping", True))
    assert supervisor.run() == 0

    assert len(starts.read_text()) >= 3  # started, exited, started again … with pauses
    assert supervisor.restarts >= 2
    assert "The task worker exited with status 3" in said[0]
    assert "restarting it in 1 s" in said[0]
    assert web.process.poll() is not None  # stopped with the demo


def test_one_sigint_stops_children_that_ignore_it_within_the_grace_period(tmp_path):
    """The child ignores SIGINT and SIGTERM and has a child of its own, like granian's
    workers: both are gone a few seconds after one SIGINT to the supervisor."""
    grandchild_pid = tmp_path / "grandchild.pid"
    stubborn = (
        "import signal, subprocess, sys, time\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"open({str(grandchild_pid)!r}, 'w').write(str(p.pid))\n"
        "time.sleep(60)\n"
    )
    web = Child("web server", [PY, "-c", stubborn], restart=False)
    worker = Child("task worker", sleeper(), restart=True)
    said: list[str] = []
    supervisor = Supervisor([web, worker], say=said.append, grace=1.5)

    sent_at: list[float] = []

    def ctrl_c() -> None:
        while not grandchild_pid.exists():
            time.sleep(0.05)
        time.sleep(0.2)
        sent_at.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    after(0, ctrl_c)
    previous = signal.getsignal(signal.SIGINT)
    supervisor.run()
    stopped_in = time.monotonic() - sent_at[0]
    assert signal.getsignal(signal.SIGINT) is previous

    assert not alive(web.process.pid)
    assert not alive(worker.process.pid)
    deadline = time.monotonic() + 5
    while alive(int(grandchild_pid.read_text())) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(int(grandchild_pid.read_text()))
    assert any("did not stop within" in line for line in said)
    # 1.5 s of grace, then SIGKILL: well within "a few seconds" even on a busy machine.
    assert stopped_in < 4


def test_the_demo_stops_when_the_web_server_exits():
    web = Child("web server", [PY, "-c", "raise SystemExit(2)"], restart=False)
    worker = Child("task worker", sleeper(), restart=True)
    said: list[str] = []
    assert Supervisor([web, worker], say=said.append).run() == 2
    assert "The web server exited with status 2; stopping the demo." in said
    assert worker.process.poll() is not None
