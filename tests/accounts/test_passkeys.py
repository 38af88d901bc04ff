"""Passkeys (django-otp-webauthn) as a second factor: the endpoints are wired into the admin,
and a passkey counts for the enforcement like an authenticator app does. The WebAuthn
cryptography itself is the package's; here a confirmed credential row stands for a passkey
the browser registered, and django-otp's own login marks the session as passing it."""

from __future__ import annotations

import base64
import re

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticToken
from django_otp_webauthn.models import WebAuthnCredential

from sitrep.accounts.actions import do_confirm_totp_device, do_start_totp_device
from sitrep.accounts.relying_party import allowed_origins, relying_party_id
from sitrep.accounts.second_factor import passkey_kind
from tests.accounts.second_factor_helpers import PASSWORD, SETUP, VERIFY, password_login

REGISTER_BEGIN = "/admin/second-factor/webauthn/registration/begin/"
AUTHENTICATE_BEGIN = "/admin/second-factor/webauthn/authentication/begin/"


def add_passkey(user, number: int = 1) -> WebAuthnCredential:
    """A confirmed credential row, as the package's registration view saves it."""
    return WebAuthnCredential.objects.create(
        user=user,
        name="",
        confirmed=True,
        credential_id=bytes([number]) * 32,
        public_key=b"\xa5" + bytes([number]) * 40,
        aaguid="00000000-0000-0000-0000-000000000000",
        sign_count=0,
    )


def pass_with(client: Client, user, device) -> None:
    """What the package's authentication view does after a valid assertion: django-otp's
    login with the WebAuthn device, on this client's session."""
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    otp_login(request, device)
    request.session.save()


def test_registration_begin_gives_a_staff_user_a_challenge_for_this_site(
    db, editor, site_structure
):
    client = password_login("editor")
    response = client.post(REGISTER_BEGIN)
    assert response.status_code == 200
    options = response.json()
    assert len(options["challenge"]) >= 16
    assert options["rp"]["id"] == "localhost"
    assert options["user"]["name"] == "editor"


def test_anonymous_visitors_get_no_challenge(db, site_structure):
    client = Client()
    for url in (REGISTER_BEGIN, AUTHENTICATE_BEGIN):
        response = client.post(url)
        assert response.status_code in (302, 403), url
        assert b"challenge" not in response.content, url


def test_a_password_alone_cannot_add_a_passkey_to_an_enrolled_account(db, editor, site_structure):
    """Otherwise a stolen password would be enough to register the thief's passkey."""
    do_confirm_totp_device(do_start_totp_device(editor))
    client = password_login("editor")
    response = client.post(REGISTER_BEGIN)
    assert response.status_code == 403
    assert b"challenge" not in response.content
    assert response.json()["code"] == "user_not_verified"


def test_authentication_begin_asks_for_the_users_own_passkeys(db, editor, site_structure):
    passkey = add_passkey(editor)
    client = password_login("editor")
    response = client.post(AUTHENTICATE_BEGIN)
    assert response.status_code == 200
    options = response.json()
    assert options["challenge"]
    offered = [c["id"] for c in options["allowCredentials"]]
    assert offered == [base64.urlsafe_b64encode(passkey.credential_id).decode().rstrip("=")]


def test_staff_with_only_a_passkey_is_asked_for_it_and_then_enters_the_admin(
    db, editor, site_structure
):
    passkey = add_passkey(editor)
    client = password_login("editor")
    assert client.get("/admin/")["Location"].startswith(VERIFY)
    page = client.get(VERIFY).content.decode()
    assert 'id="passkey-verification-button"' in page
    assert "/static/django_otp_webauthn/otp_webauthn_auth.js" in page
    assert client.get("/admin/account/")["Location"].startswith(VERIFY)

    pass_with(client, editor, passkey)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/account/").status_code == 200


def test_a_first_passkey_brings_recovery_codes_once(db, editor, site_structure):
    client = password_login("editor")
    passkey = add_passkey(editor)
    pass_with(client, editor, passkey)  # the registration view marks the session so
    done = client.post(reverse("sitrep_accounts_passkey_added"), {"next": "/admin/"})
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", done.content.decode())
    assert len(codes) == 10
    # Reloading never replaces the codes the user saved.
    again = client.post(reverse("sitrep_accounts_passkey_added"))
    assert again["Location"] == SETUP
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(codes)

    # A recovery code still opens the admin for a passkey-only account.
    other = password_login("editor")
    assert other.post(VERIFY, {"code": codes[0], "next": "/admin/"})["Location"] == "/admin/"
    assert other.get("/admin/").status_code == 200


