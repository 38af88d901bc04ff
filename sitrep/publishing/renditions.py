"""The image sizes public pages show, made when an image is saved, by the task worker.

Without this the first reader of a page with a new image makes its renditions in a web worker:
Wagtail's `create_renditions` decodes the original in three threads at once, which was the
highest peak of a web worker's memory (issue 10: 159–172 MiB against ~146 MiB when the
renditions existed), and that reader waits for it. The task worker makes them instead, right
after the upload or edit commits; a web worker still makes any that are missing (an image saved
before this existed, a failed task), as Wagtail always does.
"""

from __future__ import annotations

from typing import Any

# Every filter spec the public templates ask for (article_page.html, blocks/image.html,
# includes/teaser_figure.html; the feeds and link previews use width-1200).
# tests/publishing/test_renditions.py renders pages to check that none is missing.
PAGE_IMAGE_SPECS = (
    "width-400",
    "width-800",
    "width-1200",
    "fill-160x107",
    "fill-320x213",
    "fill-480x320",
)


def create_page_renditions(image: Any) -> int:
    """Make the renditions public pages use of `image` that do not exist yet; how many there
    are in all."""
    return len(image.get_renditions(*PAGE_IMAGE_SPECS))
