"""Subscriber addresses at rest: encryption and the blind index. See docs/newsletter.md,
"Subscribers and privacy".

- The address is encrypted with Fernet (AES-128-CBC + HMAC-SHA256). `SUBSCRIBER_KEYS` is a list:
  the first key encrypts, every key decrypts, so keys can be rotated without downtime.
- The blind index is HMAC-SHA256 under `SUBSCRIBER_INDEX_KEY` over the *index form* of the address.
  It makes look-up and uniqueness possible without storing the address, and it survives
  unsubscribing (the ciphertext is dropped, the hash stays so the address stays suppressed).

Normalisation (decided here, documented in docs/newsletter.md):
- `normalise_email` trims surrounding spaces and lower-cases the domain (domains are
  case-insensitive; IDN domains are converted to their ASCII/punycode form). The local part is kept
  exactly as typed: that is what we deliver to, because RFC 5321 lets a server treat
  `Anna@x` and `anna@x` as different mailboxes.
- The index form additionally case-folds the local part. Practically every provider treats the
  local part case-insensitively, and for suppression the safe error is to treat `Anna@x` and
  `anna@x` as the same person (someone who unsubscribed must not be re-added by a change of case).
  Nothing else is folded: dots and `+tags` are provider-specific (Gmail) and folding them would
  merge distinct mailboxes elsewhere.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

__all__ = [
    "InvalidToken",
    "decrypt_email",
    "email_index",
    "encrypt_email",
    "index_form",
    "normalise_email",
    "rotate_encrypted_email",
]


def normalise_email(address: str) -> str:
    """The address as stored and delivered to: trimmed, domain lower-cased (punycode for IDN)."""
    address = address.strip()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    domain = domain.lower()
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        # Validation rejects such domains; keep the lower-cased text so hashing stays total.
        pass
    return f"{local}@{domain}"


def index_form(address: str) -> str:
    """What the blind index is computed over: the normalised address, local part case-folded."""
    return normalise_email(address).lower()


@lru_cache(maxsize=4)
def _index_key(key: str) -> bytes:
    if not key:
        raise ImproperlyConfigured("SUBSCRIBER_INDEX_KEY is empty")
    return key.encode("utf-8")


def email_index(address: str) -> str:
    """The blind index (64 hex characters) used for `Subscriber.email_hash`."""
    key = _index_key(settings.SUBSCRIBER_INDEX_KEY)
    return hmac.new(key, index_form(address).encode("utf-8"), hashlib.sha256).hexdigest()


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("SUBSCRIBER_KEYS is empty")
    try:
        return MultiFernet([Fernet(key.encode("ascii")) for key in keys])
    except (ValueError, UnicodeEncodeError) as exc:
        # Never echo the key itself.
        raise ImproperlyConfigured(
            "SUBSCRIBER_KEYS must be url-safe base64 Fernet keys (32 bytes each)"
        ) from exc


def _current_fernet() -> MultiFernet:
    return _fernet(tuple(settings.SUBSCRIBER_KEYS))


def encrypt_email(address: str) -> bytes:
    """Encrypt the normalised address with the first (current) key."""
    return _current_fernet().encrypt(normalise_email(address).encode("utf-8"))


def decrypt_email(token: bytes | memoryview) -> str:
    """Decrypt a stored address with any configured key. Raises `InvalidToken` if no key fits."""
    return _current_fernet().decrypt(bytes(token)).decode("utf-8")


def rotate_encrypted_email(token: bytes | memoryview) -> bytes:
    """Re-encrypt a stored address under the current key (key rotation)."""
    return _current_fernet().rotate(bytes(token))
