"""Who changed a campaign and when: Wagtail's audit log, written against the issue page, so the
entries show on the campaign screen and in the page's History. The actions (actions/campaigns.py)
and the worker's automatic pause write them; wagtail_hooks.py registers the formatters below
with the `register_log_actions` hook. See docs/newsletter.md, "Who did what".

An entry's `data` holds what the message needs (counts, times as ISO strings, the language of a
test) and never an address.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language_info, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from wagtail.log_actions import LogFormatter, log

from .models import Campaign

CAMPAIGN_STARTED = "newsletter.campaign_started"
CAMPAIGN_SCHEDULED = "newsletter.campaign_scheduled"
CAMPAIGN_RESCHEDULED = "newsletter.campaign_rescheduled"
CAMPAIGN_PAUSED = "newsletter.campaign_paused"
CAMPAIGN_RESUMED = "newsletter.campaign_resumed"
CAMPAIGN_CANCELLED = "newsletter.campaign_cancelled"
UNKNOWN_RESENT = "newsletter.unknown_resent"
TEST_SENT = "newsletter.test_sent"


def log_campaign_event(
    campaign: Campaign | int, action: str, *, user: Any = None, data: dict[str, Any] | None = None
) -> None:
    """One audit entry against the campaign's issue page. `user` None: no person (a command,
    a schedule, the worker); inside an admin request Wagtail fills in the request's user."""
    if isinstance(campaign, int):
        found = Campaign.objects.select_related("issue").filter(pk=campaign).first()
        if found is None:
            return
        campaign = found
    log(instance=campaign.issue, action=action, user=user, data=data or {})


def log_automatic_pause(campaign_id: int) -> None:
    """The worker paused the campaign (the mail server unreachable, or refusing our mail): the
    entry carries the reason the campaign screen shows."""
    campaign = Campaign.objects.select_related("issue").filter(pk=campaign_id).first()
    if campaign is not None:
        log_campaign_event(
            campaign,
            CAMPAIGN_PAUSED,
            data={"automatic": True, "reason": campaign.pause_reason},
        )


def log_issue_event(issue: Any, action: str, *, user: Any = None, data: dict[str, Any]) -> None:
    """The same for an issue that may have no campaign yet (a test send)."""
    log(instance=issue, action=action, user=user, data=data)


def stamp(value: datetime.datetime | None) -> str | None:
    """A time as an entry stores it: ISO 8601 in UTC, whatever zone it came in."""
    return value.astimezone(datetime.UTC).isoformat() if value else None


# ---------------------------------------------------------------------------------------------
# Reading an entry back


# Our own names: Django's Belarusian catalogue names the languages in Taraškievica.
LANGUAGE_LABELS = {
    "en": gettext_lazy("English"),
    "be": gettext_lazy("Belarusian"),
    "ru": gettext_lazy("Russian"),
}


def language_name(code: str) -> str:
    """The language's name in the admin's language ("Belarusian", "Белорусский")."""
    if code in LANGUAGE_LABELS:
        return str(LANGUAGE_LABELS[code])
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def counts_phrase(by_language: Mapping[str, int] | Iterable[tuple[str, int]]) -> str:
    """ "English 800, Belarusian 300, Russian 134", in the order of settings.LANGUAGES."""
    counts = dict(by_language)
    return ", ".join(
        f"{language_name(code)} {number_format(counts.get(code, 0), force_grouping=True)}"
        for code, _name in settings.LANGUAGES
    )


def local_time(value: str | datetime.datetime | None) -> str:
    """A stored time as the site shows it: "2026-12-08 09:00 (Europe/Minsk)"."""
    if not value:
        return "–"
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    return f"{timezone.localtime(value).strftime('%Y-%m-%d %H:%M')} ({settings.TIME_ZONE})"


def _data(entry: Any) -> dict[str, Any]:
    return entry.data if isinstance(entry.data, dict) else {}


