"""The static mirror export: every public page rendered in process and written as files.

Starts at each language's home page, the sitemap, robots.txt and the feeds, renders each page
through the real URL configuration with Django's test client (DEBUG off, anonymous, no network),
rewrites its links to relative links between mirror files (paths.py, links.py) and follows them,
so whatever the site links to is in the mirror and nothing unlinked or unpublished is: drafts
and unpublished pages answer 404 to an anonymous reader and appear in no list. Pages the
mirror cannot serve (the newsletter's forms and token pages, the admin, the API) stay links
to the main site (`SITE_URL`). docs/mirror.md.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.db import connections
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test import Client, RequestFactory, override_settings
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from sitrep.publishing.models import HomePage
from sitrep.trends.monitor import DEFAULT_RANGE, RANGE_CHOICES

from . import links, markup
from .incremental import Plan, load_graph, plan_update
from .manifest import Manifest, WriteCounts
from .paths import canonical_query, output_file, public_path, relative_link

# Paths the mirror never holds: links to them go to the main site.
MAIN_SITE_ONLY = re.compile(
    r"^/(?:admin|api|anymail|django-admin|_util)/|^/[a-z]{2}(?:-[a-z]+)?/newsletter/"
)
SEARCH_PAGE = re.compile(r"^/([a-z]{2}(?:-[a-z]+)?)/search/$")
TRENDS_PAGE = re.compile(r"^/([a-z]{2}(?:-[a-z]+)?)/trends/$")
TEXT_TYPES = ("xml", "rss", "atom", "text/plain", "csv", "json", "svg")
REDIRECTS = {301, 302, 303, 307, 308}
PAGEFIND_DIR = "pagefind"


@dataclass
class Broken:
    source: str  # the URL of the page that links to it
    url: str
    status: int


@dataclass
class ExportResult:
    pages: int = 0
    files: int = 0
    written: int = 0
    unchanged: int = 0
    deleted: int = 0
    bytes_total: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    search_indexed: bool = False
    plan: str = ""
    broken: list[Broken] = field(default_factory=list)
    written_files: list[str] = field(default_factory=list)


def _without_page_cache(middleware: list[str]) -> list[str]:
    # A page cache (sitrep/pagecache, in progress in parallel) must neither hand the exporter
    # a live page nor store the mirror's copy for live readers: the exporter renders without it.
    return [name for name in middleware if "pagecache" not in name.lower()]


class Exporter:
    def __init__(
        self,
        outdir: Path,
        *,
        base_url: str = "",
        search: bool = True,
        progress: Callable[[int, int], None] | None = None,
        jobs: int = 1,
        full: bool = False,
    ) -> None:
        self.outdir = outdir
        self.base_url = base_url.rstrip("/") + "/" if base_url else ""
        self.search = search
        self.progress = progress
        self.site_url = settings.SITE_URL.rstrip("/")
        site = urlsplit(self.site_url)
        self.scheme, self.netloc = site.scheme, site.netloc
        self.client = Client(
            HTTP_HOST=self.netloc, secure=self.scheme == "https", raise_request_exception=False
        )
        self.factory = RequestFactory(HTTP_HOST=self.netloc, secure=self.scheme == "https")
        self.queue: deque[tuple[str, str, str]] = deque()
        self.seen: set[tuple[str, str]] = set()
        self.result = ExportResult()
        self.manifest = Manifest(outdir)
        self.jobs = max(1, jobs)
        self.full = full
        self.found: list[tuple[str, str, str]] | None = None
        self.links: dict[str, set[str]] = {}
        self.urls: dict[str, tuple[str, str]] = {}

    # The crawl

    def enqueue(self, path: str, query: str, source: str) -> None:
        if self.found is not None:  # a worker process: the parent keeps the queue
            self.found.append((path, query, source))
            return
        key = (path, query)
        if key not in self.seen:
            self.seen.add(key)
            self.queue.append((path, query, source))

    def run(self) -> ExportResult:
        started, cpu_started = time.monotonic(), time.process_time()
        exported_at = timezone.now()
        self.outdir.mkdir(parents=True, exist_ok=True)
        hosts = [*settings.ALLOWED_HOSTS, urlsplit(self.site_url).hostname]
        with override_settings(
            DEBUG=False,
            ALLOWED_HOSTS=hosts,
            MIDDLEWARE=_without_page_cache(list(settings.MIDDLEWARE)),
        ):
            plan = self.plan()
            self.result.plan = "everything" if plan.full else f"{len(plan.render)} files"
            self.result.plan += f" ({plan.reason})" if plan.reason else ""
            if plan.full:
                self.enqueue("/", "", "")
                for code, _name in settings.LANGUAGES:
                    self.enqueue(f"/{code}/", "", "")
                self.enqueue("/sitemap.xml", "", "")
                self.enqueue("/robots.txt", "", "")
            else:
                self.start_from(plan)
            if self.jobs > 1:
                self.crawl_in_parallel()
            else:
                done = 0
                while self.queue:
                    path, query, source = self.queue.popleft()
                    self.export_one(path, query, source)
                    done += 1
                    if self.progress:
                        self.progress(done, done + len(self.queue))
        html_changed = any(name.endswith(".html") for name in self.manifest.counts.written_files)
        html_changed = html_changed or any(n.endswith(".html") for n in self.manifest.stale())
        if self.search and (html_changed or not (self.outdir / PAGEFIND_DIR).exists()):
            self.build_search_index()
            self.result.search_indexed = True
        else:
            # Nothing to index again, or --no-search: the index stays as it is.
            for name in self.manifest.previous:
                if name.startswith(f"{PAGEFIND_DIR}/"):
                    self.manifest.keep(name)
        self.manifest.delete_stale()
        self.manifest.save(
            {
                "site_url": self.site_url,
                "base_url": self.base_url,
                "exported_at": exported_at.isoformat(),
            }
        )
        save_link_graph(self.outdir, self.urls, self.links, set(self.manifest.current))
        counts = self.manifest.counts
        self.result.files = len(self.manifest.current)
        self.result.written = counts.written
        self.result.unchanged = counts.unchanged
        self.result.deleted = counts.deleted
        self.result.bytes_total = sum(
            (self.outdir / name).stat().st_size for name in self.manifest.current
        )
        self.result.written_files = counts.written_files
        self.result.seconds = time.monotonic() - started
        # This process and the rendering processes of --jobs.
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.result.cpu_seconds = (
            time.process_time() - cpu_started + children.ru_utime + children.ru_stime
        )
        return self.result

    def plan(self) -> Plan:
        if self.full:
            return Plan(True, "--full")
        previous = self.manifest.settings
        if (previous.get("site_url"), previous.get("base_url")) != (self.site_url, self.base_url):
            return Plan(True, "first export with these addresses")
        return plan_update(
            previous.get("exported_at"),
            load_graph(self.outdir / LINK_GRAPH_NAME),
            (settings.STATIC_URL, settings.MEDIA_URL),
        )

    def start_from(self, plan: Plan) -> None:
        """An incremental run: every file of the last export stays unless rendered again; only
        the planned pages, and whatever new file they link to, are rendered."""
        graph = load_graph(self.outdir / LINK_GRAPH_NAME)
        assert graph is not None
        for name in self.manifest.previous:
            self.manifest.keep(name)
        self.urls = dict(graph.urls)
        self.links = graph.links
        self.seen = set(graph.urls.values())
        for name in sorted(plan.render):
            path, query = graph.urls[name]
            self.links.pop(name, None)
            self.queue.append((path, query, ""))

    def crawl_in_parallel(self) -> None:
        """The same crawl with `jobs` forked processes rendering batches of pages; this process
        keeps the queue and merges what each batch wrote and found."""
        global _WORKER
        _WORKER = self
        connections.close_all()  # each child opens its own database connection
        context = multiprocessing.get_context("fork")
        done = 0
        with context.Pool(self.jobs) as pool:
            pending: set = set()
            results: deque = deque()
            while self.queue or pending:
                while self.queue and len(pending) < self.jobs * 2:
                    batch = [self.queue.popleft() for _ in range(min(BATCH, len(self.queue)))]
                    handle = pool.apply_async(_render_batch, (batch,), callback=results.append)
                    pending.add(handle)
                for handle in [h for h in pending if h.ready()]:
                    pending.discard(handle)
                    handle.get()  # re-raises a worker's exception here
                while results:
                    outcome = results.popleft()
                    done += outcome["count"]
                    self.manifest.current.update(outcome["current"])
                    counts = self.manifest.counts
                    counts.written += outcome["written"]
                    counts.unchanged += outcome["unchanged"]
                    counts.written_files += outcome["written_files"]
                    self.result.pages += outcome["pages"]
                    self.result.broken += outcome["broken"]
                    self.urls.update(outcome["urls"])
                    for name, targets in outcome["links"].items():
                        self.links[name] = set(targets)
                    for path, query, source in outcome["found"]:
                        self.enqueue(path, query, source)
                    if self.progress:
                        self.progress(done, done + len(self.queue) + BATCH * len(pending))
                if pending and not results:
                    time.sleep(0.02)

    def export_one(self, path: str, query: str, source: str) -> None:
        target = output_file(path, query)
        self.urls[target] = (path, query)
        if path.startswith(settings.STATIC_URL):
            self.copy_file(path, target, source, static=True)
            return
        if path.startswith(settings.MEDIA_URL):
            self.copy_file(path, target, source, static=False)
            return
        search = SEARCH_PAGE.match(path)
        if search:
            self.write_search_page(search.group(1), path, target)
            return
        self.client.cookies.clear()
        response = self.client.get(path, QueryDict(query))
        if response.status_code in REDIRECTS:
            self.write_redirect(path, query, target, response.headers.get("Location", ""), source)
            return
        if response.status_code != 200:
            self.result.broken.append(Broken(source, _url(path, query), response.status_code))
            return
        body = (
            b"".join(response.streaming_content)  # type: ignore[attr-defined]
            if response.streaming
            else response.content
        )
        content_type = response.headers.get("Content-Type", "")
        self.result.pages += 1
        if content_type.startswith("text/html"):
            document = body.decode()
            trends = TRENDS_PAGE.match(path)
            if trends:
                document = markup.replace_trend_controls(
                    document, self.trend_range_links(trends.group(1), query)
                )
            document = links.rewrite_html(document, self.rewriter(path, query, target))
            # Marked whether or not this run indexes: --no-search leaves the pages as they are.
            document = markup.mark_article_for_search(document)
            body = document.encode()
        elif content_type.startswith("text/css"):
            body = links.rewrite_css(body.decode(), self.rewriter(path, query, target)).encode()
        elif any(kind in content_type for kind in TEXT_TYPES):
            body = links.rewrite_absolute_urls(
                body.decode(), (f"{self.site_url}/",), self.rewriter(path, query, target)
            ).encode()
            if target.endswith(".xml"):
                self.manifest.write(target, body, stable=_without_build_time)
                return
        self.manifest.write(target, body)

    def note_link(self, from_file: str, to_file: str) -> None:
        # Which pages each page links to: an incremental export re-renders the pages that
        # link to a changed page (their teasers show its title, trend and lead).
        if to_file.endswith(".html") and from_file.endswith(".html"):
            self.links.setdefault(from_file, set()).add(to_file)

    def rewriter(self, doc_path: str, doc_query: str, from_file: str) -> links.Rewrite:
        page_url = self.site_url + doc_path + (f"?{doc_query}" if doc_query else "")
        source = _url(doc_path, doc_query)

        def rewrite(url: str, absolute: bool) -> str:
            if not url or url.startswith(("#", "mailto:", "tel:", "data:", "javascript:")):
                return url
            full = urljoin(page_url, url)
            parts = urlsplit(full)
            if (parts.scheme, parts.netloc) != (self.scheme, self.netloc):
                return url  # another site's address
            path = unquote(parts.path) or "/"
            if MAIN_SITE_ONLY.match(path):
                return full
            keep_query = ""
            if SEARCH_PAGE.match(path):
                # The mirror's search page reads its query in the browser.
                target, keep_query = output_file(path), parts.query
                self.enqueue(path, "", source)
            else:
                query = canonical_query(parts.query)
                target = output_file(path, query)
                self.enqueue(path, query, source)
            self.note_link(from_file, target)
            if absolute:
                if not self.base_url:
                    return full
                link = self.base_url + public_path(target)
            else:
                link = relative_link(from_file, target)
            if keep_query:
                link += f"?{keep_query}"
            if parts.fragment:
                link += f"#{parts.fragment}"
            return link

        return rewrite

    # Kinds of file

    def copy_file(self, path: str, target: str, source: str, *, static: bool) -> None:
        name = unquote(path[len(settings.STATIC_URL if static else settings.MEDIA_URL) :])
        data: bytes | None = None
        if static:
            found = finders.find(name)
            if not found and staticfiles_storage.exists(name):
                found = staticfiles_storage.path(name)
            if found:
                data = Path(found).read_bytes()
        elif default_storage.exists(name):
            with default_storage.open(name) as handle:
                data = handle.read()
        if data is None:
            self.result.broken.append(Broken(source, path, 404))
            return
        if target.endswith(".css"):
            data = links.rewrite_css(data.decode(), self.rewriter(path, "", target)).encode()
        self.manifest.write(target, data)

    def write_redirect(self, path: str, query: str, target: str, location: str, source: str):
        """An internal redirect becomes a small page that forwards to the mirror's copy."""
        rewrite = self.rewriter(path, query, target)
        destination = rewrite(location, False)
        if not target.endswith(".html") or destination.startswith(("http:", "https:")):
            self.result.broken.append(Broken(source, _url(path, query), 404))
            return
        languages = ""
        if path == "/":
            # The mirror's front door: each language's home page, named in its own language.
            languages = format_html_join(
                "",
                '<li><a href="{}" lang="{}" hreflang="{}">{}</a></li>',
                (
                    (rewrite(f"/{code}/", False), code, code, name)
                    for code, name in settings.LANGUAGES
                ),
            )
        body = format_html(
            '<!doctype html>\n<html lang="{}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>{}</title>"
            '<meta http-equiv="refresh" content="0; url={}"></head>'
            '<body><p><a href="{}">{}</a></p><ul>{}</ul></body></html>\n',
            settings.LANGUAGE_CODE,
            settings.SITE_NAME,
            destination,
            destination,
            settings.SITE_NAME,
            languages,
        )
        self.manifest.write(target, body.encode())

    def write_search_page(self, language: str, path: str, target: str) -> None:
        """The mirror's own search page: Pagefind's index, queried by our script."""
        request = self.factory.get(path)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            home = HomePage.objects.filter(locale__language_code=language).first()
            depth = target.count("/")
            document: str = render_to_string(
                "mirror/search.html",
                {
                    "page": home,
                    "home_route": "search/",
                    "nav_section": "search",
                    "mirror_root": "../" * depth,
                },
                request=request,
            )
        document = links.rewrite_html(document, self.rewriter(path, "", target))
        self.result.pages += 1
        self.manifest.write(target, document.encode())

    def trend_range_links(self, language: str, query: str) -> str:
        """Links to the ranges the mirror holds, in place of the monitor's filter form."""
        current = QueryDict(query).get("range", DEFAULT_RANGE)
        with translation.override(language):
            items = []
            for choice in RANGE_CHOICES:
                label = (
                    gettext("all weeks")
                    if choice == "all"
                    else gettext("last %(count)s") % {"count": choice}
                )
                href = f"/{language}/trends/" + (
                    "" if choice == DEFAULT_RANGE else f"?range={choice}"
                )
                items.append((href, ' aria-current="page"' if choice == current else "", label))
            links_html = format_html_join(
                " · ", '<a href="{}"{}>{}</a>', ((h, mark_safe(c), label) for h, c, label in items)
            )
            return format_html(
                '<nav class="trend-controls" aria-label="{}"><p>{}: {}</p></nav>',
                gettext("Weeks"),
                gettext("Weeks"),
                links_html,
            )

    def build_search_index(self) -> None:
        """Pagefind indexes the article pages (markup.py) into pagefind/; its files go through
        the manifest like every other file."""
        with tempfile.TemporaryDirectory(prefix="sitrep-pagefind-") as scratch:
            bundle = Path(scratch) / PAGEFIND_DIR
            subprocess.run(
                [sys.executable, "-m", "pagefind", "--site", str(self.outdir),
                 "--output-path", str(bundle), "--keep-index-url", "--silent"],
                check=True,
            )  # fmt: skip
            # An incremental run kept the last index; what this one does not write again goes.
            self.manifest.forget(PAGEFIND_DIR)
            for file in sorted(bundle.rglob("*")):
                if file.is_file():
                    name = f"{PAGEFIND_DIR}/{file.relative_to(bundle).as_posix()}"
                    self.manifest.write(name, file.read_bytes())


