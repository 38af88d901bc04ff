"""The second-factor steps of the admin login, and the lockout page. Thin: the rules are in
second_factor.py, the changes in actions.py."""

from __future__ import annotations

from typing import Any

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from sitrep.accounts.actions import (
    do_confirm_totp_device,
    do_issue_first_recovery_codes,
    do_remove_passkey,
    do_start_totp_device,
)
from sitrep.accounts.forms import CodeForm
from sitrep.accounts.second_factor import (
    can_remove_a_factor,
    has_second_factor,
    normalise_code,
    otpauth_url,
    passkey_kind,
    passkeys_of,
    qr_data_uri,
    secret_for_typing,
)

THROTTLED = "throttled"


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _check_code(user: AbstractBaseUser, code: str) -> Device | str | None:
    """The device that accepts the code, THROTTLED after too many wrong codes, else None."""
    code = normalise_code(code)
    model = TOTPDevice if code.isdigit() else StaticDevice
    devices = model.objects.devices_for_user(user, confirmed=True)
    if devices and all(not device.verify_is_allowed()[0] for device in devices):
        return THROTTLED
    for device in devices:
        matched = django_otp.verify_token(user, device.persistent_id, code)
        if matched is not None:
            return matched
    return None


def setup(request: HttpRequest) -> HttpResponse:
    """The account's second factors. An admin account without one lands here and can go
    nowhere else; a verified account comes back to add an authenticator app or a passkey, or
    to remove a passkey."""
    user = request.user
    if has_second_factor(user) and not user.is_verified():
        return redirect(f"{reverse('sitrep_accounts_verify')}?next={_next_url(request)}")
    has_app = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    device = None if has_app else do_start_totp_device(user)
    form = CodeForm(request.POST or None)
    if device is not None and request.method == "POST" and form.is_valid():
        code = normalise_code(form.cleaned_data["code"])
        if device.verify_token(code):
            codes = do_confirm_totp_device(device)
            if not user.is_verified():
                django_otp.login(request, device)
            return TemplateResponse(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": _next_url(request)},
            )
        form.add_error("code", _("This code is not valid. Enter the code your app shows now."))
    context: dict[str, Any] = {
        "form": form,
        "has_app": has_app,
        "enrolled": has_second_factor(user),
        "passkeys": [
            (passkey, passkey.name or passkey_kind(passkey.transports))
            for passkey in passkeys_of(user)
        ],
        "can_remove": can_remove_a_factor(user),
        "recovery_codes_left": StaticToken.objects.filter(device__user=user).count(),
        "next": _next_url(request),
    }
    if device is not None:
        context["qr_code"] = qr_data_uri(otpauth_url(device))
        context["secret"] = secret_for_typing(device)
    return TemplateResponse(request, "accounts/setup.html", context)


@require_POST
def passkey_added(request: HttpRequest) -> HttpResponse:
    """Where the set-up page goes once the browser has registered a passkey (with
    django-otp-webauthn's views, which also mark this session verified): a first factor gets
    its recovery codes, a further passkey a confirmation."""
    user = request.user
    if not user.is_verified():
        return redirect("sitrep_accounts_setup")
    codes = do_issue_first_recovery_codes(user)
    if codes:
        return TemplateResponse(
            request, "accounts/recovery_codes.html", {"codes": codes, "next": _next_url(request)}
        )
    messages.success(request, _("The passkey is added."))
    return redirect("sitrep_accounts_setup")


@require_POST
def remove_passkey(request: HttpRequest, passkey_id: int) -> HttpResponse:
    """Removes one of the signed-in user's passkeys; never the account's last factor."""
    if do_remove_passkey(request.user, passkey_id):
        messages.success(request, _("The passkey is removed."))
    else:
        messages.error(
            request,
            _("This passkey cannot be removed: an account keeps at least one second factor."),
        )
    return redirect("sitrep_accounts_setup")


def verify(request: HttpRequest) -> HttpResponse:
    """The second step after the password, before any admin page."""
    user = request.user
    if not has_second_factor(user):
        return redirect(f"{reverse('sitrep_accounts_setup')}?next={_next_url(request)}")
    if user.is_verified():
        return HttpResponseRedirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = _check_code(user, form.cleaned_data["code"])
        if isinstance(result, Device):
            django_otp.login(request, result)
            return HttpResponseRedirect(_next_url(request))
        if result == THROTTLED:
            form.add_error("code", _("Too many wrong codes. Wait a minute and try again."))
        else:
            form.add_error("code", _("This code is not valid."))
    context = {
        "form": form,
        "next": _next_url(request),
        "has_app": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
        "has_passkey": bool(passkeys_of(user)),
    }
    return TemplateResponse(request, "accounts/verify.html", context)


def locked_out(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """django-axes' lockout response: how long, in the language of the login page."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered now: a response from middleware is never rendered later, as a view's would be.
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
