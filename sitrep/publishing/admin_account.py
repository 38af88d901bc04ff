"""The admin's account settings: a name is optional.

Wagtail's "Name and Email" form requires a first and a last name, and the account page saves
all its panels as one form, so an account without names (what `createsuperuser` makes) could
not change its interface language or theme until names were typed. Django's User allows blank
names; so do we.
"""

from __future__ import annotations

from wagtail.admin.forms.account import NameEmailForm
from wagtail.admin.views import account


class OptionalNameEmailForm(NameEmailForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Wagtail's own fields, labels and translations, only no longer required.
        self.fields["first_name"].required = False
        self.fields["last_name"].required = False


def install() -> None:
    # The account view builds this panel by name (no hook replaces it): swap its form.
    account.NameEmailSettingsPanel.form_class = OptionalNameEmailForm
