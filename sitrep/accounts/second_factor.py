"""Who must pass a second factor, and what they may reach before they have."""

from __future__ import annotations

import base64
import re

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.urls import reverse
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

# The session remembers what the account could do when it logged in (signals.py), so that a
# session ends when the account loses staff status or admin access (middleware.py).
ADMIN_SESSION_KEY = "sitrep_admin_account"

# The admin pages a signed-in admin account may reach before its second factor.
OPEN_BEFORE_SECOND_FACTOR = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    # The icon sprite every admin page fetches, the sign-in steps included.
    "wagtailadmin_sprite",
    "sitrep_accounts_setup",
    "sitrep_accounts_verify",
    # django-otp-webauthn's endpoints. Registration refuses, by itself, an account that has a
    # factor but has not passed it in this session (so a stolen password cannot add a
    # passkey); authentication needs the signed-in user (passwordless login is off).
    "otp_webauthn:credential-registration-begin",
    "otp_webauthn:credential-registration-complete",
    "otp_webauthn:credential-authentication-begin",
    "otp_webauthn:credential-authentication-complete",
    "otp_webauthn:js-i18n-catalog",
)


def is_admin_account(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Anybody Wagtail lets into its admin (superusers, and staff given "Can access Wagtail
    admin"): these accounts need a second factor. The test is Wagtail's own, so that nobody is
    sent to a set-up page that Wagtail would then refuse them."""
    if not user.is_authenticated or not user.is_active:
        return False
    return bool(user.has_perm("wagtailadmin.access_admin"))


def has_second_factor(user: AbstractBaseUser) -> bool:
    return user_has_device(user, confirmed=True)


def sign_in_factors(user: AbstractBaseUser) -> int:
    """Confirmed authenticator apps and passkeys; recovery codes are a fallback, not a factor
    an account may be left with."""
    return (
        TOTPDevice.objects.filter(user=user, confirmed=True).count()
        + WebAuthnCredential.objects.filter(user=user, confirmed=True).count()
    )


def can_remove_a_factor(user: AbstractBaseUser) -> bool:
    return sign_in_factors(user) > 1


def passkeys_of(user: AbstractBaseUser) -> list[WebAuthnCredential]:
    return list(WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("created_at"))


def passkey_kind(transports: list[str]) -> str:
    """What a user calls the device holding a passkey, from how the browser reached it: a
    passkey list of "Passkey, Passkey" says nothing about which one to remove."""
    if "internal" in transports:
        return _("Passkey on a computer or phone")
    if "hybrid" in transports:
        return _("Passkey on a phone")
    if {"usb", "nfc", "ble", "smart-card"} & set(transports):
        return _("Security key")
    return _("Passkey")


def open_paths() -> set[str]:
    return {reverse(name) for name in OPEN_BEFORE_SECOND_FACTOR}


def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def normalise_code(code: str) -> str:
    """Codes are typed with spaces or dashes and in either case; devices store them bare."""
    return re.sub(r"[\s-]", "", code).lower()


def otpauth_url(device: TOTPDevice) -> str:
    return device.config_url


def secret_for_typing(device: TOTPDevice) -> str:
    """The key in base32, in groups of four, for apps where the QR code cannot be scanned."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_data_uri(text: str) -> str:
    """The QR code as an inline SVG data URI: made here, so no request leaves the admin."""
    import segno  # only the set-up page draws one: kept out of workers serving public pages

    return segno.make(text, error="m").svg_data_uri(scale=5, border=2)
