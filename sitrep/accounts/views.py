"""The second-factor steps of the admin login, and the lockout page. Thin: the rules are in
second_factor.py, the changes in actions.py."""

from __future__ import annotations

from typing import Any

import django_otp
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from sitrep.accounts.actions import do_confirm_totp_device, do_start_totp_device
from sitrep.accounts.forms import CodeForm
from sitrep.accounts.second_factor import (
    has_second_factor,
    normalise_code,
    otpauth_url,
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
    """An admin account without a second factor lands here and can go nowhere else."""
    user = request.user
    if has_second_factor(user):
        if user.is_verified():
            return redirect("wagtailadmin_home")
        return redirect(f"{reverse('sitrep_accounts_verify')}?next={_next_url(request)}")
    device = do_start_totp_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = normalise_code(form.cleaned_data["code"])
        if device.verify_token(code):
            codes = do_confirm_totp_device(device)
            django_otp.login(request, device)
            return TemplateResponse(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": _next_url(request)},
            )
        form.add_error("code", _("This code is not valid. Enter the code your app shows now."))
    url = otpauth_url(device)
    return TemplateResponse(
        request,
        "accounts/setup.html",
        {
            "form": form,
            "qr_code": qr_data_uri(url),
            "secret": secret_for_typing(device),
            "next": _next_url(request),
        },
    )


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
    return TemplateResponse(
        request, "accounts/verify.html", {"form": form, "next": _next_url(request)}
    )


def locked_out(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """django-axes' lockout response: how long, in the language of the login page."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered now: a response from middleware is never rendered later, as a view's would be.
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
