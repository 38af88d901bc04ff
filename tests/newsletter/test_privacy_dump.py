"""A dump of the whole database holds no subscriber address in clear text: not the address, not
its local part, not as hex (how SQLite and PostgreSQL dump binary columns) or base64."""

from __future__ import annotations

import base64
import shutil
import subprocess

import pytest
from django.core import mail
from django.db import connection

from sitrep.newsletter import tokens
from tests.helpers import clear_cache

from .subscription_helpers import links_in, path_of, post_subscribe, subscriber_for
from .test_subscription_worker import DATABASE_TASKS, run_worker

ADDRESSES = {
    "pending": "Quillfeather.Nightjar@Example.org",
    "confirmed": "marrowbine.reader@example.net",
    "unsubscribed": "tallowquist@example.com",
    "resubscribed": "fenwick.oxlade+news@example.org",
    "failed": "brackenmoor.vale@example.org",
}


def database_dump() -> str:
    vendor = connection.vendor
    if vendor == "sqlite":
        connection.ensure_connection()
        return "\n".join(connection.connection.iterdump())
    if vendor == "postgresql" and shutil.which("pg_dump"):
        params = connection.settings_dict
        command = ["pg_dump", "--no-owner", "--dbname", params["NAME"]]
        for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
            if params.get(key):
                command += [flag, str(params[key])]
        env = {"PGPASSWORD": params.get("PASSWORD") or "", "PATH": "/usr/bin:/bin"}
        return subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    # Any other database: every row of every table, text and binary alike.
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, (bytes, memoryview)):
                        parts.append(bytes(value).hex())
                    parts.append(str(value))
    return "\n".join(parts)


def forms_of(address: str) -> list[str]:
    local = address.split("@")[0]
    forms = []
    for text in {address, address.lower(), local, local.lower()}:
        raw = text.encode()
        forms += [text, raw.hex(), base64.b64encode(raw).decode().rstrip("=")]
    return forms


@pytest.mark.django_db(transaction=True)
def test_database_dump_contains_no_subscriber_address(client, settings):
    settings.TASKS = DATABASE_TASKS
    clear_cache()
    for name in ("pending", "confirmed", "unsubscribed", "resubscribed"):
        post_subscribe(client, ADDRESSES[name], ip=f"192.0.2.{len(name)}")
    run_worker()
    confirm = {message.to[0].lower(): links_in(message)[0] for message in mail.outbox}
    for name in ("confirmed", "unsubscribed", "resubscribed"):
        client.post(path_of(confirm[ADDRESSES[name].lower()]))
    for name in ("unsubscribed", "resubscribed"):
        subscriber = subscriber_for(ADDRESSES[name])
        client.post(path_of(tokens.unsubscribe_url(subscriber, "en")))
    post_subscribe(client, ADDRESSES["resubscribed"], language="ru", ip="192.0.2.99")
    settings.EMAIL_BACKEND = "tests.newsletter.test_subscription_worker.RefusingBackend"
    # RefusingBackend's error text quotes the address; the task record must not.
    post_subscribe(client, ADDRESSES["failed"], ip="192.0.2.100")
    run_worker()
    from django_tasks_db.models import DBTaskResult

    failed = DBTaskResult.objects.filter(
        status="FAILED", task_path__endswith="send_confirmation_email_task"
    )
    assert failed.exists()  # the refusal happened, so its record is in the dump below

    dump = database_dump()

    # The dump really holds the subscribers (so this test can fail): their blind indexes.
    hashes = [subscriber_for(address).email_hash for address in ADDRESSES.values()]
    assert all(value in dump for value in hashes)
    assert "send_confirmation_email_task" in dump
    lowered = dump.lower()
    for address in ADDRESSES.values():
        for form in forms_of(address):
            assert form.lower() not in lowered, f"{form!r} found in the database dump"
