"""glibc's malloc in a web worker: large blocks go straight back to the operating system, and
the worker's threads share two heaps.

By default glibc serves a block over 128 kB with its own mmap and unmaps it when freed, but each
such free raises that threshold to the block's size (up to 32 MB): from then on blocks that large
come from the heap, and a heap gives memory back only from its top. A worker that once decoded
an image for a rendition (Pillow's image memory, a few MB per copy, in Wagtail's three rendition
threads) or compressed a page kept those megabytes for good, and every later peak stacked on
them. A fixed threshold turns the adjustment off (mallopt(3)); measured in issue 10's work on
the production server: peak RSS of a worker ~35 MB lower after creating renditions
(190-196 MiB against 157-158, every public page kind in three languages, 520 weeks).

glibc also gives each thread that allocates its own heap ("arena", up to eight per core), and
a granian worker has several (its HTTP runtime, the thread running Django, Wagtail's rendition
threads). Each kept what its busiest moment needed. The Python code runs one thread at a time
anyway (the GIL), so two arenas cost no waiting: measured with the production server on the
520-week archive, a worker answering cached pages peaked at 113 MiB instead of 133.
"""

from __future__ import annotations

import ctypes

M_MMAP_THRESHOLD = -3  # <malloc.h>
M_ARENA_MAX = -8
LARGE_BLOCK_BYTES = 128 * 1024  # glibc's own starting value
ARENAS = 2


def return_large_blocks_to_the_system() -> bool:
    """Fix glibc's mmap threshold and its number of arenas; False where the C library is not
    glibc (nothing changes)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES)) and bool(mallopt(M_ARENA_MAX, ARENAS))
