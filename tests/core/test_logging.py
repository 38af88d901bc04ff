"""Newsletter link tokens never reach a log line (sitrep/core/logging.py, settings.LOGGING)."""

from __future__ import annotations

import logging

import pytest

from sitrep.core.logging import REDACTED, RedactLinkTokens, redact_link_tokens
from sitrep.newsletter import tokens
from sitrep.newsletter.crypto import email_index, encrypt_email
from sitrep.newsletter.models import Subscriber


@pytest.mark.django_db
def test_bad_request_on_a_preferences_link_does_not_log_the_token(client, caplog):
    subscriber = Subscriber.objects.create(
        email_hash=email_index("logged@example.org"),
        email_encrypted=encrypt_email("logged@example.org"),
        status=Subscriber.Status.CONFIRMED,
    )
    token = tokens.preferences_token(subscriber)
    caplog.set_level(logging.INFO)
    response = client.post(f"/en/newsletter/preferences/{token}/", {"language": "xx"})
    assert response.status_code == 400
    assert "Bad Request" in caplog.text  # Django did log the response...
    assert f"/en/newsletter/preferences/{REDACTED}/" in caplog.text  # ...with the path redacted
    assert token not in caplog.text
    assert token.split(".")[1] not in caplog.text


@pytest.mark.django_db
def test_invalid_confirm_and_unsubscribe_links_do_not_log_the_token(client, caplog):
    caplog.set_level(logging.INFO)
    for path in ("/ru/newsletter/confirm/4:secret-part:sig/", "/be/newsletter/unsubscribe/7.x/"):
        assert client.post(path).status_code == 400
    assert caplog.text.count(REDACTED) >= 2
    assert "secret-part" not in caplog.text and "7.x" not in caplog.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"GET /en/newsletter/confirm/12:abc:def/ HTTP/1.1"',
            f'"GET /en/newsletter/confirm/{REDACTED}/ HTTP/1.1"',
        ),
        ("/be/newsletter/unsubscribe/9.Zm9v?x=1", f"/be/newsletter/unsubscribe/{REDACTED}?x=1"),
        ("/ru/newsletter/preferences/9.abc/more/", f"/ru/newsletter/preferences/{REDACTED}/"),
        ("/en/newsletter/subscribe/", "/en/newsletter/subscribe/"),
        ("/en/issues/2026-w48/", "/en/issues/2026-w48/"),
    ],
)
def test_redact_link_tokens(text, expected):
    assert redact_link_tokens(text) == expected


def _record(msg, args, **extra) -> logging.LogRecord:
    record = logging.LogRecord("django.server", logging.INFO, __file__, 1, msg, args, None)
    record.__dict__.update(extra)
    return record


def test_filter_redacts_message_arguments_and_request(rf):
    request = rf.post("/en/newsletter/preferences/5.secretmac/")
    record = _record(
        "%s: %s (%d)",
        ("Bad Request", "/en/newsletter/preferences/5.secretmac/", 400),
        request=request,
    )
    assert RedactLinkTokens().filter(record) is True
    assert record.getMessage() == f"Bad Request: /en/newsletter/preferences/{REDACTED}/ (400)"
    assert "secretmac" not in record.request.path
    assert "secretmac" not in record.request.get_full_path()
    assert "secretmac" not in record.request.META["PATH_INFO"]
    assert "secretmac" in request.path  # the live request is left alone

    preformatted = _record("GET /en/newsletter/unsubscribe/5.secretmac/ 200", None)
    RedactLinkTokens().filter(preformatted)
    assert "secretmac" not in preformatted.getMessage()


@pytest.mark.parametrize("name", ["django.request", "django.server"])
def test_filter_is_registered_on_the_django_loggers(name):
    assert any(isinstance(f, RedactLinkTokens) for f in logging.getLogger(name).filters)
