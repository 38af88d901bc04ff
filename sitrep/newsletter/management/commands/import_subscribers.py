"""`manage.py import_subscribers FILE [--confirmed --consent-source TEXT]`: import a CSV file.
See docs/newsletter.md, "Importing and exporting subscribers"."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sitrep.newsletter.actions.imports import ImportRejected, do_import_subscribers
from sitrep.newsletter.csv_io import parse_subscriber_csv
from sitrep.newsletter.validation import language_codes


class Command(BaseCommand):
    help = (
        "Import subscribers from a UTF-8 CSV file with an 'email' column (optional 'language', "
        "'topics'). New addresses become pending and get a confirmation email, or confirmed with "
        "--confirmed and --consent-source. Known addresses are never changed. All or nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="CSV file, or - for standard input")
        parser.add_argument(
            "--confirmed",
            action="store_true",
            help="these people consented elsewhere: import them as confirmed, without an email",
        )
        parser.add_argument(
            "--consent-source",
            default="",
            help="where and how they consented (required with --confirmed; stored on each row)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and import nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["confirmed"] and not options["consent_source"].strip():
            raise CommandError("--confirmed needs --consent-source saying where people consented")
        try:
            if options["file"] == "-":
                text = sys.stdin.read()
            else:
                text = Path(options["file"]).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc}") from exc
        parsed = parse_subscriber_csv(text, languages=language_codes())
        errors = parsed.errors
        if not errors and options["dry_run"]:
            self.stdout.write(f"{len(parsed.rows)} rows are valid; nothing imported (dry run).")
            return
        if not errors:
            try:
                result = do_import_subscribers(
                    parsed.rows,
                    acting_user=None,
                    confirmed=options["confirmed"],
                    consent_source=options["consent_source"],
                )
            except ImportRejected as exc:
                errors = exc.errors
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
        if errors:
            for error in errors:
                self.stderr.write(str(error))
            raise CommandError(f"Nothing imported: {len(errors)} invalid line(s).")
        state = "confirmed" if options["confirmed"] else "pending (confirmation emails queued)"
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.created} subscribers imported as {state}; "
                f"{result.already_known} already known, left unchanged."
            )
        )
