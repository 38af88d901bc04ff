"""The campaign screen of one issue (preview, test send, start or schedule with a confirmation,
pause, resume, cancel, re-send `unknown`, its history) and its live progress. The list of
campaigns is in campaign_list.py."""

from __future__ import annotations

import datetime
import logging
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.decorators.clickjacking import xframe_options_sameorigin
from wagtail.admin import messages

from sitrep.publishing.models import IssuePage

from .. import audit
from ..actions.campaigns import (
    CampaignError,
    campaign_progress,
    do_cancel_campaign,
    do_pause_campaign,
    do_resend_unknown,
    do_resume_campaign,
    do_start_campaign,
    send_test_issue_email,
)
from ..models import Campaign, Delivery
from ..rendering import LANGUAGE_NAMES, render_issue_email
from ..selectors import RecipientCounts, recipient_counts, unsent_counts
from ..validation import clean_email
from .common import (
    PERM_CHANGE_CAMPAIGN,
    PERM_START_CAMPAIGN,
    PERM_VIEW_CAMPAIGN,
    NewsletterAdminView,
    campaign_of,
    require_perm,
    source_issue,
)

logger = logging.getLogger(__name__)

# The field a confirmation page's button sends: without it, start, schedule and cancel only
# show what they would do.
CONFIRM_FIELD = "confirm"
CONFIRM_VALUE = "yes"
# How many audit entries the campaign screen lists (the page's History has them all).
HISTORY_LIMIT = 50

PROGRESS_KEYS = ("queued", "sending", "sent", "failed", "bounced", "unknown", "skipped")
# Links in a preview point nowhere: real ones are signed per recipient when sending.
PREVIEW_LINK = "#preview-link"


def progress_payload(campaign: Campaign | None) -> dict[str, Any]:
    """What the progress box shows, as JSON-friendly values."""
    if campaign is None:
        return {"status": "none", "status_label": _("Not started"), "total": 0, "done": 0}
    progress = campaign_progress(campaign)
    counts = dict(progress["counts"])
    payload: dict[str, Any] = {key: int(counts.get(key, 0)) for key in PROGRESS_KEYS}
    total = int(progress.get("total", sum(counts.values())))
    done = total - payload["queued"] - payload["sending"]
    rate = progress.get("msgs_per_s")
    eta = progress.get("eta_seconds")
    campaign.refresh_from_db(fields=["status", "pause_reason", "finished_at", "frozen_at"])
    # Large lists: the ledger is written by a task after the start, so `total` still grows.
    preparing = (
        campaign.started_at is not None
        and campaign.frozen_at is None
        and campaign.status in (Campaign.Status.SENDING, Campaign.Status.PAUSED)
    )
    payload.update(
        {
            "preparing": preparing,
            "preparing_label": _("Preparing recipients…") if preparing else "",
            "status": campaign.status,
            "status_label": str(campaign.get_status_display()),
            "pause_reason": campaign.pause_reason,
            "total": total,
            "done": done,
            "percent": round(100 * done / total, 1) if total else 0,
            "msgs_per_s": round(float(rate), 1) if rate is not None else None,
            "eta_seconds": int(eta) if eta is not None else None,
            "eta_label": format_duration(eta),
            "finished": campaign.status in (Campaign.Status.FINISHED, Campaign.Status.CANCELLED),
            "unknown_ids": list(progress.get("unknown_ids", [])),
            "unknown_never_handed": int(progress.get("unknown_never_handed", 0)),
        }
    )
    return payload


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = int(round(seconds))
    if seconds < 60:
        return _("%(s)d s") % {"s": seconds}
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return _("%(m)d min %(s)d s") % {"m": minutes, "s": seconds}
    hours, minutes = divmod(minutes, 60)
    return _("%(h)d h %(m)d min") % {"h": hours, "m": minutes}


