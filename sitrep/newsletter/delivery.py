"""Pure delivery logic: batch planning, retry timing, SMTP reply classification, and the issue
message serialised once per group with per-recipient substitution. No ORM, no I/O.
See docs/newsletter.md, "Sending and delivery semantics".

Why substitution: Python's `email` package builds only ~500 messages/s per core, so a message
built per recipient cannot reach 1,000 messages/s. The message for one (language, topics) group
is serialised ONCE with ASCII placeholders; per recipient only the `To` address, `Date`,
`Message-ID` and the two signed links (in `List-Unsubscribe` and in both bodies) are put in.
Both body parts are 8bit (lines are kept short by rendering), so a placeholder is never split by
quoted-printable soft breaks or hidden by base64.

Header injection is impossible by construction: every substituted value is checked to be
printable ASCII without spaces, CR or LF (addresses must be dot-atom@domain), and anything else
is refused with `InvalidRecipient` before a byte is sent.
"""

from __future__ import annotations

import enum
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.header import Header
from email.utils import formatdate, make_msgid

from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend

# Placeholders: unlikely in any text, ASCII, no characters HTML escaping or the email package
# would touch, and the To placeholder is a syntactically valid address.
PH_TO = "sitrep-recipient-7c1e0b9d@placeholder.invalid"
PH_DATE = "SITREP-DATE-7c1e0b9d"
PH_MESSAGE_ID = "<SITREP-MESSAGE-ID-7c1e0b9d@placeholder.invalid>"
PH_LIST_UNSUBSCRIBE = "SITREP-LIST-UNSUBSCRIBE-7c1e0b9d"
PH_SUBJECT = "SITREP-SUBJECT-7c1e0b9d"
PH_UNSUBSCRIBE_URL = "https://placeholder.invalid/SITREP-UNSUBSCRIBE-7c1e0b9d"
PH_PREFERENCES_URL = "https://placeholder.invalid/SITREP-PREFERENCES-7c1e0b9d"
_PLACEHOLDERS = {
    PH_TO: "to",
    PH_DATE: "date",
    PH_MESSAGE_ID: "message_id",
    PH_LIST_UNSUBSCRIBE: "list_unsubscribe",
    PH_UNSUBSCRIBE_URL: "unsubscribe_url",
    PH_PREFERENCES_URL: "preferences_url",
}
_PLACEHOLDER_RE = re.compile(b"|".join(re.escape(p.encode()) for p in _PLACEHOLDERS))

# What may be substituted. Addresses: dot-atom local part, ASCII (IDN already punycode) domain.
_ADDRESS = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
# Links: printable ASCII with nothing that needs escaping in HTML attributes or headers.
_URL = re.compile(r"^https?://[A-Za-z0-9\-._~/?#\[\]@!$'()*+,;=%:]+$")
_MAILTO = re.compile(r"^[A-Za-z0-9\-._~/?\[\]@!$'()*+,;=%:]+$")
_MESSAGE_ID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]+@[A-Za-z0-9.\-]+>$")


class InvalidRecipient(ValueError):
    """A value that cannot go into a header safely (never the address itself in the message)."""


# ---------------------------------------------------------------------------------------------
# Planning and retry timing


