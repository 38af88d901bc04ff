"""The transports and the one classification of mail errors (transport.py): what the server
said decides whether a message is sent, retried, failed or unknown. Real SMTP through aiosmtpd
on loopback; no database."""

from __future__ import annotations

import smtplib

import pytest
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend

from sitrep.newsletter.delivery import Outcome, Recipient, compile_message
from sitrep.newsletter.transport import (
    ConnectionFailed,
    SmtpTransport,
    classify_mail_error,
    may_retry_notice,
)
from tests.newsletter.delivery_helpers import RecordingHandler, free_port, smtp_server


def template():
    return compile_message(
        subject="This week",
        text="Read it: {unsubscribe}",
        html="<p>Read it</p>",
        from_email="Weekly <news@example.org>",
        list_id="weekly.example.org",
        list_name="Weekly",
        domain="example.org",
    )


def recipient(address: str = "reader@example.org") -> Recipient:
    return Recipient(
        address=address,
        unsubscribe_url="https://example.org/u/t/",
        preferences_url="https://example.org/p/t/",
    )


def transport(port: int) -> SmtpTransport:
    return SmtpTransport(SmtpBackend(host="127.0.0.1", port=port, timeout=5))


class ApiError(Exception):
    def __init__(self, status_code: int) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"no such user")}), "permanent"),
        (smtplib.SMTPRecipientsRefused({"a@example.org": (451, b"greylisted")}), "temporary"),
        (smtplib.SMTPResponseException(421, b"closing"), "temporary"),
        (smtplib.SMTPDataError(554, b"spam"), "permanent"),
        (ConnectionRefusedError(111, "refused"), "temporary"),
        (ApiError(429), "temporary"),
        (ApiError(503), "temporary"),
        (ApiError(400), "permanent"),
        # Nothing definite: the message may have been accepted, never re-sent automatically.
        (TimeoutError("read timed out"), "unknown"),
        (smtplib.SMTPServerDisconnected("gone"), "unknown"),
    ],
)
def test_one_classification_of_mail_errors(error, outcome):
    assert classify_mail_error(error)[0] is Outcome(outcome)


def test_error_text_carries_the_code_never_the_address():
    error = smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"<a@example.org> unknown")})
    _outcome, text = classify_mail_error(error)
    assert text.startswith("550") and "a@example.org" not in text


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (smtplib.SMTPRecipientsRefused({"a@example.org": (451, b"later")}), True),
        (smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"no")}), False),
        (smtplib.SMTPServerDisconnected("gone"), True),  # a notice twice does no harm
        (ConnectionRefusedError(111, "refused"), True),
        (ValueError("a bug in a template"), False),
    ],
)
def test_a_notice_is_retried_only_when_it_may_work_later(error, retry):
    assert may_retry_notice(error) is retry


def test_smtp_transport_sends_and_the_server_receives_it():
    with smtp_server() as (handler, port):
        smtp = transport(port)
        result = smtp.send(template(), recipient())
        smtp.close()
    assert result.outcome is Outcome.SENT
    assert handler.received == ["reader@example.org"]


def test_a_refused_recipient_is_a_bounce_not_a_sender_problem():
    handler = RecordingHandler()
    handler.reject = lambda address: address.startswith("gone")
    with smtp_server(handler) as (handler, port):
        smtp = transport(port)
        refused = smtp.send(template(), recipient("gone@example.org"))
        # The connection stays usable for the next recipient (RSET after the refusal).
        accepted = smtp.send(template(), recipient())
        smtp.close()
    assert refused.outcome is Outcome.PERMANENT and not refused.sender_level
    assert refused.error.startswith("550") and "gone@example.org" not in refused.error
    assert accepted.outcome is Outcome.SENT
    assert handler.received == ["reader@example.org"]


def test_a_temporary_refusal_is_retried_later():
    handler = RecordingHandler()
    handler.temp_fail_count = 1
    with smtp_server(handler) as (handler, port):
        smtp = transport(port)
        result = smtp.send(template(), recipient())
        smtp.close()
    assert result.outcome is Outcome.TEMPORARY
    assert handler.received == []


def test_no_server_is_a_connection_failure_and_nothing_is_sent():
    smtp = transport(free_port())  # nothing listens there
    with pytest.raises(ConnectionFailed):
        smtp.send(template(), recipient())
