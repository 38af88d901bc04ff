"""Re-encrypt every stored address under the first key of SITREP_SUBSCRIBER_KEYS, so an old key
can then be removed. See docs/newsletter.md, "Rotating the encryption key"."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from sitrep.newsletter.crypto import rotate_encrypted_email
from sitrep.newsletter.models import Subscriber

CHUNK = 1000


class Command(BaseCommand):
    help = "Re-encrypt all subscriber addresses with the current (first) key."

    def handle(self, *args, **options) -> None:
        done = 0
        last_pk = 0
        while True:
            rows = list(
                Subscriber.objects.filter(pk__gt=last_pk, email_encrypted__isnull=False)
                .order_by("pk")
                .values_list("pk", "email_encrypted")[:CHUNK]
            )
            if not rows:
                break
            with transaction.atomic():
                for pk, token in rows:
                    # Conditional on the old value: a concurrent unsubscribe (NULL) wins.
                    done += Subscriber.objects.filter(pk=pk, email_encrypted=token).update(
                        email_encrypted=rotate_encrypted_email(token)
                    )
            last_pk = rows[-1][0]
        self.stdout.write(f"{done} address(es) re-encrypted with the current key.")
