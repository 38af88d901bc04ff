"""Tasks are enqueued by name (queue.py): every name the newsletter enqueues must be a task in
tasks.py, or the work would be lost at run time, not at import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django_tasks.base import Task

from sitrep.newsletter import actions, queue
from sitrep.newsletter.actions.subscribers import NOTICE_TASKS

PACKAGE = Path(queue.__file__).parent


def enqueued_names() -> set[str]:
    """Every string literal passed as the first argument of `enqueue_after_commit(...)` in the
    newsletter's code, and the notice tasks named in a table."""
    names = set(NOTICE_TASKS.values())
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", ""))
                == "enqueue_after_commit"
                and node.args
            ):
                first = node.args[0]
                if isinstance(first, ast.Subscript) and ast.unparse(first.value) == "NOTICE_TASKS":
                    continue  # its values are in `names` already
                assert isinstance(first, ast.Constant), f"{path.name}: enqueue a literal name"
                names.add(first.value)
    return names


def test_every_enqueued_task_name_resolves():
    names = enqueued_names()
    # The campaign, sweep, notice, signup, purge and send-on-publish paths all enqueue by name.
    assert {
        "send_campaign_batch_task",
        "recover_expired_leases_task",
        "prepare_campaign_task",
        "start_due_campaigns_task",
        "process_signup_request_task",
        "send_confirmation_email_task",
        "send_already_subscribed_task",
        "purge_unconfirmed_task",
        "start_campaign_on_publish_task",
    } <= names
    for name in names:
        assert isinstance(queue.task_named(name), Task), name


def test_an_unknown_task_name_is_an_error_not_silence():
    with pytest.raises(LookupError):
        queue.task_named("send_campain_batch_task")


def test_the_actions_never_import_the_tasks_module():
    for path in Path(actions.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert "tasks" not in (node.module or "").split("."), path.name
                assert "tasks" not in [alias.name for alias in node.names], path.name
