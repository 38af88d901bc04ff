"""Print, as JSON, everything stored about one address (a data subject access request)."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from sitrep.newsletter.actions.subscribers import export_subscriber_data

from ._address import read_address


class Command(BaseCommand):
    help = (
        "Print everything stored about an email address as JSON. Give the address as an argument, "
        "or '-' / nothing to read it from standard input (keeps it out of shell history)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("address", nargs="?", default=None)

    def handle(self, *args, address: str | None = None, **options) -> None:
        data = export_subscriber_data(read_address(address))
        if data is None:
            raise CommandError("Nothing is stored about this address.")
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
