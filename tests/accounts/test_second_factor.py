from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

from sitrep.accounts.actions import do_confirm_totp_device, do_start_totp_device
from tests.accounts.second_factor_helpers import PASSWORD, SETUP, VERIFY, password_login


@pytest.fixture
def boss(django_user_model):
    return django_user_model.objects.create_superuser("boss", "b@example.org", PASSWORD)


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def enrolled(user) -> tuple[TOTPDevice, list[str]]:
    device = do_start_totp_device(user)
    return device, do_confirm_totp_device(device)


ADMIN_PAGES = ["/admin/", "/admin/pages/", "/admin/users/", "/admin/api/main/pages/"]


def test_staff_without_a_second_factor_can_only_reach_the_set_up_page(db, boss, site_structure):
    client = password_login("boss")
    for url in ADMIN_PAGES:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP), url
    # The verify step cannot be used to skip the set-up either.
    assert client.get(VERIFY)["Location"].startswith(SETUP)
    assert client.get(SETUP).status_code == 200


def test_login_without_the_second_factor_is_refused(db, boss, site_structure):
    enrolled(boss)
    client = password_login("boss")
    for url in ADMIN_PAGES + [SETUP]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(VERIFY), url
    # A wrong code does not let them in.
    response = client.post(VERIFY, {"code": "000000", "next": "/admin/pages/"})
    assert response.status_code == 200
    assert client.get("/admin/pages/").status_code == 302


def test_the_second_step_after_the_password_opens_the_admin(db, boss, site_structure):
    device, _ = enrolled(boss)
    client = password_login("boss")
    response = client.post(VERIFY, {"code": current_code(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_totp_set_up_works_end_to_end(db, editor, site_structure):
    client = password_login("editor")
    page = client.get(SETUP).content.decode()
    assert 'src="data:image/svg+xml' in page  # the QR code is made here, not fetched
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    secret = re.search(r'class="sitrep-secret">([A-Z2-7 ]+)<', page).group(1)
    assert secret.replace(" ", "") in device.config_url

    wrong = client.post(SETUP, {"code": "123456"})
    assert "This code is not valid" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    # After django-otp's pause following the wrong code (1 s), the code the app shows works.
    with freeze_time(timezone.now() + timedelta(seconds=5)):
        done = client.post(SETUP, {"code": current_code(device), "next": "/admin/"})
    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200

    # The next sign-in asks for the code from the new device.
    again = password_login("editor")
    assert again.get("/admin/")["Location"].startswith(VERIFY)
    assert again.post(VERIFY, {"code": codes[0]})["Location"] == "/admin/"


def test_a_recovery_code_works_once(db, boss, site_structure):
    _, codes = enrolled(boss)
    first = password_login("boss")
    assert first.post(VERIFY, {"code": codes[3].upper()})["Location"] == "/admin/"
    assert first.get("/admin/").status_code == 200

    second = password_login("boss")
    response = second.post(VERIFY, {"code": codes[3]})
    assert response.status_code == 200
    assert "This code is not valid" in response.content.decode()
    assert second.get("/admin/").status_code == 302
    # Another code still works, once django-otp's pause after a wrong code (1 s) is over.
    with freeze_time(timezone.now() + timedelta(seconds=5)):
        assert second.post(VERIFY, {"code": codes[4]})["Location"] == "/admin/"


def test_verify_never_sends_to_another_site(db, boss, site_structure):
    _, codes = enrolled(boss)
    client = password_login("boss")
    response = client.post(VERIFY, {"code": codes[0], "next": "https://evil.example/"})
    assert response["Location"] == reverse("wagtailadmin_home")


def test_a_non_staff_account_is_not_asked_for_a_second_factor(db, django_user_model):
    django_user_model.objects.create_user("reader", "r@example.org", PASSWORD)
    client = password_login("reader")
    assert client.get("/en/").status_code in (200, 404)
    # Wagtail itself keeps them out of the admin (no access permission).
    assert client.get("/admin/").status_code == 302
    assert not client.get("/admin/")["Location"].startswith((SETUP, VERIFY))


def test_the_sign_in_steps_get_their_icons(db, boss, site_structure):
    """Admin pages fetch the icon sprite; it must not be the verify page instead."""
    enrolled(boss)
    client = password_login("boss")
    response = client.get(reverse("wagtailadmin_sprite"))
    assert response.status_code == 200
    assert b"<svg" in response.content and b"<main" not in response.content


def test_staff_without_admin_access_is_not_sent_round_in_circles(db, django_user_model):
    django_user_model.objects.create_user("clerk", "c@example.org", PASSWORD, is_staff=True)
    client = password_login("clerk")
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
