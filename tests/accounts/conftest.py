"""Fixtures of the account tests."""

import pytest
from django.contrib.auth.models import Permission

from tests.accounts.second_factor_helpers import PASSWORD


@pytest.fixture
def editor(django_user_model):
    """Staff with access to the Wagtail admin, no superuser."""
    user = django_user_model.objects.create_user("editor", "e@example.org", PASSWORD, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user
