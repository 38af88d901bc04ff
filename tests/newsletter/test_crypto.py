from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from sitrep.newsletter.crypto import (
    InvalidToken,
    decrypt_email,
    email_index,
    encrypt_email,
    index_form,
    normalise_email,
    rotate_encrypted_email,
)

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()


def test_domain_is_lower_cased_and_local_part_kept_as_typed():
    assert normalise_email("  Anna.Smith@Example.ORG ") == "Anna.Smith@example.org"


def test_idn_domain_becomes_punycode():
    assert normalise_email("reader@Пример.рф") == "reader@xn--e1afmkfd.xn--p1ai"


def test_index_ignores_case_but_not_dots_or_tags():
    assert email_index("Anna@Example.org") == email_index("anna@example.ORG")
    assert email_index("anna@example.org") != email_index("an.na@example.org")
    assert email_index("anna@example.org") != email_index("anna+news@example.org")
    assert index_form("Anna@Example.org") == "anna@example.org"


def test_index_is_keyed_hex_sha256_and_changes_with_the_key():
    first = email_index("anna@example.org")
    assert len(first) == 64 and int(first, 16) >= 0
    with override_settings(SUBSCRIBER_INDEX_KEY="another-index-key"):
        assert email_index("anna@example.org") != first


def test_encrypted_address_round_trips_and_hides_the_address():
    token = encrypt_email("Anna@Example.org")
    assert b"Anna" not in token and b"example" not in token
    assert decrypt_email(token) == "Anna@example.org"
    assert decrypt_email(memoryview(token)) == "Anna@example.org"
    # Fresh IV each time: equal addresses do not give equal ciphertexts.
    assert encrypt_email("anna@example.org") != encrypt_email("anna@example.org")


def test_rotation_old_key_still_decrypts_and_rotate_moves_to_new_key():
    with override_settings(SUBSCRIBER_KEYS=[KEY_A]):
        old = encrypt_email("anna@example.org")
    with override_settings(SUBSCRIBER_KEYS=[KEY_B, KEY_A]):
        assert decrypt_email(old) == "anna@example.org"
        rotated = rotate_encrypted_email(old)
    with override_settings(SUBSCRIBER_KEYS=[KEY_B]):
        assert decrypt_email(rotated) == "anna@example.org"
        with pytest.raises(InvalidToken):
            decrypt_email(old)


def test_bad_key_configuration_fails_loudly_without_echoing_the_key():
    with override_settings(SUBSCRIBER_KEYS=["not-a-fernet-key"]):
        with pytest.raises(ImproperlyConfigured) as excinfo:
            encrypt_email("anna@example.org")
    assert "not-a-fernet-key" not in str(excinfo.value)
