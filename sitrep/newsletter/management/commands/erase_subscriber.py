"""Erase everything stored about one address (a data subject erasure request)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from sitrep.newsletter.actions.subscribers import do_erase_subscriber

from ._address import read_address


class Command(BaseCommand):
    help = (
        "Erase everything stored about an email address, including its suppression entry. Give "
        "the address as an argument, or '-' / nothing to read it from standard input."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("address", nargs="?", default=None)

    def handle(self, *args, address: str | None = None, **options) -> None:
        if not do_erase_subscriber(read_address(address)):
            raise CommandError("Nothing is stored about this address.")
        self.stdout.write("Erased.")
