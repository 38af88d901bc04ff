"""Static files storage of the embedded default (docs/configuration.md, "Compression").

whitenoise's CompressedStaticFilesStorage gzips every collected file on every collectstatic,
a few seconds that the demo would spend at each start. This one skips the files whose .gz
is already there and as old as the file itself (whitenoise gives the .gz the file's mtime, and
collectstatic only copies files that changed), so a restart compresses nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from whitenoise.storage import CompressedStaticFilesStorage


class ChangedFilesCompressedStaticFilesStorage(CompressedStaticFilesStorage):
    def post_process(
        self, paths: dict[str, Any], dry_run: bool = False, **options: Any
    ) -> Iterator[Any]:
        changed = {path: value for path, value in paths.items() if not self._compressed(path)}
        yield from super().post_process(changed, dry_run, **options)

    def _compressed(self, path: str) -> bool:
        full_path = self.path(path)
        try:
            return os.stat(full_path + ".gz").st_mtime == os.stat(full_path).st_mtime
        except OSError:
            return False
