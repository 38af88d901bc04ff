"""`export_static --check`: every link of a mirror folder leads to a file in it.

Reads the files as a static host would serve them: every href, src, srcset and action of
every HTML file, every url() of every stylesheet, and the site's absolute URLs in feeds, the
sitemap and robots.txt. A relative link must stay inside the folder and name an existing
file (a directory: its index.html); an absolute link to the mirror's base URL, or to the main
site for a page the mirror holds, likewise. Links to other sites and the main site's forms are
not followed. A root-relative link ("/en/...") is reported: it breaks under a path prefix.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import links
from .manifest import MANIFEST_NAME
from .paths import file_for_public_path, output_file

SKIPPED_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "#")
TEXT_SUFFIXES = (".xml", ".txt", ".csv", ".json")


@dataclass(frozen=True)
class BrokenLink:
    file: str
    url: str
    reason: str


def _settings(root: Path) -> dict[str, str]:
    manifest = root / MANIFEST_NAME
    if manifest.exists():
        return json.loads(manifest.read_text()).get("settings", {})
    return {}


def check_mirror(root: Path, *, site_url: str = "", base_url: str = "") -> list[BrokenLink]:
    from .export import MAIN_SITE_ONLY

    saved = _settings(root)
    site_url = (site_url or saved.get("site_url", "")).rstrip("/")
    base_url = base_url or saved.get("base_url", "")
    files = {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    }
    broken: list[BrokenLink] = []

    def target_exists(name: str) -> bool:
        return name in files

    for name in sorted(files):
        if name.startswith("pagefind/"):
            continue
        found: list[tuple[str, bool]] = []

        def record(url: str, absolute: bool, found=found) -> str:
            found.append((url, absolute))
            return url

        path = root / name
        if name.endswith(".html"):
            links.rewrite_html(path.read_text(errors="replace"), record)
        elif name.endswith(".css"):
            links.rewrite_css(path.read_text(errors="replace"), record)
        elif name.endswith(TEXT_SUFFIXES):
            prefixes = tuple(p for p in (base_url, f"{site_url}/" if site_url else "") if p)
            links.rewrite_absolute_urls(path.read_text(errors="replace"), prefixes, record)
        else:
            continue
        for url, _absolute in found:
            reason = _problem(name, url, site_url, base_url, target_exists, MAIN_SITE_ONLY)
            if reason:
                broken.append(BrokenLink(name, url, reason))
    return broken


def _problem(name, url, site_url, base_url, exists, main_site_only) -> str:
    if not url or url.startswith(SKIPPED_SCHEMES):
        return ""
    if base_url and url.startswith(base_url):
        target = file_for_public_path(unquote(urlsplit(url).path)[len(urlsplit(base_url).path) :])
        return "" if exists(target) else "missing"
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        if site_url and url.startswith(f"{site_url}/"):
            path = unquote(parts.path)
            if main_site_only.match(path):
                return ""  # the newsletter's forms, the admin: the main site's on purpose
            return "" if exists(output_file(path, parts.query)) else "missing (main-site URL)"
        return ""  # another site
    if url.startswith("/"):
        return "root-relative"
    target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(parts.path)))
    if target.startswith("../") or target == "..":
        return "outside the mirror"
    if parts.path.endswith("/") or not parts.path:
        target = posixpath.join(target, "index.html") if parts.path else name
    return "" if exists(target) else "missing"
