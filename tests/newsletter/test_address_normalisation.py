"""Address normalisation is one total, idempotent function (validation.clean_email): whatever a
person or a script types, the result is either a 400 with the form's message or an address with
exactly one `@`, an ASCII dot-atom local part and an ASCII (punycode) domain of LDH labels,
which cleaning again leaves unchanged."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from sitrep.newsletter.models import Subscriber
from sitrep.newsletter.validation import clean_email

from .subscription_helpers import post_subscribe

LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
# Address-header and list syntax that must never reach a stored address.
HEADER_SYNTAX = set(',;<>:"()[]\\ ')

# Inputs that broke the old normalisation: full-width delimiters that NFKC/IDNA turns into real
# ones, empty IDN labels, and their neighbours.
CORPUS = [
    "anna@example＠evil.org",
    "anna@example.org，bob@example.net",
    "anna@example.org；bob@example.net",
    "anna@＜example.org＞",
    "anna@example.org＞",
    "anna@example：25.org",
    "anna@example.org／path",
    "anna@exam＠ple.рф",
    "anna@пример..рф",
    "anna@.пример.рф",
    "anna@пример。。рф",
    "anna@пример．．рф",
    "anna@ｅｘａｍｐｌｅ．ｏｒｇ＠evil.org",
    "anna@xn--.org",
    "anna@xn--zz.org",
    "anna@\u00adexample.org",
    "anna@ex\u200bample.org",
    "an＠na@example.org",
]

FULL_WIDTH = "＠，；＜＞：／．。｡"
ALPHABET = st.sampled_from(
    list("abcxyzABZ0189.-_+@ ")
    + list(FULL_WIDTH)
    + list("üßяё例え\u00ad\u200b\u0301ǅﬁ")
    + list("!#$%&'*/=?^`{|}~\",;<>:()[]\\")
)
LABELS = st.text(ALPHABET, min_size=0, max_size=12)
STRUCTURED = st.builds(
    lambda local, labels, tld: f"{local}@{'.'.join(labels)}.{tld}",
    st.text(ALPHABET, min_size=1, max_size=12),
    st.lists(LABELS, min_size=1, max_size=3),
    st.sampled_from(["org", "рф", "com", "ＯＲＧ", "xn--p1ai", "1", ""]),
)
ANY_TEXT = st.text(ALPHABET, max_size=30)


def _check_accepted(address: str) -> None:
    assert clean_email(address) == address  # idempotent
    assert address.count("@") == 1
    local, _at, domain = address.partition("@")
    assert LOCAL.fullmatch(local) and len(local) <= 64
    assert domain.isascii() and len(domain) <= 253
    labels = domain.split(".")
    assert len(labels) >= 2 and all(LABEL.fullmatch(label) for label in labels)
    assert not HEADER_SYNTAX & set(address)
    assert len(address) <= 254


@hypothesis_settings(
    max_examples=10_000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.one_of(STRUCTURED, ANY_TEXT))
@example("Reader@Example.org")
@example("anna@пример.рф")
@example("anna@bücher.de")
def test_clean_email_is_total_and_idempotent(value):
    try:
        address = clean_email(value)
    except ValidationError as error:
        assert error.code in {"invalid", "too_long"}
        return
    _check_accepted(address)


@pytest.mark.parametrize("value", CORPUS)
def test_corpus_inputs_are_refused_or_clean(value):
    try:
        address = clean_email(value)
    except ValidationError:
        return
    _check_accepted(address)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value", [v for v in CORPUS if v not in {"anna@\u00adexample.org", "anna@ex\u200bample.org"}]
)
def test_corpus_inputs_get_the_form_error_not_a_server_error(client, value):
    response = post_subscribe(client, value)
    assert response.status_code == 400
    assert "Enter a valid email address" in response.content.decode()
    assert Subscriber.objects.count() == 0


@pytest.mark.django_db
def test_idn_address_is_stored_in_punycode(client, django_capture_on_commit_callbacks):
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):
        assert post_subscribe(client, "anna@пример.рф").status_code == 200
    [message] = mail.outbox
    assert message.to == ["anna@xn--e1afmkfd.xn--p1ai"]
