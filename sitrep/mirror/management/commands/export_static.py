"""`manage.py export_static OUTDIR [--base-url URL] [--check]`: the static mirror.

Thin: parse, run the exporter (sitrep/mirror/export.py), print the figures, check. docs/mirror.md.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sitrep.mirror.check import check_mirror
from sitrep.mirror.export import Exporter
from sitrep.mirror.progress import ProgressBar


class Command(BaseCommand):
    help = "Write the whole public site as static files into OUTDIR (a mirror)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("outdir", type=Path)
        parser.add_argument(
            "--base-url",
            default="",
            help="The mirror's own address (e.g. https://mirror.example.org/sitrep/): feeds, "
            "the sitemap and Open Graph tags then point to the mirror instead of the main site.",
        )
        parser.add_argument(
            "--check", action="store_true", help="Then check every link of the mirror."
        )
        parser.add_argument(
            "--check-only", action="store_true", help="Only check an existing mirror."
        )
        parser.add_argument(
            "--full",
            action="store_true",
            help="Render every page, not only what changed since the last export (after "
            "changes made outside the admin, e.g. in a shell or by a script).",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            help="Render with this many processes (default 1; up to the number of cores).",
        )
        parser.add_argument(
            "--no-search", action="store_true", help="Skip the offline search index (Pagefind)."
        )

    def handle(self, *args, outdir: Path, base_url: str, check: bool, check_only: bool,
               no_search: bool, jobs: int, full: bool, **options) -> None:  # fmt: skip
        outdir = outdir.resolve()
        if base_url and not base_url.startswith(("http://", "https://")):
            raise CommandError("--base-url must be an absolute http(s) URL.")
        if not check_only:
            progress = ProgressBar(self.stderr._out)  # type: ignore[arg-type]  # the real stream if options["verbosity"] else None
            result = Exporter(
                outdir,
                base_url=base_url,
                search=not no_search,
                progress=progress,
                jobs=jobs,
                full=full,
            ).run()
            if progress:
                progress.finish()
            self.stdout.write(
                f"Rendered {result.plan}: {result.pages} pages; {result.files} files "
                f"({result.bytes_total / 1e6:.1f} MB): {result.written} written, "
                f"{result.unchanged} unchanged, {result.deleted} deleted; "
                f"search index {'rebuilt' if result.search_indexed else 'unchanged'}; "
                f"{result.seconds:.1f} s ({result.cpu_seconds:.1f} s CPU)"
            )
            for broken in result.broken:
                self.stderr.write(
                    f"not exported: {broken.url} ({broken.status}), linked from "
                    f"{broken.source or 'the start'}"
                )
        if check or check_only:
            problems = check_mirror(outdir)
            for problem in problems:
                self.stderr.write(
                    f"broken link in {problem.file}: {problem.url} ({problem.reason})"
                )
            if problems:
                raise CommandError(f"{len(problems)} broken links.")
            self.stdout.write("Links checked: 0 broken.")
