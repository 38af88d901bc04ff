"""Importing subscribers from a CSV file (admin upload or `manage.py import_subscribers`).
See docs/newsletter.md, "Importing and exporting subscribers".

Consent is the rule that shapes this action:
- With `confirmed=True` the operator declares that these people already consented elsewhere
  (an earlier newsletter, a paper form); a non-empty `consent_source` saying where is required
  and is stored on every imported subscriber. They become `confirmed` without an email.
- Without it the new addresses become `pending` and each gets the usual confirmation email (from
  the task queue, after the import commits): nobody receives an issue until they confirm, and
  unconfirmed rows are purged like any other signup request.
- An address we already know is never changed, whatever its status: an import must not
  resubscribe someone who left, bounced or complained, nor change a subscriber's choices.
- All or nothing: one invalid row (with its line number) and nothing is imported.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.utils import timezone

from .. import ratelimit
from ..crypto import email_index, encrypt_email
from ..csv_io import ImportRow, RowError, validate_row
from ..models import Subscriber
from ..queue import enqueue_after_commit
from ..tokens import new_confirmation_nonce
from ..validation import language_codes
from .subscribers import known_topic_slugs

logger = logging.getLogger(__name__)

CHUNK = 1000
MAX_CONSENT_SOURCE: int = Subscriber._meta.get_field("consent_source").max_length or 200


class ImportRejected(Exception):
    """The rows were not imported; `errors` says why, line by line."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        super().__init__("; ".join(str(e) for e in errors[:5]))
        self.errors = list(errors)


@dataclass
class ImportResult:
    created: int = 0
    already_known: int = 0
    confirmation_emails: int = 0
    created_ids: list[int] = field(default_factory=list, repr=False)


def _check_rows(rows: Sequence[ImportRow], known_topics: set[str]) -> list[RowError]:
    """Validate again what the parser produced (rows may come from elsewhere) and check the
    topics against the topics that exist."""
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    languages = language_codes()
    for row in rows:
        checked, error = validate_row(
            row.email, row.language, " ".join(row.topics), languages=languages
        )
        if error:
            errors.append(RowError(row.line, error))
            continue
        assert checked is not None
        unknown = [t for t in checked.topics if t not in known_topics]
        if unknown:
            errors.append(RowError(row.line, f"unknown topic {unknown[0]!r}"))
            continue
        key = email_index(checked.email)
        if key in seen:
            errors.append(RowError(row.line, f"the same address as line {seen[key]}"))
            continue
        seen[key] = row.line
    return errors


def do_import_subscribers(
    rows: Iterable[ImportRow],
    *,
    acting_user: AbstractBaseUser | AnonymousUser | None,
    confirmed: bool = False,
    consent_source: str = "",
) -> ImportResult:
    """Create a subscriber for every new address in `rows`, all in one transaction.

    Raises ImportRejected (nothing imported) when a row is invalid, and ValueError when
    `confirmed` is asked for without a consent source."""
    rows = list(rows)
    consent_source = " ".join(consent_source.split())
    if confirmed and not consent_source:
        raise ValueError("Importing people as confirmed needs the source of their consent.")
    if len(consent_source) > MAX_CONSENT_SOURCE:
        raise ValueError(f"The consent source can be at most {MAX_CONSENT_SOURCE} characters.")
    errors = _check_rows(rows, known_topic_slugs())
    if errors:
        raise ImportRejected(errors)

    result = ImportResult()
    now = timezone.now()
    source = consent_source or "import"
    with transaction.atomic():
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            hashes = {email_index(row.email): row for row in chunk}
            existing = set(
                Subscriber.objects.filter(email_hash__in=list(hashes)).values_list(
                    "email_hash", flat=True
                )
            )
            result.already_known += len(existing)
            new = [
                Subscriber(
                    email_hash=email_hash,
                    email_encrypted=encrypt_email(row.email),
                    status=Subscriber.Status.CONFIRMED if confirmed else Subscriber.Status.PENDING,
                    language=row.language,
                    topics=list(row.topics),
                    consent_source=source,
                    confirmed_at=now if confirmed else None,
                    requested_at=None if confirmed else now,
                    confirmation_nonce="" if confirmed else new_confirmation_nonce(),
                )
                for email_hash, row in hashes.items()
                if email_hash not in existing
            ]
            Subscriber.objects.bulk_create(new)
            result.created += len(new)
            if not confirmed and new:
                # Fetched by hash: bulk_create does not return primary keys on every database.
                pending = Subscriber.objects.filter(
                    email_hash__in=[s.email_hash for s in new]
                ).values_list("pk", "email_hash")
                for pk, email_hash in pending:
                    result.created_ids.append(pk)
                    # Counts toward the per-mailbox limit on confirmation emails, like a signup
                    # (not toward the per-domain one, which is for anonymous requests).
                    if ratelimit.take_confirmation_slot(hashes[email_hash].email, per_domain=False):
                        _enqueue_confirmation(pk)
                        result.confirmation_emails += 1
    logger.info(
        "newsletter import by user %s: %d created (%s), %d already known",
        getattr(acting_user, "pk", None),
        result.created,
        "confirmed" if confirmed else "pending",
        result.already_known,
    )
    return result


def _enqueue_confirmation(subscriber_id: int) -> None:
    enqueue_after_commit("send_confirmation_email_task", subscriber_id)
