"""Issue 11, "What it must show" item 1: every role against every editorial action, each done
through the admin's own URLs and judged by its effect (docs/editorial.md, "Roles")."""

from __future__ import annotations

import pytest

from . import actions

pytestmark = pytest.mark.django_db

ROLES = ("analyst", "editor", "translator", "audience admin")

# Whether each role's attempt takes effect, in the order of ROLES.
EXPECTED = {
    "create": (True, True, False, False),
    "edit": (True, True, False, False),
    "submit": (True, True, False, False),
    "approve": (False, True, False, False),
    "request_changes": (False, True, False, False),
    "publish": (False, True, False, False),
    "schedule": (False, True, False, False),
    "unpublish": (False, True, False, False),
    # An analyst's copy is a draft; only an editor's copy can go live at once.
    "copy": (True, True, False, False),
    "publish_a_copy": (False, True, False, False),
    "move": (False, True, False, False),
    "delete": (False, True, False, False),
    "revert": (False, True, False, False),
    "bulk_publish": (False, True, False, False),
    "bulk_unpublish": (False, True, False, False),
    "campaign_start": (False, True, False, False),
    "campaign_cancel": (False, True, False, False),
    # Editors see the counts (and rows without addresses); addresses are the audience admin's.
    "subscriber_list": (False, True, False, True),
    "subscriber_addresses": (False, False, False, True),
    "export_addresses": (False, False, False, True),
    "import_subscribers": (False, False, False, True),
    "edit_english_source": (True, True, False, False),
    "translate": (False, True, True, False),
    "submit_translation": (False, True, True, False),
    "publish_translation": (False, True, False, False),
}

CASES = [
    pytest.param(role, action, allowed[index], id=f"{role}-{action}")
    for action, allowed in EXPECTED.items()
    for index, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("role", "action", "allowed"), CASES)
def test_role_can_or_cannot(world, role, action, allowed, django_capture_on_commit_callbacks):
    client = world.client_for(role)
    # What runs after the commit (wagtail-localize publishes then) runs, as in production.
    with django_capture_on_commit_callbacks(execute=True):
        done = getattr(actions, action)(client, world)
    assert (done() if callable(done) else done) is allowed
