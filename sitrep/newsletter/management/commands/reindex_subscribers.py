"""Recompute the blind index of every subscriber under the current SITREP_SUBSCRIBER_INDEX_KEY.
See docs/newsletter.md, "The index key": only rows that still hold an address can be re-indexed;
the others (unsubscribed, bounced, complained) lose their suppression value."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sitrep.newsletter.crypto import email_index
from sitrep.newsletter.models import Subscriber


class Command(BaseCommand):
    help = (
        "After changing SITREP_SUBSCRIBER_INDEX_KEY: re-index subscribers that still have an "
        "address. Run with web and workers stopped."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--delete-unrecoverable",
            action="store_true",
            help="Delete rows without an address (their old hash no longer matches anything).",
        )
        parser.add_argument("--yes", action="store_true", help="Do it (no dry run).")

    def handle(self, *args, delete_unrecoverable: bool, yes: bool, **options) -> None:
        with_address = Subscriber.objects.filter(email_encrypted__isnull=False)
        without = Subscriber.objects.filter(email_encrypted__isnull=True)
        if not yes:
            self.stdout.write(
                f"Would re-index {with_address.count()} subscriber(s); "
                f"{without.count()} without an address cannot be re-indexed. Add --yes."
            )
            return
        reindexed = 0
        with transaction.atomic():
            for subscriber in with_address.only("pk", "email_encrypted").iterator():
                new_hash = email_index(subscriber.get_email() or "")
                if (
                    Subscriber.objects.filter(email_hash=new_hash)
                    .exclude(pk=subscriber.pk)
                    .exists()
                ):
                    raise CommandError(f"{subscriber}: index collision; nothing changed")
                Subscriber.objects.filter(pk=subscriber.pk).update(email_hash=new_hash)
                reindexed += 1
            deleted = (
                without.delete()[1].get(Subscriber._meta.label, 0) if delete_unrecoverable else 0
            )
        self.stdout.write(f"{reindexed} re-indexed, {deleted} unrecoverable row(s) deleted.")
