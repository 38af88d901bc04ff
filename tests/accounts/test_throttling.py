from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from sitrep.accounts.client_ip import client_ip, forwarded_client

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "e@example.org", PASSWORD, is_staff=True)


def attempt(username: str, password: str, ip: str = "203.0.113.5", **extra) -> object:
    client = Client(REMOTE_ADDR=ip, **extra)
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def signs_in(username: str, password: str = PASSWORD, ip: str = "203.0.113.5") -> bool:
    response = attempt(username, password, ip)
    return response.status_code == 302


def test_wrong_passwords_from_one_address_lock_the_account(db, editor):
    for _ in range(4):
        assert attempt("editor", "wrong").status_code == 200
    # The fifth wrong password locks.
    assert attempt("editor", "wrong").status_code == 429
    # Even the right password is refused now, from this address and from another one.
    assert not signs_in("editor")
    assert not signs_in("editor", ip="198.51.100.77")


def test_wrong_passwords_from_many_addresses_lock_the_account(db, editor):
    for n in range(5):
        attempt("editor", "wrong", ip=f"198.51.100.{n + 1}")
    assert not signs_in("editor", ip="192.0.2.200")


def test_one_address_trying_many_accounts_is_locked(db, editor):
    for n in range(5):
        attempt(f"guess{n}", "wrong", ip="203.0.113.9")
    assert not signs_in("editor", ip="203.0.113.9")
    # The account itself is not locked: its owner elsewhere still signs in.
    assert signs_in("editor", ip="192.0.2.10")


def test_lockout_lifts_after_at_most_fifteen_minutes(db, editor):
    start = timezone.now()
    with freeze_time(start):
        for _ in range(6):
            attempt("editor", "wrong")
        assert not signs_in("editor")
    with freeze_time(start + timedelta(minutes=14)):
        assert not signs_in("editor")
    with freeze_time(start + timedelta(minutes=15, seconds=1)):
        assert signs_in("editor")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Signing in is paused for 15 minutes"),
        ("be", "Уваход спынены на 15 хвілін"),
        ("ru", "Вход приостановлен на 15 минут"),
    ],
)
def test_lockout_page_says_how_long_in_the_users_language(db, editor, language, expected):
    for _ in range(4):
        attempt("editor", "wrong")
    response = attempt("editor", "wrong", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    assert expected in response.content.decode()


def test_behind_a_proxy_the_forwarded_address_counts_not_the_proxy(db, editor):
    with override_settings(SITREP_BEHIND_PROXY=True, SITREP_PROXY_COUNT=1):
        for n in range(5):
            # Every request arrives from the proxy; a client may send its own (false) entries.
            attempt(
                "editor", "wrong", ip="10.0.0.1", HTTP_X_FORWARDED_FOR=f"1.2.3.4, 198.51.100.{n}"
            )
        # Other clients behind the same proxy are not locked out with the account above.
        response = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.1").post(
            LOGIN, {"username": "someone", "password": "x"}
        )
        assert response.status_code == 200


def test_client_address_comes_from_our_proxy_entry_only(rf):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.1")
    with override_settings(SITREP_BEHIND_PROXY=False):
        assert client_ip(request) == "10.0.0.1"
    with override_settings(SITREP_BEHIND_PROXY=True, SITREP_PROXY_COUNT=1):
        assert client_ip(request) == "192.0.2.1"
    assert forwarded_client("6.6.6.6, 192.0.2.1, 10.0.0.2", 2) == "192.0.2.1"
    assert forwarded_client("", 1) is None


def test_the_admin_login_page_still_works(db, editor):
    assert Client().get(reverse("wagtailadmin_login")).status_code == 200
