"""Keep the demo's processes running, and stop them all on one Ctrl-C (docs/operations.md).

`manage.py run_demo` starts the web server and the task worker as children and hands them to a
`Supervisor`: a worker that exits is started again after a short, growing pause (1 s, 2 s, 4 s …
up to `max_backoff`, back to 1 s once it has run for a minute), and each restart is logged; the
web server exiting ends the demo. SIGINT or SIGTERM stops every child: each runs in its own
process group, which receives SIGTERM, then SIGKILL after `grace` seconds, so a server that hangs
while shutting down (granian waiting for its threads) cannot keep the terminal.

No Django here: it is plain process handling, tested with small child processes.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

logger = logging.getLogger("sitrep.supervise")

PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child: get SIGTERM if the supervisor dies, even by SIGKILL (Linux only), and run
    in a process group of its own so the whole subtree can be stopped at once."""
    os.setpgid(0, 0)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


@dataclass
class Child:
    """One supervised command. `restart` says whether it is started again when it exits."""

    name: str
    argv: Sequence[str]
    restart: bool
    log_path: Path | None = None
    env: dict[str, str] | None = None
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    failures: int = 0  # consecutive quick exits, for the back-off
    restart_at: float | None = None
    # Started only once this returns True (or `wait_at_most` seconds have passed): the worker
    # waits for the web server's first page, so both do not compete for the CPU at start.
    start_when: Callable[[], bool] | None = None
    wait_at_most: float = 60.0
    _log: IO[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        if self.log_path is not None and self._log is None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = open(self.log_path, "ab")  # noqa: SIM115 (kept open while it runs)
        self.process = subprocess.Popen(
            list(self.argv),
            stdout=self._log,
            stderr=subprocess.STDOUT if self._log else None,
            stdin=subprocess.DEVNULL,
            env=self.env,
            preexec_fn=_die_with_parent,  # noqa: PLW1509 (no threads yet in the supervisor)
        )
        self.started_at = time.monotonic()
        self.restart_at = None

    def signal_group(self, signum: int) -> None:
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass

    def close(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None


def backoff_seconds(failures: int, *, base: float = 1.0, maximum: float = 30.0) -> float:
    """The pause before the `failures`-th restart in a row: 1, 2, 4 … seconds, at most `maximum`."""
    return min(base * 2 ** max(failures - 1, 0), maximum)


class Supervisor:
    def __init__(
        self,
        children: Sequence[Child],
        *,
        grace: float = 3.0,
        max_backoff: float = 30.0,
        stable_after: float = 60.0,
        say: Callable[[str], None] = print,
    ) -> None:
        self.children = list(children)
        self.grace = grace
        self.max_backoff = max_backoff
        self.stable_after = stable_after
        self.say = say
        self.stopping = False
        self.restarts = 0

    def _on_signal(self, signum: int, frame: object) -> None:
        self.stopping = True

    def run(self) -> int:
        """Start the children and watch them until a signal or a non-restarting child's exit;
        then stop them all. Returns the exit status for the demo."""
        previous = {
            sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        status = 0
        try:
            began = time.monotonic()
            waiting = []
            for child in self.children:
                if child.start_when is None:
                    child.start()
                else:
                    waiting.append(child)
            while not self.stopping:
                for child in list(waiting):
                    if time.monotonic() - began >= child.wait_at_most or child.start_when():
                        waiting.remove(child)
                        child.start()
                status = self._watch_once()
                if status is not None:
                    break
                time.sleep(0.2)
            else:
                status = 0
        finally:
            self.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        return status

    def _watch_once(self) -> int | None:
        now = time.monotonic()
        for child in self.children:
            if child.process is None:
                continue  # not started yet
            if child.restart_at is not None:
                if now >= child.restart_at:
                    child.start()
                continue
            code = child.process.poll() if child.process else None
            if code is None:
                continue
            if not child.restart:
                self.say(f"The {child.name} exited with status {code}; stopping the demo.")
                return code or 1
            ran = now - child.started_at
            child.failures = 1 if ran >= self.stable_after else child.failures + 1
            pause = backoff_seconds(child.failures, maximum=self.max_backoff)
            where = f" (log: {child.log_path})" if child.log_path else ""
            message = (
                f"The {child.name} exited with status {code} after {ran:.0f} s; "
                f"restarting it in {pause:.0f} s{where}."
            )
            self.say(message)
            logger.warning(message)
            self.restarts += 1
            child.restart_at = now + pause
        return None

    def stop(self) -> None:
        """SIGTERM to every child's process group, SIGKILL to those still there after `grace`."""
        running = [c for c in self.children if c.process and c.process.poll() is None]
        for child in running:
            child.signal_group(signal.SIGTERM)
        deadline = time.monotonic() + self.grace
        while running and time.monotonic() < deadline:
            running = [c for c in running if c.process.poll() is None]
            time.sleep(0.05)
        for child in running:
            self.say(f"The {child.name} did not stop within {self.grace:.0f} s: killing it.")
            child.signal_group(signal.SIGKILL)
        for child in self.children:
            if child.process is not None:
                try:
                    child.process.wait(timeout=self.grace)
                except subprocess.TimeoutExpired:
                    pass
                # Whatever the child left in its group (granian's workers) goes with it.
                child.signal_group(signal.SIGKILL)
            child.close()