class StartedFormatter(LogFormatter):
    label = gettext_lazy("Newsletter started")

    def format_message(self, log_entry: Any) -> str:
        data = _data(log_entry)
        total = int(data.get("recipients", 0))
        values = {
            "count": number_format(total, force_grouping=True),
            "languages": counts_phrase(data.get("by_language", {})),
        }
        if data.get("automatic"):
            text = ngettext(
                "The scheduled newsletter started: %(count)s subscriber (%(languages)s)",
                "The scheduled newsletter started: %(count)s subscribers (%(languages)s)",
                total,
            )
        else:
            text = ngettext(
                "Started the newsletter: %(count)s subscriber (%(languages)s)",
                "Started the newsletter: %(count)s subscribers (%(languages)s)",
                total,
            )
        return text % values


class ScheduledFormatter(LogFormatter):
    label = gettext_lazy("Newsletter scheduled")

    def format_message(self, log_entry: Any) -> str:
        return _("Scheduled the newsletter for %(when)s") % {
            "when": local_time(_data(log_entry).get("scheduled_for"))
        }


class RescheduledFormatter(LogFormatter):
    label = gettext_lazy("Newsletter rescheduled")

    def format_message(self, log_entry: Any) -> str:
        data = _data(log_entry)
        return _("Moved the newsletter from %(before)s to %(after)s") % {
            "before": local_time(data.get("previously")),
            "after": local_time(data.get("scheduled_for")),
        }


class PausedFormatter(LogFormatter):
    label = gettext_lazy("Newsletter paused")

    def format_message(self, log_entry: Any) -> str:
        data = _data(log_entry)
        if data.get("automatic"):
            return _("The newsletter paused itself: %(reason)s") % {"reason": data.get("reason")}
        return _("Paused the newsletter")


class ResumedFormatter(LogFormatter):
    label = gettext_lazy("Newsletter resumed")

    def format_message(self, log_entry: Any) -> str:
        data = _data(log_entry)
        if data.get("scheduled_for"):
            return _("Resumed the newsletter: it is sent at %(when)s") % {
                "when": local_time(data["scheduled_for"])
            }
        return _("Resumed the newsletter")


class CancelledFormatter(LogFormatter):
    label = gettext_lazy("Newsletter cancelled")

    def format_message(self, log_entry: Any) -> str:
        data = _data(log_entry)
        if data.get("started") is False:
            return _("Cancelled the newsletter before it started")
        count = int(data.get("not_sent", 0))
        return ngettext(
            "Cancelled the newsletter: %(count)s delivery not yet sent will not be sent",
            "Cancelled the newsletter: %(count)s deliveries not yet sent will not be sent",
            count,
        ) % {"count": number_format(count, force_grouping=True)}


class UnknownResentFormatter(LogFormatter):
    label = gettext_lazy("Newsletter: unknown re-sent")

    def format_message(self, log_entry: Any) -> str:
        data = _data(log_entry)
        count = int(data.get("count", 0))
        values = {"count": number_format(count, force_grouping=True)}
        if data.get("never_handed_only"):
            return (
                ngettext(
                    "Re-sent %(count)s delivery that was never handed to the mail server",
                    "Re-sent %(count)s deliveries that were never handed to the mail server",
                    count,
                )
                % values
            )
        return (
            ngettext(
                "Re-sent %(count)s delivery with an unknown outcome",
                "Re-sent %(count)s deliveries with an unknown outcome",
                count,
            )
            % values
        )


class TestSentFormatter(LogFormatter):
    label = gettext_lazy("Newsletter test sent")

    def format_message(self, log_entry: Any) -> str:
        return _("Sent a test of the newsletter in %(language)s") % {
            "language": language_name(str(_data(log_entry).get("language", "")))
        }


FORMATTERS: dict[str, type[LogFormatter]] = {
    CAMPAIGN_STARTED: StartedFormatter,
    CAMPAIGN_SCHEDULED: ScheduledFormatter,
    CAMPAIGN_RESCHEDULED: RescheduledFormatter,
    CAMPAIGN_PAUSED: PausedFormatter,
    CAMPAIGN_RESUMED: ResumedFormatter,
    CAMPAIGN_CANCELLED: CancelledFormatter,
    UNKNOWN_RESENT: UnknownResentFormatter,
    TEST_SENT: TestSentFormatter,
}
CAMPAIGN_ACTIONS = tuple(FORMATTERS)
