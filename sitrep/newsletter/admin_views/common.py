"""What every newsletter admin screen shares: the permissions, the base view, and the issue a
campaign belongs to."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from sitrep.publishing.models import IssuePage

from ..actions.campaigns import CampaignError
from ..actions.campaigns import source_issue as main_language_issue
from ..models import Campaign

PERM_VIEW_CAMPAIGN = "newsletter.view_campaign"
PERM_START_CAMPAIGN = "newsletter.add_campaign"
PERM_CHANGE_CAMPAIGN = "newsletter.change_campaign"
PERM_VIEW_SUBSCRIBER = "newsletter.view_subscriber"
PERM_VIEW_ADDRESS = "newsletter.view_subscriber_address"
PERM_IMPORT = "newsletter.add_subscriber"


def require_perm(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def can_see_addresses(user: Any) -> bool:
    return user.has_perm(PERM_VIEW_ADDRESS)


# ---------------------------------------------------------------------------------------------
# Which issue a campaign belongs to


def source_issue(page_id: int) -> IssuePage:
    """The issue in the main language for any language version of it (campaigns belong to the
    main-language issue; the others are rendered from it)."""
    issue = get_object_or_404(IssuePage.objects.select_related("locale"), pk=page_id)
    try:
        return main_language_issue(issue)
    except CampaignError as exc:
        raise Http404(str(exc)) from None


def campaign_of(issue: IssuePage) -> Campaign | None:
    return Campaign.objects.filter(issue=issue).first()


class NewsletterAdminView(WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERM_VIEW_CAMPAIGN
    header_icon = "mail"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        require_perm(request, self.permission_required)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("newsletter_admin:campaigns"), "label": _("Newsletter")},
        ]
