"""How a message leaves: the SMTP and ESP transports, and the one classification of mail
errors, used by the campaign worker (sending.py) and by the subscriber notices
(actions/subscribers.py) alike. See docs/newsletter.md, "Sending and delivery semantics".

Nothing here touches the database: a transport is given a compiled `MessageTemplate` and a
`Recipient` and answers with a `Result`; what it means for the ledger is decided by the caller.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Any, Protocol

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend

from .delivery import MessageTemplate, Outcome, Recipient, classify_reply, error_text

# Errors of the connection rather than of the message: nothing definite was said by the server.
CONNECTION_ERRORS = (smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError)


class ConnectionFailed(Exception):
    """The mail server could not be reached; nothing was sent."""


@dataclass
class Result:
    outcome: Outcome
    error: str = ""
    # A permanent refusal of the message or of our sender (5xx at MAIL FROM or after DATA, an
    # ESP rejecting the request) rather than of the recipient: failed, but not a bounce. The
    # same refusal for many recipients in a row pauses the campaign.
    sender_level: bool = False


class SmtpTransport:
    """Django's SMTP connection, fed the pre-serialised bytes; tracks the protocol phase so a
    failure after the body was transmitted is `unknown`, never retried."""

    def __init__(self, backend: SmtpBackend) -> None:
        self.backend = backend
        self.envelope_from = parseaddr(str(settings.DEFAULT_FROM_EMAIL))[1]

    def open(self) -> None:
        if self.backend.connection is not None:
            return
        try:
            self.backend.open()
            conn = self._connection()
            conn.ehlo_or_helo_if_needed()
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise ConnectionFailed(type(exc).__name__) from None
        self.mail_options = ["BODY=8BITMIME"] if conn.has_extn("8bitmime") else []

    def _connection(self) -> smtplib.SMTP:
        conn = self.backend.connection
        if conn is None:
            raise ConnectionFailed("no connection")
        return conn

    def _drop(self) -> None:
        conn = self.backend.connection
        self.backend.connection = None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - the socket is being thrown away anyway
                pass

    def close(self) -> None:
        if self.backend.connection is not None:
            try:
                self.backend.close()
            except Exception:  # noqa: BLE001
                self._drop()

    def send(self, template: MessageTemplate, recipient: Recipient) -> Result:
        data = template.render_smtp(recipient)
        self.open()
        conn = self._connection()
        code: int | None
        try:
            code, reply = conn.mail(self.envelope_from, self.mail_options)
            # Only a refusal at RCPT TO is about the recipient (a bounce).
            sender_level = True
            if code == 250:
                sender_level = False
                code, reply = conn.rcpt(recipient.address)
            if code in (250, 251):
                sender_level = True
                code, reply = conn.docmd("data")
                if code == 354:
                    code = None
            if code is not None:
                if code == 421:
                    self._drop()
                else:
                    self._reset()
                outcome = classify_reply(code)
                return Result(outcome, error_text(code, reply), sender_level=sender_level)
        except (OSError, smtplib.SMTPException) as exc:
            # Before the body: nothing was accepted. Reconnect for the next message.
            self._drop()
            return Result(Outcome.TEMPORARY, f"connection lost before data ({type(exc).__name__})")
        try:
            conn.send(data)
            code, reply = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            # The server may have accepted the message: never resend automatically.
            self._drop()
            return Result(Outcome.UNKNOWN, f"no reply after data ({type(exc).__name__})")
        if code == 421:
            self._drop()
        # A 5xx after the body refuses the message (content, policy, size), not the recipient.
        return Result(
            classify_reply(code), "" if code == 250 else error_text(code, reply), sender_level=True
        )

    def _reset(self) -> None:
        conn = self.backend.connection
        if conn is None:
            return
        try:
            conn.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()


class RawMessage(EmailMessage):
    """An already serialised message for backends that call `message().as_bytes()` (the outbox,
    file, console and locmem backends): no rebuilding per recipient."""

    def __init__(self, raw: bytes, to: str, subject: str) -> None:
        super().__init__(subject=subject, to=[to])
        self.raw = raw

    def message(self, *, policy: Any = None) -> Any:  # noqa: ARG002 - Django's signature
        return _Raw(self.raw)


class _Raw:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n") -> bytes:  # noqa: ARG002
        return self.raw if linesep == "\r\n" else self.raw.replace(b"\r\n", linesep.encode())

    def as_string(self, unixfrom: bool = False, linesep: str = "\n") -> str:  # noqa: ARG002
        return self.as_bytes(linesep=linesep).decode("utf-8", "replace")

    def get_all(self, name: str, failobj: Any = None) -> Any:
        return failobj

    def __str__(self) -> str:
        return self.as_string()


class BackendTransport:
    """Any other Django email backend. ESPs (anymail) get a normal EmailMultiAlternatives."""

    def __init__(self, backend: BaseEmailBackend) -> None:
        self.backend = backend
        self.structured = type(backend).__module__.startswith("anymail.")
        self.opened = False

    def open(self) -> None:
        if self.opened:
            return
        try:
            self.backend.open()
        except OSError as exc:
            raise ConnectionFailed(type(exc).__name__) from None
        self.opened = True

    def close(self) -> None:
        if self.opened:
            self.backend.close()
            self.opened = False

    def send(self, template: MessageTemplate, recipient: Recipient) -> Result:
        self.open()
        message: EmailMessage
        if self.structured:
            message = template.email_message(recipient, connection=self.backend)
        else:
            message = RawMessage(template.render(recipient), recipient.address, template.subject)
        try:
            sent = self.backend.send_messages([message])
        except Exception as exc:  # noqa: BLE001 - classified below
            outcome, error = classify_backend_error(exc)
            return Result(outcome, error, sender_level=not is_recipient_refusal(exc))
        if not sent:
            return Result(Outcome.UNKNOWN, "backend reported nothing sent")
        return Result(Outcome.SENT)


def is_recipient_refusal(exc: BaseException) -> bool:
    """Whether a backend's error refuses the recipient (a bounce) rather than our message."""
    return type(exc).__name__ == "AnymailRecipientsRefused" or isinstance(
        exc, smtplib.SMTPRecipientsRefused
    )


