"""Admin views of the weekly cycle: "Publish this issue" and "Start next week", each a
confirmation page that says what will happen before anything does (docs/weekly-cycle.md).
Thin: parse, call an action in issue_actions.py, report."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateTimeInput

from sitrep.core.dates import week_label

from .issue_actions import (
    IssueActionError,
    dashboard_next_week,
    do_publish_issue,
    do_start_week,
    issue_editions,
    next_week_after,
    plan_issue_publication,
)
from .models import IssuePage

PERM_START_CAMPAIGN = "newsletter.add_campaign"
ALL_LANGUAGES = "all"


def language_names() -> dict[str, str]:
    return {code: str(name) for code, name in settings.LANGUAGES}


def campaign_status(issue: IssuePage | None) -> str:
    """The status of the issue's campaign, "" if it has none (read from the newsletter's
    model; the newsletter app itself is not changed here)."""
    if issue is None:
        return ""
    from sitrep.newsletter.models import Campaign

    return Campaign.objects.filter(issue=issue).values_list("status", flat=True).first() or ""


def newsletter_recipients() -> str:
    """Who a start would send to, counted by the newsletter's own selector (the one its
    confirmation page and the start use): "1,234 subscribers: English 800, Belarusian 300, …"."""
    from sitrep.newsletter.audit import counts_phrase
    from sitrep.newsletter.selectors import recipient_counts

    counts = recipient_counts()
    return ngettext(
        "%(count)s subscriber: %(languages)s",
        "%(count)s subscribers: %(languages)s",
        counts.total,
    ) % {
        "count": number_format(counts.total, force_grouping=True),
        "languages": counts_phrase(counts.by_language),
    }


class PublishIssueForm(forms.Form):
    languages = forms.ChoiceField(label=gettext_lazy("Languages"), widget=forms.RadioSelect)
    when = forms.ChoiceField(
        label=gettext_lazy("When"),
        choices=[
            ("now", gettext_lazy("Now")),
            ("later", gettext_lazy("At a scheduled time")),
        ],
        initial="now",
        widget=forms.RadioSelect,
    )
    go_live_at = forms.DateTimeField(
        label=gettext_lazy("Go live at"), required=False, widget=AdminDateTimeInput()
    )
    start_newsletter = forms.BooleanField(
        label=gettext_lazy("Start the newsletter once the issue is live"), required=False
    )

    def __init__(self, *args, editions: dict[str, IssuePage], can_send: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        names = language_names()
        self.fields["languages"].choices = [  # type: ignore[attr-defined]
            (ALL_LANGUAGES, _("All languages (%(names)s)") % {"names": ", ".join(
                names[code] for code in names if code in editions)}),
            *[(code, names[code]) for code in names if code in editions],
        ]  # fmt: skip
        self.fields["languages"].initial = ALL_LANGUAGES
        if not can_send:
            del self.fields["start_newsletter"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("when") == "later":
            when = data.get("go_live_at")
            if when is None:
                self.add_error("go_live_at", _("Choose the time the issue goes live."))
            elif when <= timezone.now():
                self.add_error("go_live_at", _("The time must be in the future."))
        else:
            data["go_live_at"] = None
        return data


class IssueAdminView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "date"

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        self.issue = get_object_or_404(IssuePage.objects.select_related("locale"), pk=kwargs["pk"])

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_explore", args=[self.issue.get_parent().pk]),
                "label": str(IssuePage._meta.verbose_name_plural).capitalize(),
            },
            {
                "url": reverse("wagtailadmin_explore", args=[self.issue.pk]),
                "label": self.issue.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]


class PublishIssueView(IssueAdminView):
    """Publish the issue with its approved articles, now or later, in one language or all."""

    template_name = "publishing/admin/publish_issue.html"
    page_title = gettext_lazy("Publish this issue")

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        editions = issue_editions(self.issue)
        user = request.user
        self.editions = {
            code: edition
            for code, edition in editions.items()
            if edition.permissions_for_user(user).can_publish()
        }
        self.source = editions.get(settings.LANGUAGE_CODE)
        self.campaign_status = campaign_status(self.source)
        self.can_send = (
            self.source is not None
            and user.has_perm(PERM_START_CAMPAIGN)
            and self.campaign_status in ("", "draft")
        )

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not self.editions:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self) -> PublishIssueForm:
        data = self.request.POST if self.request.method == "POST" else None
        return PublishIssueForm(data, editions=self.editions, can_send=self.can_send)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        plan = plan_issue_publication(self.issue, list(self.editions))
        names = language_names()
        order = list(names)
        # The main language first, then the others, as everywhere in the admin.
        plan.articles.sort(key=lambda a: order.index(a.language) if a.language in order else 99)
        for article in plan.articles:
            name = names.get(article.language, article.language)
            article.language_name = name  # type: ignore[attr-defined]
        context.update(
            {
                "issue": self.issue,
                "form": kwargs.get("form") or self.get_form(),
                "plan": plan,
                "language_names": names,
                "editions": [
                    (names[code], edition)
                    for code, edition in sorted(
                        self.editions.items(), key=lambda i: list(names).index(i[0])
                    )
                ],
                "missing_languages": [n for code, n in names.items() if code not in self.editions],
                "can_send": self.can_send,
                "campaign_status": self.campaign_status,
                "recipients": newsletter_recipients() if self.can_send else "",
                "campaign_url": reverse("newsletter_admin:campaign", args=[self.source.pk])
                if self.source is not None
                else "",
            }
        )
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.get_form()
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        choice = form.cleaned_data["languages"]
        languages = list(self.editions) if choice == ALL_LANGUAGES else [choice]
        go_live_at: datetime.datetime | None = form.cleaned_data["go_live_at"]
        try:
            result = do_publish_issue(
                self.issue,
                languages=languages,
                go_live_at=go_live_at,
                start_newsletter=bool(form.cleaned_data.get("start_newsletter")),
                acting_user=request.user,
            )
        except IssueActionError as exc:
            form.add_error(None, str(exc))
            return self.render_to_response(self.get_context_data(form=form))
        names = language_names()
        published_in = ", ".join(
            name for code, name in names.items() if code in result.published_languages
        )
        left_out = len(result.plan.left_out)
        if result.go_live_at:
            message = _("“%(issue)s” goes live at %(when)s in %(languages)s.") % {
                "issue": self.issue.title,
                "when": date_format(timezone.localtime(result.go_live_at), "DATETIME_FORMAT"),
                "languages": published_in,
            }
        else:
            message = _("“%(issue)s” is published in %(languages)s.") % {
                "issue": self.issue.title,
                "languages": published_in,
            }
        if left_out:
            message += " " + ngettext(
                "%(count)d article not approved was left out; it stays as it is.",
                "%(count)d articles not approved were left out; they stay as they are.",
                left_out,
            ) % {"count": left_out}
        messages.success(request, message)
        if result.newsletter == "started":
            messages.success(
                request,
                _("The newsletter is being sent."),
                buttons=[messages.button(self.campaign_url(), _("Follow the sending"))],
            )
        elif result.newsletter == "scheduled":
            messages.success(
                request, _("The newsletter starts once the issue has gone live at that time.")
            )
        elif result.newsletter:
            messages.warning(
                request,
                _("The newsletter was not started: %(why)s") % {"why": result.newsletter},
                buttons=[messages.button(self.campaign_url(), _("Open the newsletter"))],
            )
        return HttpResponseRedirect(reverse("wagtailadmin_explore", args=[self.issue.pk]))

    def campaign_url(self) -> str:
        return reverse("newsletter_admin:campaign", args=[self.source.pk]) if self.source else ""


class StartWeekView(WagtailAdminTemplateMixin, TemplateView):
    """Create next week's issue in every language, after a confirmation. From an issue: the
    week after it; from the dashboard: the week after the newest published issue."""

    template_name = "publishing/admin/start_week.html"
    page_title = gettext_lazy("Start next week")
    header_icon = "date"

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        self.after = None
        after_id = request.GET.get("after") or request.POST.get("after")
        if after_id and after_id.isdigit():
            self.after = IssuePage.objects.filter(pk=int(after_id)).first()
        self.week = next_week_after(self.after) if self.after else dashboard_next_week()
        from .models import IssueIndexPage

        index = IssueIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if index is None or not index.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def existing(self) -> IssuePage | None:
        return IssuePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, week_start=self.week
        ).first()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        names = language_names()
        existing = self.existing()
        have = set(issue_editions(existing)) if existing else set()
        context.update(
            {
                "week": self.week,
                "after": self.after,
                "labels": [
                    (names[code], week_label(self.week, code), code in have) for code in names
                ],
                "existing": existing,
                "complete": have >= set(names),
            }
        )
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            week = datetime.date.fromisoformat(request.POST.get("week", ""))
        except ValueError:
            week = self.week
        try:
            result = do_start_week(week, acting_user=request.user)
        except IssueActionError as exc:
            messages.error(request, str(exc))
            return HttpResponseRedirect(request.get_full_path())
        issue = result.source
        if result.created:
            names = language_names()
            messages.success(
                request,
                _("The week %(week)s is started in %(languages)s, as drafts ready for analysts.")
                % {
                    "week": issue.title,
                    "languages": ", ".join(names[code] for code in result.created),
                },
                buttons=[
                    messages.button(
                        reverse("wagtailadmin_pages:edit", args=[issue.pk]), _("Edit the issue")
                    )
                ],
            )
        else:
            messages.info(
                request,
                _("The issue of the week %(week)s already exists.") % {"week": issue.title},
                buttons=[
                    messages.button(
                        reverse("wagtailadmin_explore", args=[issue.pk]), _("Open the issue")
                    )
                ],
            )
        return HttpResponseRedirect(reverse("wagtailadmin_explore", args=[issue.pk]))


urlpatterns = [
    path("start-week/", StartWeekView.as_view(), name="start_week"),
    path("<int:pk>/publish/", PublishIssueView.as_view(), name="publish_issue"),
]
