"""State changes of accounts: second-factor devices and recovery codes (docs/editorial.md,
"Accounts"). Passkeys are registered by django-otp-webauthn's own views; removing one and
the recovery codes that follow a first passkey are here."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from sitrep.accounts.second_factor import can_remove_a_factor

RECOVERY_CODE_COUNT = 10
AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"


def do_start_totp_device(user: AbstractBaseUser) -> TOTPDevice:
    """The unconfirmed authenticator-app device being set up; the same one on every reload so
    the QR code a user already scanned stays valid."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


@transaction.atomic
def do_confirm_totp_device(device: TOTPDevice) -> list[str]:
    """Marks the device as the account's second factor and returns fresh recovery codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return do_replace_recovery_codes(device.user)


@transaction.atomic
def do_replace_recovery_codes(user: AbstractBaseUser) -> list[str]:
    """New single-use recovery codes; the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def do_issue_first_recovery_codes(user: AbstractBaseUser) -> list[str]:
    """Recovery codes for an account whose first factor is a passkey; none (an empty list)
    when it has codes already, so that reloading a page never replaces saved codes."""
    if StaticDevice.objects.filter(user=user).exists():
        return []
    return do_replace_recovery_codes(user)


@transaction.atomic
def do_remove_passkey(user: AbstractBaseUser, passkey_id: int) -> bool:
    """Removes one of the user's own passkeys, unless it is the account's last factor
    (an authenticator app or another passkey must remain). True if it was removed."""
    # Locks the user's row: two removals at once must not leave the account with none.
    get_user_model()._default_manager.select_for_update().filter(pk=user.pk).first()
    passkey = WebAuthnCredential.objects.filter(user=user, pk=passkey_id).first()
    if passkey is None or not can_remove_a_factor(user):
        return False
    passkey.delete()
    return True
