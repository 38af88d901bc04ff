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
from django.utils.translation import gettext_lazy as _

# RFC 5321: a path is at most 256 octets including the angle brackets, so 254 for the address;
# the local part at most 64.
MAX_EMAIL_LENGTH = 254
MAX_LOCAL_PART_LENGTH = 64
MAX_DOMAIN_LENGTH = 253
MAX_TOPICS = 50
# C0 and C1 controls, DEL and the Unicode line/paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Only the dot-atom form of the local part: no quoted strings (they allow spaces, commas,
# angle brackets and other characters that confuse header parsers).
_DOT_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
# A host name label (RFC 1123): letters, digits, hyphens, not starting or ending with a hyphen.
_LDH_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
# The top-level label: letters only, or an IDN TLD in punycode.
_TOP_LABEL = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
# Topic slugs as forms and CSV files may carry them (csv_io.py uses this one too).
TOPIC_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")

INVALID_EMAIL = _("Enter a valid email address, like name@example.org.")


def has_control_characters(value: str) -> bool:
    return bool(_CONTROL.search(value))


def _too_long() -> ValidationError:
    return ValidationError(
        _("An email address can be at most %(max)d characters long."),
        code="too_long",
        params={"max": MAX_EMAIL_LENGTH},
    )


def _invalid() -> ValidationError:
    return ValidationError(INVALID_EMAIL, code="invalid")


def ascii_domain(domain: str) -> str | None:
    """The domain as it goes on the wire: lower-case ASCII, IDN labels in punycode; None if it is
    not a public host name (LDH labels of 1–63 characters, at least two, an alphabetic or
    punycode top-level label, at most 253 characters).

    The check runs on the ASCII result, not on what was typed: IDNA maps full-width and other
    compatibility characters (NFKC), so `＠ ， ； ＜ ＞ ： ／ ．` typed in a domain come out as
    the real delimiters and are refused here rather than slipping into the stored address. An
    already-ASCII domain is only lower-cased, so the function is idempotent on its results."""
    if not domain:
        return None
    if domain.isascii():
        candidate = domain.lower()
    else:
        try:
            candidate = domain.encode("idna").decode("ascii").lower()
        except UnicodeError:  # empty or over-long labels, unassigned code points, …
            return None
    if len(candidate) > MAX_DOMAIN_LENGTH:
        return None
    labels = candidate.split(".")
    if len(labels) < 2 or not all(_LDH_LABEL.fullmatch(label) for label in labels):
        return None
    if not _TOP_LABEL.fullmatch(labels[-1]):
        return None  # numeric "TLDs" are IP addresses in disguise
    for label in labels:
        if label.startswith("xn--"):
            # A punycode label must decode to a real IDN label (and encode back to itself), or
            # no mail server will ever accept it.
            try:
                if label.encode("ascii").decode("idna").encode("idna").decode("ascii") != label:
                    return None
            except UnicodeError:
                return None
        elif label[2:4] == "--":
            return None  # reserved for other ACE prefixes (RFC 5891 4.2.3.1)
    return candidate


def clean_email(value: object) -> str:
    """The one normalisation of an address typed by a person: returns the address as stored and
    delivered to, or raises ValidationError (code "invalid" or "too_long").

    A total function: it never raises anything else, and what it returns it accepts unchanged
    (`clean_email(clean_email(x)) == clean_email(x)`). Every result has exactly one `@`, an
    ASCII dot-atom local part (no quoted strings, no spaces, no list or header syntax such as
    `, ; < > : " ( ) [ ] \\`) kept exactly as typed, and an ASCII domain of LDH labels
    (`ascii_domain`)."""
    if not isinstance(value, str) or has_control_characters(value):
        raise _invalid()
    value = value.strip(" ")
    if len(value) > MAX_EMAIL_LENGTH:
        raise _too_long()
    local, at, domain = value.partition("@")
    if not at or "@" in domain or not local or len(local) > MAX_LOCAL_PART_LENGTH:
        raise _invalid()
    if not _DOT_ATOM.fullmatch(local):
        raise _invalid()
    domain_ascii = ascii_domain(domain)
    if domain_ascii is None:
        raise _invalid()
    address = f"{local}@{domain_ascii}"
    if len(address) > MAX_EMAIL_LENGTH:  # punycode can make the domain longer
        raise _too_long()
    return address


# Providers that deliver `a.b.c@` to `abc@`; googlemail.com is the same mailboxes as gmail.com.
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def mailbox_key(address: str) -> str:
    """The inbox an (already cleaned) address delivers to, for abuse limits only: the local part
    case-folded and without its `+suffix` (sub-addressing, honoured by nearly every provider),
    and for providers that ignore dots (DOTLESS_DOMAINS) without dots. `victim+1@gmail.com`,
    `v.i.c.t.i.m@googlemail.com` and `Victim@gmail.com` are one mailbox. Never stored and never
    used to deliver: the subscriber keeps the address they typed."""
    local, _at, domain = address.rpartition("@")
    domain = domain.lower()
    local = local.lower()
    local = local.split("+", 1)[0] or local
    if domain in DOTLESS_DOMAINS:
        domain = DOTLESS_DOMAINS[domain]
        local = local.replace(".", "") or local
    return f"{local}@{domain}"


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
