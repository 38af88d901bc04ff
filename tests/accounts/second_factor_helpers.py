"""What the second-factor and passkey tests share: the password step and the pages' addresses
(the `editor` fixture is in conftest.py)."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

PASSWORD = "correct horse battery"
SETUP = "/admin/second-factor/set-up/"
VERIFY = "/admin/second-factor/verify/"


def password_login(username: str) -> Client:
    """Signs in through Wagtail's own login form: the password step only."""
    client = Client(REMOTE_ADDR="192.0.2.1")
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client
