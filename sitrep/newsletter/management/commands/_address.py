"""Reading an address for the privacy commands: from the command line, or from standard input so
that it stays out of shell history and the process list."""

from __future__ import annotations

import sys

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from sitrep.newsletter.validation import clean_email


def read_address(value: str | None) -> str:
    raw = value if value not in (None, "-") else sys.stdin.readline().rstrip("\r\n")
    try:
        return clean_email(raw)
    except ValidationError as exc:
        raise CommandError("not a valid email address") from exc
