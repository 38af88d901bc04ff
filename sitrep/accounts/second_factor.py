"""Who must pass a second factor, and what they may reach before they have."""

from __future__ import annotations

import base64
import re

import segno
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.urls import reverse
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

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
    return segno.make(text, error="m").svg_data_uri(scale=5, border=2)
