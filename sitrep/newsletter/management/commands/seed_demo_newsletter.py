"""`manage.py seed_demo_newsletter`: the newsletter part of the demo's first run. Idempotent.

Adds a few demo subscribers per language (confirmed, consent source "demo", addresses on the
reserved example.org / example.net domains). It never starts a campaign by itself: only with
`--demo-campaign`, which `manage.py run_demo` passes on the first run on an empty database (it
has just seeded the demo content), and even then only while the database has no campaign and
no subscriber other than the demo ones, the worker sends the newest issue to var/outbox/.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from sitrep.newsletter.actions.campaigns import do_start_campaign
from sitrep.newsletter.actions.imports import do_import_subscribers
from sitrep.newsletter.csv_io import ImportRow
from sitrep.newsletter.models import Campaign, Subscriber
from sitrep.publishing.models import IssuePage, Topic

DEMO_CONSENT = "demo"
PER_LANGUAGE = 3


def demo_rows() -> list[ImportRow]:
    """Three readers per language; the third reads one topic only (if any topic exists)."""
    first_topic = Topic.objects.order_by("sort_order", "pk").values_list("slug", flat=True).first()
    rows: list[ImportRow] = []
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
    help = "Demo subscribers; with --demo-campaign, a first demo campaign (safe to repeat)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--demo-campaign",
            action="store_true",
            help="also send the newest issue to the demo subscribers, if the database has no "
            "campaign and no other subscriber yet (the demo's first run)",
        )

    def handle(self, *args: Any, demo_campaign: bool = False, **options: Any) -> None:
        result = do_import_subscribers(
            demo_rows(), acting_user=None, confirmed=True, consent_source=DEMO_CONSENT
        )
        self.stdout.write(
            f"Demo subscribers: {result.created} added, {result.already_known} already there."
        )
        if not demo_campaign:
            return
        others = Subscriber.objects.exclude(consent_source=DEMO_CONSENT)
        if Campaign.objects.exists() or others.exists():
            # Not a fresh demo: mail goes out only when a person or send-on-publish says so.
            self.stdout.write("The database already has campaigns or subscribers: no campaign.")
            return
        issue = (
            IssuePage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("-week_start")
            .first()
        )
        if issue is None:
            self.stdout.write("No published issue yet: no demo campaign.")
            return
        do_start_campaign(issue, acting_user=None, via=Campaign.StartedVia.DEMO)
        self.stdout.write(
            self.style.SUCCESS(
                f"Started the demo campaign for {issue.title}; the worker writes the emails to "
                f"{settings.EMAIL_OUTBOX_DIR}/."
            )
        )
