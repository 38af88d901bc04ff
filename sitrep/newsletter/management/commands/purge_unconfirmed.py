"""Delete subscribers who did not confirm within NEWSLETTER["PURGE_PENDING_AFTER_DAYS"].
Signup traffic also runs it hourly through a task; this is for cron and operators."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sitrep.newsletter.actions.subscribers import do_purge_unconfirmed


class Command(BaseCommand):
    help = "Forget unconfirmed subscription requests older than the configured number of days."

    def handle(self, *args, **options) -> None:
        count = do_purge_unconfirmed()
        self.stdout.write(f"{count} unconfirmed subscriber(s) forgotten.")
