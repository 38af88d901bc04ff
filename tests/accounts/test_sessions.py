from __future__ import annotations

import pytest
from django.test import Client

from sitrep.accounts.actions import do_confirm_totp_device, do_start_totp_device

PASSWORD = "correct horse battery"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "editor", "e@example.org", PASSWORD, is_staff=True, is_superuser=True
    )
    do_confirm_totp_device(do_start_totp_device(user))
    return user


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)  # with the second factor (tests/conftest.py)
    assert client.get("/admin/").status_code == 200
    return client


def test_a_password_change_ends_the_other_sessions(db, editor, site_structure):
    laptop, phone = signed_in(editor), signed_in(editor)
    response = laptop.post(
        "/admin/account/",
        {
            # Wagtail's account page saves all its panels together.
            "name_email-email": "e@example.org",
            "name_email-first_name": "Ed",
            "name_email-last_name": "Itor",
            "locale-preferred_language": "en",
            "locale-current_time_zone": "Europe/Minsk",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "password-old_password": PASSWORD,
            "password-new_password1": "a different long passphrase",
            "password-new_password2": "a different long passphrase",
        },
    )
    assert response.status_code in (200, 302)
    editor.refresh_from_db()
    assert editor.check_password("a different long passphrase")
    # The session that changed it goes on; the other one is signed out.
    assert laptop.get("/admin/").status_code == 200
    assert phone.get("/admin/")["Location"].startswith("/admin/login/")


def test_removal_from_staff_ends_the_sessions(db, django_user_model, site_structure):
    user = django_user_model.objects.create_user("helper", "h@example.org", PASSWORD, is_staff=True)
    client = Client()
    client.force_login(user)
    assert "_auth_user_id" in client.session
    user.is_staff = False
    user.save()
    client.get("/en/")
    assert "_auth_user_id" not in client.session


def test_loss_of_admin_access_ends_the_sessions(db, editor, site_structure):
    client = signed_in(editor)
    editor.is_staff = False
    editor.is_superuser = False
    editor.save()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session