def test_the_set_up_page_offers_a_passkey_beside_the_authenticator_app(db, editor, site_structure):
    client = password_login("editor")
    response = client.get(SETUP)
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("img[src^='data:image/svg+xml']")  # the TOTP QR code
    template = page.select_one("template#passkey-registration-available-template")
    assert template is not None and "Register a passkey" in template.decode_contents()
    # Every script comes from this site; the package's script is a static file.
    sources = [tag["src"] for tag in page.select("script[src]")]
    assert "/static/django_otp_webauthn/otp_webauthn_register.js" in sources
    assert "/static/accounts/passkeys.js" in sources
    assert all(src.startswith("/") and not src.startswith("//") for src in sources)
    assert finders.find("django_otp_webauthn/otp_webauthn_register.js")
    assert finders.find("accounts/passkeys.js")


def test_content_security_policies_stay_as_they_were(db, editor, site_structure, settings):
    client = password_login("editor")
    admin_policy = client.get(SETUP)["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline';" in admin_policy
    assert "connect-src 'self';" in admin_policy
    assert "http" not in admin_policy  # no other origin anywhere
    public_policy = Client().get("/en/")["Content-Security-Policy"]
    assert "script-src 'none'" in public_policy and "default-src 'none'" in public_policy


def test_a_passkey_can_be_removed_but_not_the_last_factor(db, editor, site_structure):
    first, second = add_passkey(editor, 1), add_passkey(editor, 2)
    client = password_login("editor")
    pass_with(client, editor, first)
    page = BeautifulSoup(client.get(SETUP).content, "html.parser")
    removes = page.select("form[action$='/remove/'] button")
    assert len(removes) == 2
    # Screen readers hear which passkey each button removes.
    assert all(b.get_text(" ", strip=True).startswith("Remove the passkey added ") for b in removes)

    client.post(reverse("sitrep_accounts_remove_passkey", args=[second.pk]))
    assert list(WebAuthnCredential.objects.filter(user=editor)) == [first]
    page = client.get(SETUP).content.decode()
    assert "/remove/" not in page
    assert "This is your only second factor" in page

    refused = client.post(reverse("sitrep_accounts_remove_passkey", args=[first.pk]), follow=True)
    assert "cannot be removed" in refused.content.decode()
    assert WebAuthnCredential.objects.filter(pk=first.pk).exists()

    # With the authenticator app on, the passkey is no longer the last factor.
    do_confirm_totp_device(do_start_totp_device(editor))
    client.post(reverse("sitrep_accounts_remove_passkey", args=[first.pk]))
    assert not WebAuthnCredential.objects.filter(user=editor).exists()


def test_nobody_removes_another_users_passkey(db, editor, django_user_model, site_structure):
    boss = django_user_model.objects.create_superuser("boss", "b@example.org", PASSWORD)
    theirs = add_passkey(boss, 1)
    add_passkey(boss, 2)
    mine = add_passkey(editor, 3)
    add_passkey(editor, 4)
    client = password_login("editor")
    pass_with(client, editor, mine)
    client.post(reverse("sitrep_accounts_remove_passkey", args=[theirs.pk]))
    assert WebAuthnCredential.objects.filter(pk=theirs.pk).exists()


def test_relying_party_follows_the_site_address():
    assert relying_party_id("http://127.0.0.1:8000") == "localhost"
    assert relying_party_id("https://monitor.example.org/") == "monitor.example.org"
    assert allowed_origins("http://127.0.0.1:8301", ["127.0.0.1", "localhost"], "localhost") == [
        "http://localhost:8301"
    ]
    assert allowed_origins(
        "https://monitor.example.org",
        ["monitor.example.org", "admin.monitor.example.org", "other.example", "10.0.0.1", "*"],
        "monitor.example.org",
    ) == ["https://monitor.example.org", "https://admin.monitor.example.org"]


def test_the_account_page_leads_to_the_second_factor_page(db, editor, site_structure):
    client = password_login("editor")
    add_passkey(editor)
    pass_with(client, editor, WebAuthnCredential.objects.get(user=editor))
    page = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    assert page.select_one(f"a[href='{SETUP}']") is not None


def test_the_passkey_pages_speak_russian(db, editor, site_structure):
    client = password_login("editor")
    page = client.get(SETUP, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Ключи доступа" in page and "Создать ключ доступа" in page


def test_passkeys_are_named_for_the_device_that_holds_them():
    # An earlier request in this thread may have left another language active.
    with translation.override("en"):
        assert passkey_kind(["internal", "hybrid"]) == "Passkey on a computer or phone"
        assert passkey_kind(["hybrid"]) == "Passkey on a phone"
        assert passkey_kind(["usb", "nfc"]) == "Security key"
        assert passkey_kind([]) == "Passkey"