class StartCampaignForm(forms.Form):
    when = forms.ChoiceField(
        label=gettext_lazy("When"),
        choices=[("now", gettext_lazy("Send now")), ("later", gettext_lazy("Send at"))],
        widget=forms.RadioSelect,
        initial="now",
    )
    send_at = forms.DateTimeField(
        label=gettext_lazy("Date and time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
        help_text=lazy(
            lambda: _("In the site's time zone (%(tz)s).") % {"tz": settings.TIME_ZONE}, str
        )(),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("when") == "later":
            send_at = data.get("send_at")
            if send_at is None:
                raise ValidationError({"send_at": _("Choose when to send.")})
            if send_at <= timezone.now():
                raise ValidationError({"send_at": _("Choose a time in the future.")})
        else:
            data["send_at"] = None
        return data


class TestSendForm(forms.Form):
    address = forms.CharField(label=gettext_lazy("Send a test to"), max_length=320)
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=settings.LANGUAGES)

    def clean_address(self) -> str:
        return clean_email(self.cleaned_data["address"])


class ResendUnknownForm(forms.Form):
    understood = forms.BooleanField(
        label=gettext_lazy(
            "I understand that some of these subscribers may already have received this issue "
            "and will get it twice."
        ),
        required=True,
    )


class CampaignView(NewsletterAdminView):
    """One issue's campaign: preview, test send, start/schedule, controls and live progress."""

    template_name = "newsletter/admin/campaign.html"

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        self.issue = source_issue(kwargs["issue_id"])
        self.campaign = campaign_of(self.issue)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if self.issue.pk != kwargs["issue_id"]:
            return HttpResponseRedirect(reverse("newsletter_admin:campaign", args=[self.issue.pk]))
        return super().get(request, *args, **kwargs)

    confirm_title = ""

    def get_page_title(self) -> str:
        if self.confirm_title:
            return self.confirm_title
        return _("Newsletter: %(issue)s") % {"issue": self.issue.title}

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        items = super().get_breadcrumbs_items()
        if self.confirm_title:
            items.append(
                {
                    "url": reverse("newsletter_admin:campaign", args=[self.issue.pk]),
                    "label": _("Newsletter: %(issue)s") % {"issue": self.issue.title},
                }
            )
        return [*items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        campaign = self.campaign
        progress = progress_payload(campaign)
        recipients = recipient_counts().as_dict()
        previews = []
        for code, name in settings.LANGUAGES:
            try:
                rendered = render_issue_email(
                    self.issue, code, unsubscribe_url=PREVIEW_LINK, preferences_url=PREVIEW_LINK
                )
            except Exception:
                logger.exception("newsletter preview of issue %s in %s failed", self.issue.pk, code)
                rendered = None
            previews.append(
                {
                    "code": code,
                    "name": name,
                    "subject": rendered.subject if rendered else "",
                    "fallback": rendered.fallback if rendered else False,
                    "article_count": rendered.article_count if rendered else 0,
                    # Shown in another language than the subscribers' (not translated yet).
                    "stand_in_count": rendered.stand_in_count if rendered else 0,
                    "error": rendered is None,
                    "recipients": recipients.get(code, 0),
                    "html_url": reverse(
                        "newsletter_admin:preview", args=[self.issue.pk, code, "html"]
                    ),
                    "text_url": reverse(
                        "newsletter_admin:preview", args=[self.issue.pk, code, "txt"]
                    ),
                }
            )
        shown = self.request.GET.get("preview", settings.LANGUAGE_CODE)
        if shown not in LANGUAGE_NAMES:
            shown = settings.LANGUAGE_CODE
        status = campaign.status if campaign else None
        S = Campaign.Status
        context.update(
            {
                "issue": self.issue,
                "campaign": campaign,
                "progress": progress,
                "progress_url": reverse("newsletter_admin:progress", args=[self.issue.pk]),
                "previews": previews,
                "shown_preview": next(p for p in previews if p["code"] == shown),
                "recipients_total": sum(recipients.values()),
                # A scheduled campaign can be moved to another time or sent now.
                "can_start": user.has_perm(PERM_START_CAMPAIGN)
                and status in (None, S.DRAFT, S.SCHEDULED),
                "can_change": user.has_perm(PERM_CHANGE_CAMPAIGN),
                "can_pause": status == S.SENDING,
                "can_resume": status == S.PAUSED,
                "can_cancel": status in (S.SCHEDULED, S.SENDING, S.PAUSED),
                "can_resend_unknown": status in (S.PAUSED, S.FINISHED, S.SENDING)
                and progress.get("unknown", 0) > 0,
                "can_resend_never_handed": status in (S.PAUSED, S.FINISHED, S.SENDING)
                and progress.get("unknown_never_handed", 0) > 0,
                # Per unknown delivery, when it was handed over (None: never).
                "unknown_rows": list(
                    Delivery.objects.filter(campaign=campaign, status=Delivery.Status.UNKNOWN)
                    .order_by("subscriber_id")
                    .values("subscriber_id", "handed_at")[:1000]
                )
                if campaign is not None and progress.get("unknown", 0)
                else [],
                "start_form": kwargs.get("start_form") or StartCampaignForm(),
                "test_form": kwargs.get("test_form")
                or TestSendForm(initial={"language": settings.LANGUAGE_CODE}),
                "resend_form": kwargs.get("resend_form") or ResendUnknownForm(),
                "issue_edit_url": reverse("wagtailadmin_pages:edit", args=[self.issue.pk]),
                "live": self.issue.live,
                "history": campaign_history(self.issue),
                "history_url": reverse("wagtailadmin_pages:history", args=[self.issue.pk]),
            }
        )
        return context

    def render_with_errors(self, **forms_: forms.Form) -> HttpResponse:
        return self.render_to_response(self.get_context_data(**forms_), status=400)

    def redirect(self) -> HttpResponse:
        return HttpResponseRedirect(reverse("newsletter_admin:campaign", args=[self.issue.pk]))

    def confirmed(self) -> bool:
        return self.request.POST.get(CONFIRM_FIELD) == CONFIRM_VALUE

    def render_confirmation(self, **context: Any) -> HttpResponse:
        """The page between the first POST and the one that acts: what will happen, to how
        many people per language, and a button that sends the same form with `confirm`."""
        counts: RecipientCounts = context["counts"]
        self.confirm_title = context["title"]
        context.update(
            {
                **NewsletterAdminView.get_context_data(self),
                "issue": self.issue,
                "campaign_url": reverse("newsletter_admin:campaign", args=[self.issue.pk]),
                "by_language": [
                    (audit.language_name(code), number_format(n, force_grouping=True))
                    for code, n in counts.by_language
                ],
                "total": number_format(counts.total, force_grouping=True),
                "confirm_field": CONFIRM_FIELD,
                "confirm_value": CONFIRM_VALUE,
            }
        )
        self.template_name = "newsletter/admin/campaign_confirm.html"
        return self.render_to_response(context)


def campaign_history(issue: IssuePage) -> list[Any]:
    """The newsletter entries of the issue's audit log, newest first (who, what, when)."""
    from wagtail.models import PageLogEntry

    return list(
        PageLogEntry.objects.filter(page=issue, action__in=audit.CAMPAIGN_ACTIONS)
        .select_related("user")
        .order_by("-timestamp", "-pk")[:HISTORY_LIMIT]
    )


def counted(counts: RecipientCounts) -> dict[str, str]:
    return {
        "count": number_format(counts.total, force_grouping=True),
        "languages": audit.counts_phrase(counts.by_language),
    }


class StartCampaignView(CampaignView):
    permission_required = PERM_START_CAMPAIGN
    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = StartCampaignForm(request.POST)
        if not form.is_valid():
            return self.render_with_errors(start_form=form)
        if not self.issue.live:
            messages.error(request, _("Publish the issue before sending it."))
            return self.redirect()
        send_at: datetime.datetime | None = form.cleaned_data["send_at"]
        if not self.confirmed():
            return self.confirm_start(form, send_at)
        try:
            do_start_campaign(self.issue, acting_user=request.user, send_at=send_at)
        except CampaignError as exc:
            messages.error(request, _("The campaign was not started: %(why)s") % {"why": exc})
            return self.redirect()
        if send_at:
            messages.success(
                request,
                _("The newsletter will be sent at %(when)s.")
                % {"when": timezone.localtime(send_at).strftime("%Y-%m-%d %H:%M")},
            )
        else:
            messages.success(request, _("The newsletter is being sent."))
        return self.redirect()

    def confirm_start(
        self, form: StartCampaignForm, send_at: datetime.datetime | None
    ) -> HttpResponse:
        counts = recipient_counts()
        values = {"issue": self.issue.title, **counted(counts)}
        scheduled_for = (
            self.campaign.scheduled_for
            if self.campaign is not None and self.campaign.status == Campaign.Status.SCHEDULED
            else None
        )
        if send_at is None:
            title = _("Send the newsletter now?")
            button = (
                ngettext(
                    "Send now to %(count)s subscriber",
                    "Send now to %(count)s subscribers",
                    counts.total,
                )
                % values
            )
            if scheduled_for is not None:
                text = ngettext(
                    "Send “%(issue)s” now, instead of at %(before)s, to %(count)s subscriber: "
                    "%(languages)s.",
                    "Send “%(issue)s” now, instead of at %(before)s, to %(count)s subscribers: "
                    "%(languages)s.",
                    counts.total,
                )
                values["before"] = audit.local_time(scheduled_for)
            else:
                text = ngettext(
                    "Send “%(issue)s” now to %(count)s subscriber: %(languages)s.",
                    "Send “%(issue)s” now to %(count)s subscribers: %(languages)s.",
                    counts.total,
                )
        else:
            values["when"] = audit.local_time(send_at)
            if scheduled_for is not None:
                title = _("Move the newsletter to another time?")
                values["before"] = audit.local_time(scheduled_for)
                text = ngettext(
                    "Send “%(issue)s” at %(when)s instead of at %(before)s, to %(count)s "
                    "subscriber as of now: %(languages)s.",
                    "Send “%(issue)s” at %(when)s instead of at %(before)s, to %(count)s "
                    "subscribers as of now: %(languages)s.",
                    counts.total,
                )
            else:
                title = _("Schedule the newsletter?")
                text = ngettext(
                    "Send “%(issue)s” at %(when)s to %(count)s subscriber as of now: "
                    "%(languages)s.",
                    "Send “%(issue)s” at %(when)s to %(count)s subscribers as of now: "
                    "%(languages)s.",
                    counts.total,
                )
            button = _("Schedule for %(when)s") % values
        return self.render_confirmation(
            title=title,
            statement=text % values,
            counts=counts,
            note=_(
                "The recipients are fixed when sending starts: people who confirm or "
                "unsubscribe before then are counted then."
            )
            if send_at is not None
            else "",
            action_url=reverse("newsletter_admin:start", args=[self.issue.pk]),
            hidden={"when": "later" if send_at else "now", "send_at": form.data.get("send_at", "")},
            button=button,
            button_class="button",
            back_label=_("Go back"),
        )


class SendTestView(CampaignView):
    permission_required = PERM_CHANGE_CAMPAIGN
    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = TestSendForm(request.POST)
        if not form.is_valid():
            return self.render_with_errors(test_form=form)
        language = form.cleaned_data["language"]
        try:
            send_test_issue_email(
                self.issue, form.cleaned_data["address"], language, acting_user=request.user
            )
        except Exception as exc:  # the mail server's answer is what the editor needs to see
            logger.warning(
                "newsletter test send of issue %s failed: %s", self.issue.pk, type(exc).__name__
            )
            messages.error(
                request, _("The test email was not sent: %(why)s") % {"why": type(exc).__name__}
            )
            return self.redirect()
        messages.success(
            request,
            _("A test email in %(language)s has been sent.")
            % {"language": LANGUAGE_NAMES[language]},
        )
        return self.redirect()


class CampaignControlView(CampaignView):
    """Pause, resume, cancel, re-send unknown."""

    permission_required = PERM_CHANGE_CAMPAIGN
    http_method_names = ["post"]
    ACTIONS = {
        "pause": (do_pause_campaign, gettext_lazy("Sending is paused.")),
        "resume": (do_resume_campaign, gettext_lazy("Sending has resumed.")),
        "cancel": (do_cancel_campaign, gettext_lazy("The campaign is cancelled.")),
    }

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        action = kwargs["action"]
        if self.campaign is None:
            raise Http404("This issue has no campaign.")
        if action == "resend-never-handed":
            # No confirmation: none of these was handed to the server, nobody gets it twice.
            try:
                count = do_resend_unknown(
                    self.campaign, acting_user=request.user, never_handed_only=True
                )
            except CampaignError as exc:
                messages.error(request, str(exc))
                return self.redirect()
            messages.success(
                request,
                _("%(n)d deliveries that were never handed to the mail server will be sent.")
                % {"n": count},
            )
            return self.redirect()
        if action == "resend-unknown":
            form = ResendUnknownForm(request.POST)
            if not form.is_valid():
                return self.render_with_errors(resend_form=form)
            try:
                count = do_resend_unknown(self.campaign, acting_user=request.user)
            except CampaignError as exc:
                messages.error(request, str(exc))
                return self.redirect()
            messages.success(
                request,
                _("%(n)d deliveries with an unknown outcome will be sent again.") % {"n": count},
            )
            return self.redirect()
        if action not in self.ACTIONS:
            raise Http404
        if action == "cancel" and not self.confirmed() and self.can_be_cancelled():
            return self.confirm_cancel()
        if action == "resume" and self.resuming_starts_it():
            # Its time passed while it was paused: resuming is a start, asked for as one.
            require_perm(request, PERM_START_CAMPAIGN)
            if not self.confirmed():
                return self.confirm_late_start()
        function, done = self.ACTIONS[action]
        try:
            changed = function(self.campaign, acting_user=request.user)
        except CampaignError as exc:
            messages.error(request, str(exc))
        else:
            if changed:
                messages.success(request, str(done))
            else:
                messages.warning(
                    request,
                    _("Nothing changed: the campaign is %(status)s.")
                    % {"status": self.campaign.get_status_display()},
                )
        return self.redirect()

    def resuming_starts_it(self) -> bool:
        campaign = self.campaign
        return (
            campaign is not None
            and campaign.status == Campaign.Status.PAUSED
            and campaign.started_at is None
            and campaign.scheduled_for is not None
            and campaign.scheduled_for <= timezone.now()
        )

    def confirm_late_start(self) -> HttpResponse:
        assert self.campaign is not None
        counts = recipient_counts()
        values = {
            "issue": self.issue.title,
            "when": audit.local_time(self.campaign.scheduled_for),
            **counted(counts),
        }
        text = ngettext(
            "Its time (%(when)s) passed while it was paused. Send “%(issue)s” now to %(count)s "
            "subscriber: %(languages)s.",
            "Its time (%(when)s) passed while it was paused. Send “%(issue)s” now to %(count)s "
            "subscribers: %(languages)s.",
            counts.total,
        )
        button = ngettext(
            "Send now to %(count)s subscriber", "Send now to %(count)s subscribers", counts.total
        )
        return self.render_confirmation(
            title=_("Send the newsletter now?"),
            statement=text % values,
            counts=counts,
            note="",
            action_url=reverse("newsletter_admin:control", args=[self.issue.pk, "resume"]),
            hidden={},
            button=button % values,
            button_class="button",
            back_label=_("Go back"),
        )

    def can_be_cancelled(self) -> bool:
        S = Campaign.Status
        return self.campaign is not None and self.campaign.status in (
            S.DRAFT,
            S.SCHEDULED,
            S.SENDING,
            S.PAUSED,
        )

    def confirm_cancel(self) -> HttpResponse:
        campaign = self.campaign
        assert campaign is not None
        counts = unsent_counts(campaign)
        values = {"issue": self.issue.title, **counted(counts)}
        if campaign.started_at is None:
            values["when"] = audit.local_time(campaign.scheduled_for)
            text = ngettext(
                "Cancel “%(issue)s”, to be sent at %(when)s: none of its %(count)s subscriber "
                "will get it (%(languages)s).",
                "Cancel “%(issue)s”, to be sent at %(when)s: none of its %(count)s subscribers "
                "will get it (%(languages)s).",
                counts.total,
            )
            note = ""
        else:
            text = ngettext(
                "Cancel “%(issue)s”: %(count)s not yet sent will not be sent (%(languages)s).",
                "Cancel “%(issue)s”: %(count)s not yet sent will not be sent (%(languages)s).",
                counts.total,
            )
            progress = progress_payload(campaign)
            values["sent"] = number_format(progress["sent"], force_grouping=True)
            values["sending"] = number_format(progress["sending"], force_grouping=True)
            note = _("%(sent)s already sent.") % values
            if progress["sending"]:
                note += " " + (
                    _("%(sending)s being handed to the mail server now may still arrive.") % values
                )
        return self.render_confirmation(
            title=_("Cancel the campaign?"),
            statement=text % values,
            counts=counts,
            note=note + (" " if note else "") + _("A cancelled campaign cannot be restarted."),
            action_url=reverse("newsletter_admin:control", args=[self.issue.pk, "cancel"]),
            hidden={},
            button=_("Cancel the campaign"),
            button_class="button no",
            back_label=_("Keep the campaign"),
        )


class ProgressView(View):
    """JSON for the live progress box; polled by campaign-progress.js."""

    def get(self, request: HttpRequest, issue_id: int) -> JsonResponse:
        require_perm(request, PERM_VIEW_CAMPAIGN)
        issue = source_issue(issue_id)
        response = JsonResponse(progress_payload(campaign_of(issue)))
        response["Cache-Control"] = "no-store"
        return response


@xframe_options_sameorigin
def preview_view(request: HttpRequest, issue_id: int, language: str, fmt: str) -> HttpResponse:
    """The issue email as a subscriber in `language` gets it, links replaced by placeholders.
    Shown in a sandboxed iframe on the campaign screen."""
    require_perm(request, PERM_VIEW_CAMPAIGN)
    if language not in LANGUAGE_NAMES or fmt not in ("html", "txt"):
        raise Http404
    issue = source_issue(issue_id)
    rendered = render_issue_email(
        issue, language, unsubscribe_url=PREVIEW_LINK, preferences_url=PREVIEW_LINK
    )
    if fmt == "txt":
        response = HttpResponse(rendered.text, content_type="text/plain; charset=utf-8")
    else:
        response = HttpResponse(rendered.html, content_type="text/html; charset=utf-8")
        # The email must read without anything remote; the preview proves it by allowing
        # nothing but its own inline styles and images from our own site.
        response["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            "frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox"
        )
    response["Cache-Control"] = "no-store"
    return response
