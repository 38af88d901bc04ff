"""The newsletter in the Wagtail admin: a "Newsletter" menu (campaigns, subscribers), a
"Newsletter" button on every issue, the newsletter permissions in the group editor, the
campaign actions of the audit log, and how subscriber exports read in it (Reports → Site history).
The screens are in the admin_views package. See docs/newsletter.md, "The admin".
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Permission
from django.db.models import Q
from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from sitrep.publishing.models import IssuePage

from . import admin_views, audit
from .actions.exports import EXPORT_LOG_ACTION


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls() -> list[Any]:
    return [path("newsletter/", include((admin_views.urlpatterns, "newsletter_admin")))]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args: Any, permission: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_newsletter_menu() -> SubmenuMenuItem:
    menu = Menu(
        items=[
            PermissionMenuItem(
                _("Campaigns"),
                reverse("newsletter_admin:campaigns"),
                name="newsletter-campaigns",
                icon_name="mail",
                order=100,
                permission=admin_views.PERM_VIEW_CAMPAIGN,
            ),
            PermissionMenuItem(
                _("Subscribers"),
                reverse("newsletter_admin:subscribers"),
                name="newsletter-subscribers",
                icon_name="group",
                order=200,
                permission=admin_views.PERM_VIEW_SUBSCRIBER,
            ),
        ]
    )
    # Shown only when at least one of its items is.
    return SubmenuMenuItem(_("Newsletter"), menu, name="newsletter", icon_name="mail", order=350)


class NewsletterButton(PageMenuItem):
    label = _("Newsletter")
    icon_name = "mail"

    def is_shown(self, user: Any) -> bool:
        return user.has_perm(admin_views.PERM_VIEW_CAMPAIGN)

    @property
    def url(self) -> str:
        return reverse("newsletter_admin:campaign", args=[self.page.pk])


def _is_issue(page: Any) -> bool:
    return page is not None and issubclass(page.specific_class or object, IssuePage)


@hooks.register("register_page_header_buttons")
def newsletter_header_button(
    page: Any, user: Any, view_name: str | None = None, next_url: str | None = None
) -> list[PageMenuItem]:
    return [NewsletterButton(page=page, priority=25)] if _is_issue(page) else []


@hooks.register("register_page_listing_more_buttons")
def newsletter_listing_button(
    page: Any, user: Any, next_url: str | None = None
) -> list[PageMenuItem]:
    return [NewsletterButton(page=page, priority=25)] if _is_issue(page) else []


@hooks.register("register_permissions")
def newsletter_permissions() -> Any:
    return Permission.objects.filter(
        Q(content_type__app_label="newsletter")
        & Q(content_type__model__in=["campaign", "subscriber"])
    )


@hooks.register("register_log_actions")
def newsletter_log_actions(actions: Any) -> None:
    """Campaign changes in the issue page's History and on the campaign screen (audit.py)."""
    for action, formatter in audit.FORMATTERS.items():
        actions.register_action(action)(formatter)


@hooks.register("register_log_actions")
def register_export_log_action(actions: Any) -> None:
    @actions.register_action(EXPORT_LOG_ACTION)
    class SubscriberExportFormatter(LogFormatter):
        label = _("Export subscribers")

        def format_message(self, log_entry: Any) -> str:
            data = log_entry.data or {}
            filters = data.get("filters") or {}
            values = {
                "rows": data.get("rows", "?"),
                "format": str(data.get("format", "")).upper(),
                "filters": ", ".join(f"{key} = {value}" for key, value in sorted(filters.items()))
                or gettext("none"),
            }
            if data.get("addresses"):
                text = gettext(
                    "Exported %(rows)s subscribers as %(format)s WITH addresses "
                    "(filters: %(filters)s)"
                )
            else:
                text = gettext(
                    "Exported %(rows)s subscribers as %(format)s without addresses "
                    "(filters: %(filters)s)"
                )
            return text % values
