"""Re-sanitise rich text already stored (after changing an editor's features, or after rows were
written behind the sanitiser's back). Thin: the work is do_sanitise_stored_rich_text."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sitrep.core.rich_text_storage import do_sanitise_stored_rich_text


class Command(BaseCommand):
    help = "Remove from stored rich text everything the editor cannot produce."

    def handle(self, *args, **options) -> None:
        changed = do_sanitise_stored_rich_text()
        self.stdout.write(f"{changed} row(s) changed")
