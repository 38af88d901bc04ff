"""Validation of what a signup or preferences request may contain. Pure: no database, no DNS.
See docs/newsletter.md, "Subscribers and privacy".

Anything that could end up in a mail header or a log line is checked strictly: control
characters (CR, LF, NUL, …) anywhere are refused rather than stripped, so a header-injection
attempt changes nothing instead of being "repaired" into some other address.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from .crypto import normalise_email

# RFC 5321: a path is at most 256 octets including the angle brackets, so 254 for the address;
# the local part at most 64.
MAX_EMAIL_LENGTH = 254
MAX_LOCAL_PART_LENGTH = 64
MAX_TOPICS = 50
# C0 and C1 controls, DEL and the Unicode line/paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Only the dot-atom form of the local part: no quoted strings (they allow spaces, commas,
# angle brackets and other characters that confuse header parsers).
_DOT_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
# Topic slugs as forms and CSV files may carry them (csv_io.py uses this one too).
TOPIC_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
# No allow-listed bare hostnames such as "localhost": public signups need a real domain.
_django_email = EmailValidator(allowlist=[])

INVALID_EMAIL = _("Enter a valid email address, like name@example.org.")


def has_control_characters(value: str) -> bool:
    return bool(_CONTROL.search(value))


def clean_email(value: str) -> str:
    """Return the normalised address or raise ValidationError (code "invalid" or "too_long")."""
    if not isinstance(value, str) or has_control_characters(value):
        raise ValidationError(INVALID_EMAIL, code="invalid")
    value = value.strip(" ")
    if len(value) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            _("An email address can be at most %(max)d characters long."),
            code="too_long",
            params={"max": MAX_EMAIL_LENGTH},
        )
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain or len(local) > MAX_LOCAL_PART_LENGTH:
        raise ValidationError(INVALID_EMAIL, code="invalid")
    if not _DOT_ATOM.match(local):
        raise ValidationError(INVALID_EMAIL, code="invalid")
    try:
        _django_email(value)  # domain syntax (IDN allowed); literal IPs are refused below
    except ValidationError as exc:
        raise ValidationError(INVALID_EMAIL, code="invalid") from exc
    address = normalise_email(value)
    if address.rpartition("@")[2].startswith("["):
        raise ValidationError(INVALID_EMAIL, code="invalid")
    if len(address) > MAX_EMAIL_LENGTH:  # punycode can make the domain longer
        raise ValidationError(INVALID_EMAIL, code="too_long")
    return address


def language_choices() -> list[tuple[str, str]]:
    """(code, name) of the languages a subscriber can choose: settings.LANGUAGES, read here only
    (forms, tokens, imports and commands all go through this and `language_codes`)."""
    return list(settings.LANGUAGES)


def language_codes() -> list[str]:
    return [code for code, _name in language_choices()]


def clean_language(value: str) -> str:
    if value not in language_codes():
        raise ValidationError(_("Choose one of the offered languages."), code="language")
    return value


def clean_topics(values: Iterable[str], known: Collection[str]) -> list[str]:
    """Keep the order given, drop duplicates; every slug must be a known topic."""
    result: list[str] = []
    for value in values:
        if not isinstance(value, str) or not TOPIC_SLUG.match(value) or value not in known:
            raise ValidationError(_("Choose topics from the list."), code="topic")
        if value not in result:
            result.append(value)
    if len(result) > MAX_TOPICS:
        raise ValidationError(_("Choose topics from the list."), code="topic")
    return result
