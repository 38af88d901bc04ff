"""The campaign list: issues in the main language, newest week first, each with its campaign,
on Wagtail's generic IndexView. Opening an issue leads to its campaign screen (campaigns.py).
See docs/newsletter.md, "The admin"."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.permission_policies import ModelPermissionPolicy

from sitrep.publishing.models import IssuePage

from ..models import Campaign, Subscriber
from ..selectors import with_delivery_counts
from .listing import NewsletterListingMixin

ISSUES_PER_PAGE = 25


def campaign_of(issue: IssuePage) -> Campaign | None:
    return getattr(issue, "campaign", None)


def week_label(issue: IssuePage) -> str:
    year, week, _weekday = issue.week_start.isocalendar()
    return _("week %(week)d, %(year)d") % {"week": week, "year": year}


def campaign_status(issue: IssuePage) -> str:
    campaign = campaign_of(issue)
    if campaign is None:
        return _("not sent")
    label = str(campaign.get_status_display())
    if campaign.status == Campaign.Status.SCHEDULED and campaign.scheduled_for:
        when = formats.date_format(campaign.scheduled_for, "Y-m-d H:i")
        return f"{label} · {when}"
    return label


def started_by(issue: IssuePage) -> str:
    campaign = campaign_of(issue)
    if campaign is None or campaign.status == Campaign.Status.DRAFT:
        return ""
    return campaign.started_by_label


def progress(issue: IssuePage) -> str:
    recipients = getattr(issue, "recipients", 0)
    if not recipients:
        return ""
    return _("%(sent)s of %(recipients)s sent") % {
        "sent": intcomma(getattr(issue, "sent", 0)),
        "recipients": intcomma(recipients),
    }


class CampaignIndexView(NewsletterListingMixin, IndexView):
    model = IssuePage
    permission_policy = ModelPermissionPolicy(Campaign)
    index_url_name = "newsletter_admin:campaigns"
    template_name = "newsletter/admin/campaign_list.html"
    page_title = gettext_lazy("Newsletter campaigns")
    header_icon = "mail"
    paginate_by = ISSUES_PER_PAGE
    default_ordering = "-week_start"
    # One list of the main-language issues: campaigns belong to them, not to translations.
    i18n_enabled = False
    is_searchable = False

    def get_base_queryset(self) -> QuerySet[IssuePage]:
        issues = IssuePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).select_related("campaign", "campaign__started_by")
        return with_delivery_counts(issues)

    @cached_property
    def columns(self) -> list[Column]:
        return [
            TitleColumn(
                "title",
                label=_("Issue"),
                get_url=lambda issue: reverse("newsletter_admin:campaign", args=[issue.pk]),
            ),
            Column("week", label=_("Week"), accessor=week_label, sort_key="week_start"),
            StatusTagColumn(
                "published",
                label=_("Published"),
                accessor=lambda issue: _("live") if issue.live else _("draft"),
                primary=lambda issue: issue.live,
            ),
            StatusTagColumn(
                "campaign",
                label=_("Campaign"),
                accessor=campaign_status,
                primary=lambda issue: campaign_of(issue) is not None,
            ),
            Column("started_by", label=_("Started by"), accessor=started_by),
            DateColumn("started_at", label=_("Started"), accessor="campaign.started_at"),
            DateColumn("finished_at", label=_("Finished"), accessor="campaign.finished_at"),
            Column("progress", label=_("Recipients"), accessor=progress),
        ]

    def get_context_data(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(*args, **kwargs)
        context["confirmed_total"] = Subscriber.objects.confirmed().count()
        return context
