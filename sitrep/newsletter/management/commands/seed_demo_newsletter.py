"""`manage.py seed_demo_newsletter`: the newsletter part of `make run`. Idempotent.

Adds a few demo subscribers per language (confirmed, consent source "demo", addresses on the
reserved example.org / example.net domains) and starts the campaign of the newest published
issue unless it already has one; the running worker then sends it to var/outbox/ as .eml files.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.actions.imports import do_import_subscribers
from sitrep.newsletter.csv_io import ImportRow
from sitrep.newsletter.models import Campaign
from sitrep.publishing.models import IssuePage, Topic

DEMO_CONSENT = "demo"
PER_LANGUAGE = 3


def demo_rows() -> list[ImportRow]:
    """Three readers per language; the third reads one topic only (if any topic exists)."""
    first_topic = Topic.objects.order_by("sort_order", "pk").values_list("slug", flat=True).first()
    rows = []
    for code, _name in settings.LANGUAGES:
        for number in range(1, PER_LANGUAGE + 1):
            domain = "example.org" if number % 2 else "example.net"
            topics = (first_topic,) if number == PER_LANGUAGE and first_topic else ()
            rows.append(
                ImportRow(
                    line=len(rows) + 1,
                    email=f"reader{number}.{code}@{domain}",
                    language=code,
                    topics=topics,
                )
            )
    return rows


class Command(BaseCommand):
    help = "Demo subscribers and a campaign for the newest issue (safe to run repeatedly)."

    def handle(self, *args: Any, **options: Any) -> None:
        result = do_import_subscribers(
            demo_rows(), acting_user=None, confirmed=True, consent_source=DEMO_CONSENT
        )
        self.stdout.write(
            f"Demo subscribers: {result.created} added, {result.already_known} already there."
        )
        issue = (
            IssuePage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("-week_start")
            .first()
        )
        if issue is None:
            self.stdout.write("No published issue yet: no demo campaign.")
            return
        campaign = Campaign.objects.filter(issue=issue).first()
        if campaign is not None:
            self.stdout.write(f"The newest issue already has a campaign ({campaign.status}).")
            return
        do_start_campaign(issue, acting_user=None)
        self.stdout.write(
            self.style.SUCCESS(
                f"Started the demo campaign for {issue.title}; the worker writes the emails to "
                f"{settings.EMAIL_OUTBOX_DIR}/."
            )
        )
