"""Public URLs of pages read as plain values (no page objects), for long lists such as the
sitemap and the trend monitor. Wagtail builds the same URLs from its cached site root paths."""

from __future__ import annotations

from wagtail.models import Site


def root_paths() -> dict[str, str]:
    """language code -> the internal url_path of that language's home page (cached by Wagtail)."""
    return {root.language_code: root.root_path for root in Site.get_site_root_paths()}


def public_path(url_path: str, language: str, roots: dict[str, str]) -> str:
    """'/home-be/issues/2023-10-09/x/' -> '/be/issues/2023-10-09/x/'."""
    root = roots.get(language, "/")
    return f"/{language}/{url_path[len(root) :]}" if url_path.startswith(root) else url_path
