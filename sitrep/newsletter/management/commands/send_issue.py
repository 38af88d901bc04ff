"""`manage.py send_issue <yyyy-mm-dd|latest> [--test-to ADDRESS] [--language xx]`

Without --test-to: start the issue's campaign (the workers send it). With --test-to: send the
issue email to one address now, in --language or in every language.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sitrep.publishing.models import IssuePage

from ...actions.campaigns import (
    CampaignError,
    campaign_progress,
    do_start_campaign,
    send_test_issue_email,
)
from ...delivery import InvalidRecipient
from ...models import Campaign


class Command(BaseCommand):
    help = "Start sending an issue to the subscribers, or send a test email of it."

    def add_arguments(self, parser) -> None:
        parser.add_argument("week", help="the Monday of the issue (yyyy-mm-dd) or 'latest'")
        parser.add_argument("--test-to", metavar="ADDRESS", help="send one test email instead")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="language of the test email (default: one per language)",
        )
        parser.add_argument(
            "--at", metavar="ISO-DATETIME", help="schedule the campaign instead of sending now"
        )

    def handle(self, *args, week: str, test_to: str | None, language: str | None, at, **opts):
        issues = IssuePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        if week == "latest":
            issue = issues.order_by("-week_start").first()
        else:
            try:
                day = datetime.date.fromisoformat(week)
            except ValueError as exc:
                raise CommandError("give the issue's Monday as yyyy-mm-dd, or 'latest'") from exc
            issue = issues.filter(week_start=day).first()
        if issue is None:
            raise CommandError(f"no published issue for {week!r}")

        if test_to:
            languages = [language] if language else [code for code, _n in settings.LANGUAGES]
            for code in languages:
                try:
                    send_test_issue_email(issue, test_to, code)
                except InvalidRecipient as exc:
                    raise CommandError("that address cannot be used") from exc
                self.stdout.write(f"Test email ({code}) of {issue.week_start} sent.")
            return

        send_at = None
        if at:
            try:
                send_at = datetime.datetime.fromisoformat(at)
            except ValueError as exc:
                raise CommandError("--at takes an ISO date and time") from exc
            if send_at.tzinfo is None:
                from django.utils import timezone

                send_at = timezone.make_aware(send_at)
        try:
            campaign = do_start_campaign(issue, send_at=send_at, via=Campaign.StartedVia.COMMAND)
        except CampaignError as exc:
            raise CommandError(str(exc)) from exc
        progress = campaign_progress(campaign)
        self.stdout.write(
            f"Campaign #{campaign.pk} for {issue.week_start}: {campaign.status}, "
            f"{progress['total']} deliveries queued. A task worker sends them "
            "(manage.py db_worker --queue-name '*')."
        )