def plan_batches(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    """Split subscriber ids (in the given order) into batches of at most `size`."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    batch: list[int] = []
    for pk in ids:
        batch.append(pk)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def retry_delay(attempt: int, base: float, cap: float = 3600.0) -> float:
    """Seconds to wait before try number `attempt + 1`: base, 2·base, 4·base … capped."""
    return float(min(cap, base * (2 ** max(0, attempt - 1))))


def rate_share(rate_per_second: float, active_workers: int) -> float:
    """A worker's share of the campaign's rate limit (0 = unlimited)."""
    if rate_per_second <= 0:
        return 0.0
    return rate_per_second / max(1, active_workers)


class Outcome(enum.Enum):
    SENT = "sent"  # the server accepted the message (250 after DATA)
    TEMPORARY = "temporary"  # 4xx before the message was accepted: retry later
    # 5xx: failed. A bounce only when the recipient was refused (RCPT TO); a refusal of the
    # sender or of the message is not the subscriber's fault (sending.Result.sender_level).
    PERMANENT = "permanent"
    UNKNOWN = "unknown"  # the body may have been accepted (timeout/drop after DATA)


def classify_reply(code: int) -> Outcome:
    if 200 <= code < 300:
        return Outcome.SENT
    if 400 <= code < 500:
        return Outcome.TEMPORARY
    return Outcome.PERMANENT


def error_text(code: int | None, message: bytes | str | None = None, *, limit: int = 200) -> str:
    """The SMTP code and reply text for `Delivery.last_error`, with addresses removed (servers
    often echo the recipient)."""
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    text = " ".join(str(message or "").split())
    text = re.sub(r"[^\s<>@]+@[^\s<>@]+", "<address>", text)
    head = str(code) if code is not None else ""
    return f"{head} {text}".strip()[:limit]


# ---------------------------------------------------------------------------------------------
# The per-group message and per-recipient substitution


@dataclass(frozen=True)
class Recipient:
    address: str
    unsubscribe_url: str
    preferences_url: str
    # The token for the mailto: variant of List-Unsubscribe (the subject carries it).
    unsubscribe_token: str = ""


def check_recipient(recipient: Recipient) -> None:
    if not _ADDRESS.match(recipient.address) or len(recipient.address) > 254:
        raise InvalidRecipient("address cannot be used in a header")
    for url in (recipient.unsubscribe_url, recipient.preferences_url):
        if not _URL.match(url) or len(url) > 600:
            raise InvalidRecipient("link cannot be used in a header")
    if recipient.unsubscribe_token and not _MAILTO.match(recipient.unsubscribe_token):
        raise InvalidRecipient("token cannot be used in a header")


def list_unsubscribe_value(unsubscribe_url: str, mailto: str = "", token: str = "") -> str:
    """RFC 2369 List-Unsubscribe: the https link first (RFC 8058 one-click), then mailto."""
    value = f"<{unsubscribe_url}>"
    if mailto:
        subject = f"unsubscribe%20{token}" if token else "unsubscribe"
        # Folded with CRLF + space so the header line stays short.
        value += f",\r\n <mailto:{mailto}?subject={subject}>"
    return value


class _DateCache:
    """formatdate() once per second, not once per message."""

    second = -1
    value = ""

    def now(self) -> str:
        second = int(time.time())
        if second != self.second:
            self.second, self.value = second, formatdate(second, usegmt=True)
        return self.value


_dates = _DateCache()


@dataclass(frozen=True)
class MessageTemplate:
    """A message serialised once, split at the placeholders."""

    chunks: tuple[bytes, ...]  # literal bytes; a placeholder name sits between two chunks
    smtp_chunks: tuple[bytes, ...]  # the same, dot-stuffed and ending with CRLF.CRLF (DATA)
    fields: tuple[str, ...]
    domain: str
    mailto: str
    from_email: str
    subject: str
    # The parts, for backends that need a structured message (ESPs through anymail).
    text: str
    html: str
    headers: tuple[tuple[str, str], ...]

    def render(self, recipient: Recipient, *, message_id: str | None = None) -> bytes:
        """The complete message for one recipient (CRLF line endings), as an .eml file."""
        return self._join(self.chunks, recipient, message_id)

    def render_smtp(self, recipient: Recipient, *, message_id: str | None = None) -> bytes:
        """The message as sent after DATA: dot-stuffed and terminated. Stuffing the template once
        is enough: no substituted value starts a line or contains a line break followed by a
        dot."""
        return self._join(self.smtp_chunks, recipient, message_id)

    def _join(
        self, chunks: tuple[bytes, ...], recipient: Recipient, message_id: str | None
    ) -> bytes:
        check_recipient(recipient)
        values = {
            "to": recipient.address,
            "date": _dates.now(),
            "message_id": message_id or make_msgid(domain=self.domain),
            "list_unsubscribe": list_unsubscribe_value(
                recipient.unsubscribe_url, self.mailto, recipient.unsubscribe_token
            ),
            "unsubscribe_url": recipient.unsubscribe_url,
            "preferences_url": recipient.preferences_url,
        }
        if not _MESSAGE_ID.match(values["message_id"]):
            raise InvalidRecipient("message id cannot be used in a header")
        parts = [chunks[0]]
        for name, chunk in zip(self.fields, chunks[1:], strict=True):
            parts.append(values[name].encode("ascii"))
            parts.append(chunk)
        return b"".join(parts)

    def email_message(
        self,
        recipient: Recipient,
        *,
        connection: BaseEmailBackend | None = None,
        message_id: str | None = None,
    ) -> EmailMultiAlternatives:
        """A normal Django message for one recipient (the ESP path; slower, built per message)."""
        check_recipient(recipient)
        text = self.text.replace(PH_UNSUBSCRIBE_URL, recipient.unsubscribe_url).replace(
            PH_PREFERENCES_URL, recipient.preferences_url
        )
        html = self.html.replace(PH_UNSUBSCRIBE_URL, recipient.unsubscribe_url).replace(
            PH_PREFERENCES_URL, recipient.preferences_url
        )
        headers = dict(self.headers)
        headers["Message-ID"] = message_id or make_msgid(domain=self.domain)
        headers["List-Unsubscribe"] = list_unsubscribe_value(
            recipient.unsubscribe_url, self.mailto, recipient.unsubscribe_token
        ).replace("\r\n ", " ")
        message = EmailMultiAlternatives(
            subject=self.subject,
            body=text,
            from_email=self.from_email,
            to=[recipient.address],
            headers=headers,
            connection=connection,
        )
        message.attach_alternative(html, "text/html")
        return message


def _encode_subject(subject: str) -> bytes:
    if subject.isascii():
        return subject.encode("ascii")
    return Header(subject, "utf-8", header_name="Subject").encode(linesep="\r\n").encode("ascii")


def compile_message(
    *,
    subject: str,
    text: str,
    html: str,
    from_email: str,
    list_id: str,
    list_name: str,
    domain: str,
    mailto: str = "",
) -> MessageTemplate:
    """Serialise the group's message once (text and HTML already rendered with the link
    placeholders PH_UNSUBSCRIBE_URL and PH_PREFERENCES_URL)."""
    if any(ch in subject for ch in "\r\n"):
        raise InvalidRecipient("subject contains a line break")
    if mailto and not _MAILTO.match(mailto):
        raise InvalidRecipient("unsubscribe mailto cannot be used in a header")
    headers = (
        ("List-Id", f"{list_name} <{list_id}>" if list_name else f"<{list_id}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    )
    message = EmailMultiAlternatives(
        subject=PH_SUBJECT,
        body=text,
        from_email=from_email,
        to=[PH_TO],
        headers={
            "Date": PH_DATE,
            "Message-ID": PH_MESSAGE_ID,
            "List-Unsubscribe": PH_LIST_UNSUBSCRIBE,
            **dict(headers),
        },
    )
    message.attach_alternative(html, "text/html")
    raw = message.message().as_bytes(linesep="\r\n")
    if re.search(rb"Content-Transfer-Encoding: (quoted-printable|base64)", raw, re.I):
        # Placeholders inside an encoded part could be split or hidden.
        raise ValueError("the message parts must be 8bit: a line is too long")
    # The email package folds a long encoded subject right after "Subject:", which some readers
    # show as a leading space; encode it here, folding only between encoded words.
    raw = raw.replace(PH_SUBJECT.encode(), _encode_subject(subject), 1)
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    pieces = _PLACEHOLDER_RE.split(raw)
    stuffed = _PLACEHOLDER_RE.split(re.sub(rb"(?m)^\.", b"..", raw) + b".\r\n")
    found = _PLACEHOLDER_RE.findall(raw)
    fields = tuple(_PLACEHOLDERS[p.decode()] for p in found)
    for required in ("to", "date", "message_id", "list_unsubscribe"):
        if fields.count(required) != 1:
            raise ValueError(f"placeholder {required} must appear exactly once")
    return MessageTemplate(
        chunks=tuple(pieces),
        smtp_chunks=tuple(stuffed),
        fields=fields,
        domain=domain,
        mailto=mailto,
        from_email=from_email,
        subject=subject,
        text=text,
        html=html,
        headers=headers,
    )
