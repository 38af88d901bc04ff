from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice


@override_settings(ENVIRONMENT="production")
def test_ensure_admin_refuses_in_production(db, django_user_model):
    with pytest.raises(CommandError, match="production"):
        call_command("ensure_admin", stdout=StringIO())
    assert not django_user_model.objects.exists()


def test_demo_admin_gets_a_second_factor_and_the_demo_prints_it(
    db, tmp_path, monkeypatch, site_structure
):
    monkeypatch.setenv("SITREP_ADMIN_PASSWORD", "demo pass phrase")
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    text = out.getvalue()
    device = TOTPDevice.objects.get(user__username="admin", confirmed=True)
    assert "otpauth://totp/" in text and device.config_url in text
    recovery = text.split("recovery code: ")[1].split()[0]

    client = Client()
    client.post("/admin/login/", {"username": "admin", "password": "demo pass phrase"})
    assert client.get("/admin/")["Location"].startswith("/admin/second-factor/verify/")
    assert client.post("/admin/second-factor/verify/", {"code": recovery})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    # The next run prints a code that has not been used yet.
    again = StringIO()
    call_command("ensure_admin", stdout=again)
    assert recovery not in again.getvalue()
