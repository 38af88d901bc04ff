"""The per-group message and per-recipient substitution (pure: no database)."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

import pytest

from sitrep.newsletter.delivery import (
    PH_PREFERENCES_URL,
    PH_UNSUBSCRIBE_URL,
    InvalidRecipient,
    Outcome,
    Recipient,
    classify_reply,
    compile_message,
    error_text,
    plan_batches,
    rate_share,
    retry_delay,
)

TEXT = f"Привет.\n.A line that starts with a dot\nUnsubscribe: {PH_UNSUBSCRIBE_URL}\n"
HTML = (
    f'<p>Привет</p><a href="{PH_PREFERENCES_URL}">Preferences</a> '
    f'<a href="{PH_UNSUBSCRIBE_URL}">Unsubscribe</a>'
)


def template(**overrides):
    options = dict(
        subject="Situation Report: 9 – 15 кастрычніка 2023 г.",
        text=TEXT,
        html=HTML,
        from_email="Situation Report <newsletter@sitrep.example>",
        list_id="weekly.sitrep.example",
        list_name="Situation Report",
        domain="sitrep.example",
        mailto="unsubscribe@sitrep.example",
    )
    options.update(overrides)
    return compile_message(**options)


def recipient(address="anna@example.org", n=12):
    return Recipient(
        address=address,
        unsubscribe_url=f"https://sitrep.example/be/newsletter/unsubscribe/{n}.abc/",
        preferences_url=f"https://sitrep.example/be/newsletter/preferences/{n}.def/",
        unsubscribe_token=f"{n}.abc",
    )


def parse(raw: bytes):
    return message_from_bytes(raw, policy=default)


def test_message_has_the_required_headers_and_personal_links():
    message = parse(template().render(recipient()))
    assert message["To"] == "anna@example.org"
    assert message["Subject"] == "Situation Report: 9 – 15 кастрычніка 2023 г."
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Id"] == "Situation Report <weekly.sitrep.example>"
    unsubscribe = " ".join(message["List-Unsubscribe"].split())
    assert unsubscribe == (
        "<https://sitrep.example/be/newsletter/unsubscribe/12.abc/>, "
        "<mailto:unsubscribe@sitrep.example?subject=unsubscribe%2012.abc>"
    )
    assert message["Message-ID"].endswith("@sitrep.example>")
    assert message["Date"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Unsubscribe: https://sitrep.example/be/newsletter/unsubscribe/12.abc/" in text
    assert 'href="https://sitrep.example/be/newsletter/preferences/12.def/"' in html
    assert "Привет" in text and "Привет" in html


def test_two_copies_differ_only_in_address_links_message_id_and_date():
    compiled = template()
    first = compiled.render(recipient("anna@example.org", 1), message_id="<1@sitrep.example>")
    second = compiled.render(recipient("boris@example.org", 2), message_id="<2@sitrep.example>")
    normalise = [
        (b"anna@example.org", b"X"),
        (b"boris@example.org", b"X"),
        (b"/1.", b"/N."),
        (b"/2.", b"/N."),
        (b"%201.", b"%20N."),
        (b"%202.", b"%20N."),
        (b"<1@", b"<N@"),
        (b"<2@", b"<N@"),
    ]
    for old, new in normalise:
        first, second = first.replace(old, new), second.replace(old, new)
    first_lines = [line for line in first.split(b"\r\n") if not line.startswith(b"Date:")]
    second_lines = [line for line in second.split(b"\r\n") if not line.startswith(b"Date:")]
    assert first_lines == second_lines


def test_each_message_gets_its_own_message_id():
    compiled = template()
    ids = {parse(compiled.render(recipient()))["Message-ID"] for _ in range(50)}
    assert len(ids) == 50


def test_smtp_form_is_dot_stuffed_and_terminated():
    raw = template().render_smtp(recipient())
    assert b"\r\n..A line that starts with a dot\r\n" in raw
    assert raw.endswith(b"\r\n.\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")


@pytest.mark.parametrize(
    "address",
    [
        "anna@example.org\r\nBcc: victim@example.org",
        "anna@example.org\nBcc: x@example.org",
        "anna@example.org, boris@example.org",
        "Anna <anna@example.org>",
        "anna@exam ple.org",
        "анна@example.org",
        "",
    ],
)
def test_header_injection_through_the_address_is_refused(address):
    with pytest.raises(InvalidRecipient):
        template().render(recipient(address))


@pytest.mark.parametrize(
    "url",
    [
        "https://sitrep.example/x/\r\nBcc: victim@example.org",
        'https://sitrep.example/x/"><script>',
        "javascript:alert(1)",
        "https://sitrep.example/x y/",
    ],
)
def test_header_injection_through_a_link_is_refused(url):
    bad = Recipient(address="anna@example.org", unsubscribe_url=url, preferences_url=url)
    with pytest.raises(InvalidRecipient):
        template().render(bad)


def test_subject_with_a_line_break_is_refused():
    with pytest.raises(InvalidRecipient):
        template(subject="Hello\r\nBcc: victim@example.org")


def test_esp_message_carries_the_same_headers():
    message = template().email_message(recipient())
    assert message.to == ["anna@example.org"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "12.abc" in message.extra_headers["List-Unsubscribe"]
    assert "https://sitrep.example/be/newsletter/unsubscribe/12.abc/" in message.body
    assert PH_UNSUBSCRIBE_URL not in message.alternatives[0][0]


def test_batches_keep_order_and_size():
    assert list(plan_batches(range(1, 8), 3)) == [[1, 2, 3], [4, 5, 6], [7]]
    assert list(plan_batches([], 3)) == []


def test_retry_delay_doubles_and_is_capped():
    assert [retry_delay(n, 30) for n in (1, 2, 3)] == [30, 60, 120]
    assert retry_delay(30, 30) == 3600


def test_smtp_replies_are_classified():
    assert classify_reply(250) is Outcome.SENT
    assert classify_reply(451) is Outcome.TEMPORARY
    assert classify_reply(550) is Outcome.PERMANENT


def test_error_text_never_keeps_an_address():
    text = error_text(550, b"5.1.1 <anna@example.org>: Recipient address rejected")
    assert "anna" not in text and text.startswith("550 5.1.1")


def test_rate_limit_is_shared_between_active_workers():
    assert rate_share(0, 3) == 0
    assert rate_share(100, 4) == 25
    assert rate_share(100, 0) == 100
