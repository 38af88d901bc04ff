"""The mirror's manifest: which files the last export wrote, with their content hashes.

A re-export writes a file only when its bytes changed, and deletes the files that the last
export wrote and this one did not (unpublished pages, pages that moved). Files in the mirror
folder that no export wrote are never touched. docs/mirror.md.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = ".sitrep-mirror.json"
VERSION = 1


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class WriteCounts:
    written: int = 0
    unchanged: int = 0
    deleted: int = 0
    bytes_total: int = 0
    written_files: list[str] = field(default_factory=list)


class Manifest:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / MANIFEST_NAME
        self.previous: dict[str, str] = {}
        self.settings: dict[str, str] = {}
        if self.path.exists():
            data = json.loads(self.path.read_text())
            if data.get("version") == VERSION:
                self.previous = data.get("files", {})
                self.settings = data.get("settings", {})
        self.current: dict[str, str] = {}
        self.counts = WriteCounts()

    def _target(self, name: str) -> Path:
        target = (self.root / name).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise ValueError(f"{name!r} is outside the mirror folder")
        return target

    def write(
        self, name: str, data: bytes, *, stable: Callable[[bytes], bytes] | None = None
    ) -> bool:
        """Write `data` as mirror file `name` unless it already holds exactly that; True when
        written. `stable` maps the bytes to what counts for "changed" (a feed's build time
        alone is no change)."""
        hashed = digest(stable(data) if stable else data)
        self.current[name] = hashed
        self.counts.bytes_total += len(data)
        target = self._target(name)
        if self.previous.get(name) == hashed and target.exists():
            self.counts.unchanged += 1
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(data)
        # Readers of a mirror being updated see the old file or the new one, never half.
        os.replace(temporary, target)
        self.counts.written += 1
        self.counts.written_files.append(name)
        return True

    def stale(self) -> list[str]:
        return sorted(set(self.previous) - set(self.current))

    def delete_stale(self) -> list[str]:
        """Delete what the previous export wrote and this one did not, and folders left
        empty by it."""
        removed = self.stale()
        for name in removed:
            target = self._target(name)
            if target.exists():
                target.unlink()
            parent = target.parent
            while parent != self.root and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
        self.counts.deleted = len(removed)
        return removed

    def keep(self, name: str) -> None:
        """Count `name` as written by this export without rewriting it (unchanged files of a
        step that was skipped)."""
        if name in self.previous:
            self.current[name] = self.previous[name]

    def forget(self, folder: str) -> None:
        """Count the files under `folder` as not written by this export until they are written
        again: a step that writes a whole folder anew (the search index, whose file names change
        with their content) must leave no old file behind."""
        prefix = folder.rstrip("/") + "/"
        for name in [name for name in self.current if name.startswith(prefix)]:
            del self.current[name]

    def save(self, settings: dict[str, str]) -> None:
        data = {
            "version": VERSION,
            "settings": settings,
            "files": dict(sorted(self.current.items())),
        }
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        temporary.write_text(json.dumps(data, indent=0))
        os.replace(temporary, self.path)
