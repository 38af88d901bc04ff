"""Signed links in subscriber emails. See docs/newsletter.md, "Subscribers and privacy".

Three purposes, each with its own key (derived from SECRET_KEY with a purpose salt), so a token
made for one purpose is worthless for another:

- confirm: `TimestampSigner` over "<id>.<confirmation_nonce>", valid for
  NEWSLETTER["CONFIRM_MAX_AGE_HOURS"]. Single use: confirming rotates the subscriber's nonce.
- unsubscribe and preferences: "<id>.<mac>", where mac is HMAC-SHA256 over
  "<purpose>|<id>|<link_secret>" truncated to 128 bits. They never expire (an issue email may be
  read months later), but they are bound to the subscriber's random `link_secret`, so a token
  cannot be made for another id, and resetting the secret revokes every link at once.

The link builders are called once per recipient of an issue (thousands per second), so they
use one precomputed key and one HMAC, no JSON and no reverse() per call.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from .conf import newsletter_settings
from .validation import language_codes

if TYPE_CHECKING:
    from .models import Subscriber

CONFIRM_SALT = "sitrep.newsletter.confirm"
UNSUBSCRIBE = "unsubscribe"
PREFERENCES = "preferences"
_MAC_CHARS = 22  # 16 bytes of HMAC-SHA256 in unpadded base64url


class InvalidLink(Exception):
    """The token was not made by us (forged, truncated or for another purpose)."""


class ExpiredLink(InvalidLink):
    """The token was genuine but is past its validity period."""


class UsedLink(InvalidLink):
    """The token was genuine but has already been used or has been superseded."""


class _HasLinkSecret(Protocol):
    @property
    def pk(self) -> int | None: ...

    @property
    def link_secret(self) -> str: ...


def new_link_secret() -> str:
    """A fresh per-subscriber secret for the unsubscribe and preferences links."""
    return secrets.token_urlsafe(16)[:22]


def new_confirmation_nonce() -> str:
    return secrets.token_urlsafe(12)


# ---------------------------------------------------------------------------------------------
# Confirmation (expiring, single use)


def confirm_token(subscriber: Subscriber) -> str:
    if not subscriber.confirmation_nonce:
        raise ValueError("subscriber has no confirmation nonce")
    value = f"{subscriber.pk}.{subscriber.confirmation_nonce}"
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(value)


def read_confirm_token(token: str) -> tuple[int, str]:
    """Return (subscriber id, nonce) from a genuine, unexpired token; the caller checks the nonce
    against the subscriber (single use). Raises ExpiredLink or InvalidLink."""
    max_age = newsletter_settings().confirm_max_age_hours * 3600
    try:
        value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredLink from exc
    except signing.BadSignature as exc:
        raise InvalidLink from exc
    pk, _, nonce = value.partition(".")
    if not pk.isdigit() or not nonce:
        raise InvalidLink
    return int(pk), nonce


# ---------------------------------------------------------------------------------------------
# Unsubscribe and preferences (no expiry, bound to the subscriber's link secret)


@lru_cache(maxsize=16)
def _link_key(purpose: str, secret: str) -> bytes:
    # Same derivation as django.utils.crypto.salted_hmac, done once instead of per call.
    return hashlib.sha256(f"sitrep.newsletter.{purpose}".encode() + secret.encode()).digest()


def _mac(key: bytes, purpose: str, pk: int, link_secret: str) -> str:
    digest = hmac.digest(key, f"{purpose}|{pk}|{link_secret}".encode(), "sha256")
    return base64.urlsafe_b64encode(digest[:16]).decode("ascii")[:_MAC_CHARS]


def _make(purpose: str, subscriber: _HasLinkSecret) -> str:
    if subscriber.pk is None or not subscriber.link_secret:
        raise ValueError("subscriber must be saved and have a link secret")
    key = _link_key(purpose, settings.SECRET_KEY)
    return f"{subscriber.pk}.{_mac(key, purpose, subscriber.pk, subscriber.link_secret)}"


def token_subscriber_id(token: str) -> int:
    """The id a link token claims to be for. Only a look-up hint: verify with `check_link_token`."""
    pk, dot, mac = token.partition(".")
    if not dot or not pk.isdigit() or len(pk) > 19 or len(mac) != _MAC_CHARS:
        raise InvalidLink
    return int(pk)


def check_link_token(purpose: str, token: str, subscriber: _HasLinkSecret) -> None:
    """Raise InvalidLink unless `token` was made for this purpose and this subscriber.
    Old keys in SECRET_KEY_FALLBACKS are accepted, so rotating SECRET_KEY keeps links working."""
    if token_subscriber_id(token) != subscriber.pk or not subscriber.link_secret:
        raise InvalidLink
    given = token.partition(".")[2]
    for secret in [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]:
        expected = _mac(_link_key(purpose, secret), purpose, subscriber.pk, subscriber.link_secret)
        if hmac.compare_digest(expected, given):
            return
    raise InvalidLink


def unsubscribe_token(subscriber: _HasLinkSecret) -> str:
    """The token of the one-click unsubscribe link (also usable in a mailto: subject)."""
    return _make(UNSUBSCRIBE, subscriber)


def preferences_token(subscriber: _HasLinkSecret) -> str:
    return _make(PREFERENCES, subscriber)


# ---------------------------------------------------------------------------------------------
# Absolute URLs


def _language(language: str) -> str:
    return language if language in language_codes() else settings.LANGUAGE_CODE


@lru_cache(maxsize=64)
def _url_parts(site_url: str, url_name: str, language: str) -> tuple[str, str]:
    """The absolute URL around the token, split at the token: reverse() once per language."""
    marker = "TOKENMARKER"
    with translation.override(language):
        path = reverse(url_name, kwargs={"token": marker})
    before, _, after = path.partition(marker)
    return site_url + before, after


def _url(url_name: str, language: str, token: str) -> str:
    before, after = _url_parts(settings.SITE_URL, url_name, _language(language))
    return before + token + after


def unsubscribe_url(subscriber: _HasLinkSecret, language: str) -> str:
    """https://…/<language>/newsletter/unsubscribe/<token>/ — the page (GET, with a button) and the
    RFC 8058 one-click endpoint (POST) are the same URL."""
    return unsubscribe_url_for_token(unsubscribe_token(subscriber), language)


def unsubscribe_url_for_token(token: str, language: str) -> str:
    """The unsubscribe URL around a token already made (the sending loop signs each link once
    and puts the same token in the URL and the mailto: subject)."""
    return _url("newsletter:unsubscribe", language, token)


def preferences_url(subscriber: _HasLinkSecret, language: str) -> str:
    return _url("newsletter:preferences", language, preferences_token(subscriber))


def confirm_url(subscriber: Subscriber, language: str) -> str:
    return _url("newsletter:confirm", language, confirm_token(subscriber))
