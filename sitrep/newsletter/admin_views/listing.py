"""What the newsletter's generic listings (subscribers, campaigns) share: permissions checked
with Django's model permissions, and the "Newsletter" breadcrumb."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _


class NewsletterListingMixin:
    """For Wagtail's generic IndexView. Only `permission_required` is checked: the generic
    default lets anyone with add, change or delete permission in, and the newsletter's
    permissions do not work that way (newsletter.add_subscriber is the import)."""

    permission_required = "view"
    any_permission_required = None
    request: Any

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = super().get_breadcrumbs_items()  # type: ignore[misc]
        newsletter = {"url": reverse("newsletter_admin:campaigns"), "label": _("Newsletter")}
        return [*items[:-1], newsletter, items[-1]]
