"""Admin accounts: a second factor before any admin page; sessions end with staff status."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from sitrep.accounts.second_factor import (
    ADMIN_SESSION_KEY,
    admin_prefix,
    has_second_factor,
    is_admin_account,
    open_paths,
)


class AdminAccountMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Without a session cookie nobody is signed in; looking at request.user would read the
        # session and add "Vary: Cookie" to public pages that are cached for everybody.
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return self.get_response(request)
        user = request.user
        if user.is_authenticated:
            self.end_session_of_former_staff(request)
            user = request.user
        if (
            user.is_authenticated
            and request.path_info.startswith(admin_prefix())
            and request.path_info not in open_paths()
            and is_admin_account(user)
            and not user.is_verified()
        ):
            step = "sitrep_accounts_verify" if has_second_factor(user) else "sitrep_accounts_setup"
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse(step)}?{query}")
        return self.get_response(request)

    @staticmethod
    def end_session_of_former_staff(request: HttpRequest) -> None:
        """A session started as staff ends as soon as the account is no longer staff (or loses
        admin access), on its next request, wherever it is."""
        was = request.session.get(ADMIN_SESSION_KEY)
        if not was:
            return
        user = request.user
        if (was.get("staff") and not user.is_staff) or (
            was.get("admin") and not is_admin_account(user)
        ):
            logout(request)
