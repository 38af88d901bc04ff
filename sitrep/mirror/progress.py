"""A one-line progress bar for the terminal; plain periodic lines when output is not a
terminal (logs, CI). No dependency."""

from __future__ import annotations

import time
from typing import TextIO

WIDTH = 30


class ProgressBar:
    def __init__(self, stream: TextIO, label: str = "pages", *, every: float = 0.2) -> None:
        self.stream = stream
        self.label = label
        self.every = every
        self.tty = stream.isatty()
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        interval = self.every if self.tty else 30.0
        if now - self.last < interval and done < total:
            return
        self.last = now
        elapsed = now - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        filled = int(WIDTH * done / total) if total else WIDTH
        bar = "#" * filled + "-" * (WIDTH - filled)
        # The total grows while the crawl finds links, so it is a lower bound until the end.
        line = f"[{bar}] {done}/{total} {self.label}  {rate:.0f}/s  {elapsed:.0f} s"
        if self.tty:
            self.stream.write(f"\r{line}")
        else:
            self.stream.write(f"{line}\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
