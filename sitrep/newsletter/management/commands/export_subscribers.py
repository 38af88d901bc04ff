"""`manage.py export_subscribers [--output FILE] [--status S] [--language L]
[--include-addresses]`: the subscriber list as CSV. See docs/newsletter.md,
"Importing and exporting subscribers".

Like an export from the admin, every run leaves a `newsletter.export` entry in the audit log
(with no user: the shell has no account), before the file is written.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sitrep.newsletter.actions.exports import do_record_subscriber_export
from sitrep.newsletter.csv_io import export_row, write_subscribers_csv
from sitrep.newsletter.models import Subscriber
from sitrep.newsletter.validation import language_codes


class Command(BaseCommand):
    help = (
        "Write subscribers as CSV. Addresses are decrypted only with --include-addresses; "
        "otherwise each row carries the subscriber id and a prefix of its keyed hash."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", "-o", default="-", help="file to write (default: stdout)")
        parser.add_argument("--status", choices=Subscriber.Status.values)
        parser.add_argument("--language", choices=language_codes())
        parser.add_argument(
            "--include-addresses", action="store_true", help="decrypt and write the addresses"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        subscribers = Subscriber.objects.order_by("pk")
        if options["status"]:
            subscribers = subscribers.filter(status=options["status"])
        if options["language"]:
            subscribers = subscribers.filter(language=options["language"])
        include = options["include_addresses"]
        do_record_subscriber_export(
            acting_user=None,
            file_format="csv",
            filters={name: options[name] for name in ("status", "language") if options[name]},
            include_addresses=include,
            row_count=subscribers.count(),
        )
        rows = (
            export_row(subscriber, include_address=include)
            for subscriber in subscribers.iterator(chunk_size=2000)
        )
        if options["output"] == "-":
            count = write_subscribers_csv(sys.stdout, rows, include_addresses=include)
        else:
            with open(options["output"], "w", encoding="utf-8", newline="") as stream:
                count = write_subscribers_csv(stream, rows, include_addresses=include)
        self.stderr.write(f"{count} subscribers exported.")
