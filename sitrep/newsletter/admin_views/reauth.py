"""Asking for the password again before subscriber addresses leave the admin.
See docs/newsletter.md, "The admin" (why five minutes).

A correct password puts a signed, timestamped mark in the session: exports with addresses are
allowed while it is younger than PASSWORD_CONFIRMATION_SECONDS, then the password is asked again.
The password is checked through Django's `authenticate`, so django-axes counts wrong passwords
here as it does at the login: guessing through this form locks the account like guessing at the
login does.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import authenticate
from django.core import signing
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PASSWORD_CONFIRMATION_SECONDS = 5 * 60
SESSION_KEY = "newsletter_export_password_confirmed"
SALT = "sitrep.newsletter.export-password-confirmed"


def remember_password_confirmed(request: HttpRequest) -> None:
    request.session[SESSION_KEY] = signing.TimestampSigner(salt=SALT).sign(str(request.user.pk))


def password_recently_confirmed(request: HttpRequest) -> bool:
    value = request.session.get(SESSION_KEY)
    if not value:
        return False
    try:
        user_id = signing.TimestampSigner(salt=SALT).unsign(
            value, max_age=PASSWORD_CONFIRMATION_SECONDS
        )
    except signing.BadSignature:  # includes SignatureExpired
        return False
    return user_id == str(request.user.pk)


class PasswordConfirmationForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
    )

    def __init__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        user = self.request.user
        checked = authenticate(self.request, username=user.get_username(), password=password)
        if checked is None or checked.pk != user.pk:
            raise forms.ValidationError(
                _("That is not your password. Nothing was exported."), code="wrong_password"
            )
        return password