def classify_backend_error(exc: BaseException) -> tuple[Outcome, str]:
    """ESP and other backend errors: a definite refusal is permanent, a refused connection or
    an explicit 429/5xx answer temporary, anything else (read timeouts) unknown."""
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    if name == "AnymailRecipientsRefused":
        return Outcome.PERMANENT, "recipient refused by the ESP"
    if isinstance(exc, ConnectionRefusedError):
        return Outcome.TEMPORARY, name
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        code = codes[0] if codes else 550
        return classify_reply(code), error_text(code)
    if isinstance(exc, smtplib.SMTPResponseException):
        return classify_reply(exc.smtp_code), error_text(exc.smtp_code, exc.smtp_error)
    if status is not None:
        if status == 429 or status >= 500:
            return Outcome.TEMPORARY, f"ESP HTTP {status}"
        return Outcome.PERMANENT, f"ESP HTTP {status}"
    cause = repr(getattr(exc, "__cause__", None) or "")
    # requests' ConnectTimeout / ConnectionError (nothing sent) but not a ReadTimeout (maybe sent).
    if "ConnectTimeout" in cause or ("ConnectionError" in cause and "Read" not in cause):
        return Outcome.TEMPORARY, name
    return Outcome.UNKNOWN, f"no definite answer ({name})"


class Transport(Protocol):
    def open(self) -> None: ...

    def close(self) -> None: ...

    def send(self, template: MessageTemplate, recipient: Recipient) -> Result: ...


def open_transport() -> Transport:
    """The transport for the configured EMAIL_BACKEND (its connection opens on first use)."""
    backend = get_connection()
    if isinstance(backend, SmtpBackend):
        return SmtpTransport(backend)
    return BackendTransport(backend)


def classify_mail_error(exc: BaseException) -> tuple[Outcome, str]:
    """The one classification of a failed send, for campaigns and notices alike: a definite
    refusal (5xx, an ESP's 4xx other than 429) is PERMANENT, a 4xx reply, a refused connection
    or an explicit 429/5xx answer TEMPORARY, anything else (a read timeout, a dropped
    connection) UNKNOWN: the message may have been accepted. The text carries the SMTP code and
    reply with addresses removed, never the address itself."""
    return classify_backend_error(exc)


def smtp_codes(exc: BaseException) -> list[int]:
    """The SMTP reply codes an exception carries (several for a multi-recipient refusal)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return [int(value[0]) for value in exc.recipients.values()]
    code = getattr(exc, "smtp_code", None)
    return [int(code)] if isinstance(code, int) else []


def may_retry_notice(exc: BaseException) -> bool:
    """Whether a subscriber notice (a single confirmation email) is worth sending again later:
    a temporary outcome, or a connection problem. For a campaign an unknown outcome is never
    retried (someone could get the issue twice); a notice sent twice does no harm."""
    codes = smtp_codes(exc)
    if codes:
        return all(classify_reply(code) is Outcome.TEMPORARY for code in codes)
    outcome, _error = classify_mail_error(exc)
    return outcome is Outcome.TEMPORARY or isinstance(exc, CONNECTION_ERRORS)
