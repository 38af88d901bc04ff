"""The web worker's malloc settings (sitrep/core/malloc.py) take effect on glibc."""

from __future__ import annotations

import platform

import pytest

from sitrep.core.malloc import return_large_blocks_to_the_system


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's mallopt")
def test_glibc_accepts_the_threshold_and_the_arena_limit():
    assert return_large_blocks_to_the_system() is True
