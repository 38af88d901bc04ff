from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from sitrep.accounts.second_factor import ADMIN_SESSION_KEY, is_admin_account


@receiver(user_logged_in)
def remember_admin_access(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    """What the account could do at login; the session ends once it no longer can."""
    if request is None or not hasattr(request, "session"):
        return
    request.session[ADMIN_SESSION_KEY] = {
        "staff": bool(user.is_staff),
        "admin": is_admin_account(user),
    }
