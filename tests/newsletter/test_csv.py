"""The subscriber CSV format: parsing (every problem with its line number) and export."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import CommandError, call_command

from sitrep.newsletter.actions.imports import ImportRejected, do_import_subscribers
from sitrep.newsletter.crypto import email_index, encrypt_email
from sitrep.newsletter.csv_io import (
    ImportRow,
    neutralise_cell,
    parse_subscriber_csv,
    write_subscribers_csv,
)
from sitrep.newsletter.models import Subscriber
from tests.newsletter.factories import make_subscriber

LANGS = ["en", "be", "ru"]


def parse(text: str):
    return parse_subscriber_csv(text, languages=LANGS)


def test_valid_file_gives_rows_with_language_and_topics():
    result = parse(
        "email,language,topics\n"
        "anna@example.org,be,economy security\n"
        "boris@example.net,,\n"
        "carl@example.org,RU,economy;society;economy\n"
    )
    assert result.ok, result.errors
    assert [(r.line, r.email, r.language, r.topics) for r in result.rows] == [
        (2, "anna@example.org", "be", ("economy", "security")),
        (3, "boris@example.net", "en", ()),
        (4, "carl@example.org", "ru", ("economy", "society")),
    ]


def test_semicolon_separated_file_with_byte_order_mark_and_extra_columns():
    result = parse("\ufeffName;Email;Language\nAnna;anna@example.org;ru\n")
    assert result.ok, result.errors
    assert result.rows[0].email == "anna@example.org"
    assert result.rows[0].language == "ru"


def test_single_column_file():
    result = parse("email\nanna@example.org\nboris@example.net\n")
    assert [r.email for r in result.rows] == ["anna@example.org", "boris@example.net"]


def test_every_invalid_line_is_reported_with_its_number():
    result = parse(
        "email,language\ngood@example.org,en\nnot-an-address,en\n\nother@example.org,de\n,en\n"
    )
    assert not result.ok
    messages = [str(e) for e in result.errors]
    assert messages == [
        "line 3: the email is not a valid address",
        "line 5: unknown language 'de'",
        "line 6: the email is empty",
    ]


def test_header_injection_in_a_value_is_rejected():
    # A quoted value may contain a line break; it must never reach a mail header.
    result = parse(
        'email,language\n"victim@example.org\nBcc: x@example.net",en\nok@example.org,en\n'
    )
    assert [str(e) for e in result.errors] == [
        "line 2: the email contains a line break or control character"
    ]
    # The next row's line number accounts for the two physical lines of the quoted value.
    assert [r.line for r in result.rows] == [4]
    result = parse("email,language\nvictim@example.org\r,en\n")
    assert not result.ok


def test_language_with_control_character_rejected():
    result = parse('email,language\nanna@example.org,"en\x00"\n')
    assert "control character" in str(result.errors[0])


def test_duplicate_addresses_in_one_file_are_reported():
    result = parse("email\nanna@example.org\nAnna@Example.org \n")
    assert [str(e) for e in result.errors] == ["line 3: the same address as line 2"]


def test_overlong_address_rejected():
    local = "a" * 64
    domain = ".".join(["b" * 60] * 4) + ".org"
    result = parse(f"email\n{local}@{domain}\n")
    assert "longer than 254" in str(result.errors[0])


def test_missing_email_column_empty_file_and_header_only():
    assert str(parse("name,language\nAnna,en\n").errors[0]) == (
        "line 1: the header has no 'email' column"
    )
    assert str(parse("").errors[0]) == "line 1: the file is empty"
    assert str(parse("email\n").errors[0]) == "line 2: the file has a header but no subscribers"


def test_invalid_topic_rejected():
    result = parse("email,topics\nanna@example.org,economy <script>\n")
    assert "invalid topic" in str(result.errors[0])


def test_too_many_rows_rejected():
    text = "email\n" + "".join(f"r{i}@example.org\n" for i in range(5))
    result = parse_subscriber_csv(text, languages=LANGS, max_rows=3)
    assert str(result.errors[-1]) == "line 5: more than 3 rows; split the file"


def test_formula_cells_are_neutralised():
    assert neutralise_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert neutralise_cell("+1") == "'+1"
    assert neutralise_cell("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise_cell("newsletter form") == "newsletter form"
    assert neutralise_cell(None) == ""


ROW = {
    "id": 7,
    "email": "anna@example.org",
    "email_hash": "abcdef0123456789" * 4,
    "status": "confirmed",
    "language": "be",
    "topics": ["economy", "security"],
    "consent_source": "=cmd|' /C calc'!A0",
    "created_at": None,
    "confirmed_at": None,
}


def test_export_with_addresses():
    out = io.StringIO()
    assert write_subscribers_csv(out, [ROW], include_addresses=True) == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][:3] == ["id", "email", "status"]
    assert rows[1][:5] == ["7", "anna@example.org", "confirmed", "be", "economy security"]
    assert rows[1][5].startswith("'=")


def test_export_without_addresses_never_writes_one():
    out = io.StringIO()
    write_subscribers_csv(out, [ROW], include_addresses=False)
    assert "anna@example.org" not in out.getvalue()
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][1] == "email_hash_prefix"
    assert rows[1][1] == "abcdef012345"


def test_exported_file_can_be_imported_again():
    out = io.StringIO()
    write_subscribers_csv(out, [ROW], include_addresses=True)
    result = parse(out.getvalue())
    assert result.ok, result.errors
    assert (result.rows[0].email, result.rows[0].topics) == (
        "anna@example.org",
        ("economy", "security"),
    )


# ---------------------------------------------------------------------------------------------
# The import action and the two commands (database)


@pytest.fixture
def economy(site_structure):
    from tests import factories

    return factories.make_topics(["economy"])


@pytest.mark.django_db
def test_import_action_is_all_or_nothing(economy):
    rows = [
        ImportRow(2, "one@example.org", "en", ("economy",)),
        ImportRow(3, "two@example.org", "ru", ("astrology",)),
        ImportRow(4, "ONE@example.org", "be"),
    ]
    with pytest.raises(ImportRejected) as caught:
        do_import_subscribers(rows, acting_user=None, confirmed=True, consent_source="list")
    assert [str(e) for e in caught.value.errors] == [
        "line 3: unknown topic 'astrology'",
        "line 4: the same address as line 2",
    ]
    assert not Subscriber.objects.exists()


@pytest.mark.django_db
def test_import_as_confirmed_needs_consent_source():
    with pytest.raises(ValueError):
        do_import_subscribers(
            [ImportRow(2, "one@example.org", "en")], acting_user=None, confirmed=True
        )
    assert not Subscriber.objects.exists()


@pytest.mark.django_db
def test_import_never_touches_known_addresses(economy, mailoutbox):
    Subscriber.objects.create(
        email_hash=email_index("left@example.org"), status="unsubscribed", language="ru"
    )
    Subscriber.objects.create(
        email_hash=email_index("bounced@example.org"),
        email_encrypted=encrypt_email("bounced@example.org"),
        status="bounced",
        language="en",
    )
    result = do_import_subscribers(
        [
            ImportRow(2, "left@example.org", "en"),
            ImportRow(3, "Bounced@example.org", "en"),
            ImportRow(4, "new@example.org", "be", ("economy",)),
        ],
        acting_user=None,
        confirmed=True,
        consent_source="the old list",
    )
    assert (result.created, result.already_known) == (1, 2)
    statuses = dict(Subscriber.objects.values_list("email_hash", "status"))
    assert statuses[email_index("left@example.org")] == "unsubscribed"
    assert statuses[email_index("bounced@example.org")] == "bounced"
    new = Subscriber.objects.get(email_hash=email_index("new@example.org"))
    assert (new.status, new.language, new.topics, new.consent_source) == (
        "confirmed",
        "be",
        ["economy"],
        "the old list",
    )
    assert mailoutbox == []


@pytest.mark.django_db
def test_import_command(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("email,topics\nok@example.org,economy\nnot-an-address,\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="Nothing imported: 1 invalid"):
        call_command(
            "import_subscribers", str(bad), "--confirmed", "--consent-source", "x", stderr=err
        )
    assert "line 3: the email is not a valid address" in err.getvalue()
    assert not Subscriber.objects.exists()

    good = tmp_path / "good.csv"
    good.write_text("email,language\nok@example.org,be\n", encoding="utf-8")
    with pytest.raises(CommandError, match="consent-source"):
        call_command("import_subscribers", str(good), "--confirmed")
    out = io.StringIO()
    call_command("import_subscribers", str(good), "--dry-run", stdout=out)
    assert "1 rows are valid" in out.getvalue() and not Subscriber.objects.exists()
    call_command(
        "import_subscribers", str(good), "--confirmed", "--consent-source", "old list", stdout=out
    )
    assert Subscriber.objects.get().status == "confirmed"


@pytest.mark.django_db
def test_export_command_writes_addresses_only_when_asked(tmp_path):
    Subscriber.objects.create(
        email_hash=email_index("anna@example.org"),
        email_encrypted=encrypt_email("anna@example.org"),
        status="confirmed",
        language="be",
    )
    target = tmp_path / "out.csv"
    call_command("export_subscribers", "-o", str(target), stderr=io.StringIO())
    assert "anna@example.org" not in target.read_text()
    assert email_index("anna@example.org")[:12] in target.read_text()
    call_command(
        "export_subscribers", "-o", str(target), "--include-addresses", stderr=io.StringIO()
    )
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert [(r["email"], r["language"]) for r in rows] == [("anna@example.org", "be")]


@pytest.mark.django_db
def test_export_command_is_recorded_in_the_audit_log(tmp_path):
    from wagtail.models import ModelLogEntry

    from sitrep.newsletter.actions.exports import EXPORT_LOG_ACTION

    make_subscriber("anna@example.org", language="be")
    target = tmp_path / "out.csv"
    call_command(
        "export_subscribers", "-o", str(target), "--include-addresses", "--language", "be",
        stderr=io.StringIO(),
    )  # fmt: skip
    call_command("export_subscribers", "-o", str(target), stderr=io.StringIO())
    entries = ModelLogEntry.objects.filter(action=EXPORT_LOG_ACTION).order_by("pk")
    assert [(e.user_id, e.data) for e in entries] == [
        (None, {"format": "csv", "filters": {"language": "be"}, "addresses": True, "rows": 1}),
        (None, {"format": "csv", "filters": {}, "addresses": False, "rows": 1}),
    ]