BATCH = 20
_WORKER: Exporter | None = None


def _render_batch(batch: list[tuple[str, str, str]]) -> dict:
    """In a worker process: render `batch`, report what was written and which links were found."""
    exporter = _WORKER
    assert exporter is not None
    exporter.found = []
    exporter.links = {}
    exporter.urls = {}
    exporter.manifest.current = {}
    exporter.manifest.counts = WriteCounts()
    exporter.result.broken = []
    exporter.result.pages = 0
    for path, query, source in batch:
        exporter.export_one(path, query, source)
    counts = exporter.manifest.counts
    return {
        "count": len(batch),
        "current": exporter.manifest.current,
        "written": counts.written,
        "unchanged": counts.unchanged,
        "written_files": counts.written_files,
        "pages": exporter.result.pages,
        "broken": exporter.result.broken,
        "found": exporter.found,
        "links": exporter.links,
        "urls": exporter.urls,
    }


LINK_GRAPH_NAME = ".sitrep-mirror-links.json"


def save_link_graph(outdir: Path, urls, links_from, files: set[str]) -> None:
    """What the incremental export needs about the last export: each file's URL and the pages
    each page links to (files only, for the pages still in the mirror)."""
    data = {
        "urls": {name: list(url) for name, url in sorted(urls.items()) if name in files},
        "links": {
            name: sorted(targets) for name, targets in sorted(links_from.items()) if name in files
        },
    }
    temporary = outdir / f".{LINK_GRAPH_NAME}.tmp"
    temporary.write_text(json.dumps(data, separators=(",", ":")))
    os.replace(temporary, outdir / LINK_GRAPH_NAME)


# A feed without entries says it was built "now" (Django's feed generator): not a change.
BUILD_TIME = re.compile(rb"<lastBuildDate>[^<]*</lastBuildDate>|<updated>[^<]*</updated>")


def _without_build_time(body: bytes) -> bytes:
    return BUILD_TIME.sub(b"", body, count=1)


def _url(path: str, query: str) -> str:
    return path + (f"?{query}" if query else "")


def clear(outdir: Path) -> None:
    """Remove a mirror folder entirely (tests, `--clean`)."""
    shutil.rmtree(outdir, ignore_errors=True)
