"""Read-only queries of the newsletter: campaign progress, subscriber look-ups, the data
export of one subscriber. Nothing here writes. See docs/newsletter.md, "Module layout".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Count, IntegerField, Max, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from .crypto import email_index
from .models import Campaign, Delivery, Subscriber

# How far back the live messages-per-second figure looks.
RATE_WINDOW_SECONDS = 20


def find_subscriber(email: str) -> Subscriber | None:
    """Look a subscriber up by address (through the blind index)."""
    return Subscriber.objects.filter(email_hash=email_index(email)).first()


def subscriber_counts() -> dict[tuple[str, str], int]:
    """How many subscribers there are per (status, language): one grouped query, served by the
    (status, language) index."""
    rows = (
        Subscriber.objects.order_by()
        .values_list("status", "language")
        .annotate(n=Count("id"))
        .values_list("status", "language", "n")
    )
    return {(status, language): n for status, language, n in rows}


def with_delivery_counts(issues: QuerySet[Any]) -> QuerySet[Any]:
    """Issues annotated with their campaign's `recipients` (delivery rows) and `sent`
    (deliveries recorded as sent). Correlated subqueries rather than a join and GROUP BY, so a
    listing page computes them for its own rows only, not for every delivery of the archive."""

    def count(**filters: Any) -> Coalesce:
        deliveries = (
            Delivery.objects.filter(campaign=OuterRef("campaign"), **filters)
            .order_by()
            .values("campaign")
            .annotate(n=Count("id"))
            .values("n")
        )
        return Coalesce(Subquery(deliveries, output_field=IntegerField()), 0)

    return issues.annotate(recipients=count(), sent=count(status=Delivery.Status.SENT))


def known_topic_slugs() -> set[str]:
    from sitrep.publishing.models import Topic

    return set(Topic.objects.values_list("slug", flat=True).distinct())


# ---------------------------------------------------------------------------------------------
# Who a campaign goes to: what the confirmation pages state before anything is sent


def campaign_recipients() -> QuerySet[Subscriber]:
    """The subscribers a campaign freezes when it starts: the confirmed ones (actions/campaigns
    `_begin`). Topic choices do not narrow it: a subscriber whose topics have no article in the
    issue is skipped while sending (sending.py), which a count cannot know in advance."""
    return Subscriber.objects.confirmed()


@dataclass(frozen=True)
class RecipientCounts:
    """How many people, per language in the order of settings.LANGUAGES (languages outside it,
    which the model does not allow, are still counted in `total`)."""

    by_language: tuple[tuple[str, int], ...]
    total: int

    def as_dict(self) -> dict[str, int]:
        return dict(self.by_language)


def _per_language(rows: QuerySet[Any]) -> RecipientCounts:
    counts = dict(rows.values_list("language").annotate(n=Count("id")).values_list("language", "n"))
    return RecipientCounts(
        by_language=tuple((code, int(counts.get(code, 0))) for code, _name in settings.LANGUAGES),
        total=sum(int(n) for n in counts.values()),
    )


def recipient_counts(*, up_to: int | None = None) -> RecipientCounts:
    """Who a start now would send to, per language; `up_to` limits it to subscribers up to that
    id (the frozen set of a campaign that has started)."""
    rows = campaign_recipients()
    if up_to is not None:
        rows = rows.filter(id__lte=up_to)
    return _per_language(rows)


def unsent_counts(campaign: Campaign) -> RecipientCounts:
    """What cancelling `campaign` would leave unsent, per language: its queued deliveries, plus
    the recipients the ledger has not been written for yet (a large list is frozen by a task
    after the start), or every current recipient if it has not started (draft, scheduled, paused
    before its time). Deliveries being sent at this moment are not counted: a worker finishes
    the group it has handed to the mail server."""
    if campaign.started_at is None:
        return recipient_counts()
    queued = Delivery.objects.filter(campaign=campaign, status=Delivery.Status.QUEUED)
    rows = dict(
        queued.values_list("subscriber__language")
        .annotate(n=Count("id"))
        .values_list("subscriber__language", "n")
    )
    if campaign.frozen_at is None and campaign.recipients_up_to:
        written = (
            Delivery.objects.filter(campaign=campaign).aggregate(top=Max("subscriber_id"))["top"]
            or 0
        )
        for code, n in (
            campaign_recipients()
            .filter(id__gt=written, id__lte=campaign.recipients_up_to)
            .values_list("language")
            .annotate(n=Count("id"))
            .values_list("language", "n")
        ):
            rows[code] = rows.get(code, 0) + n
    return RecipientCounts(
        by_language=tuple((code, int(rows.get(code, 0))) for code, _name in settings.LANGUAGES),
        total=sum(int(n) for n in rows.values()),
    )


def campaign_progress(campaign: Campaign) -> dict[str, Any]:
    """Counts by delivery status (`bounced` = failed and the subscriber is now bounced; the
    counts add up to `total`), messages per second over the last few seconds, estimated seconds
    left. Pure read."""
    rows = (
        Delivery.objects.filter(campaign=campaign)
        .values("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    counts = {status: 0 for status in Delivery.Status.values}
    counts.update(dict(rows))
    counts["bounced"] = Delivery.objects.filter(
        campaign=campaign,
        status=Delivery.Status.FAILED,
        subscriber__status=Subscriber.Status.BOUNCED,
    ).count()
    counts["failed"] -= counts["bounced"]
    total = sum(counts.values())
    now = timezone.now()
    window_start = now - timedelta(seconds=RATE_WINDOW_SECONDS)
    if campaign.started_at and campaign.started_at > window_start:
        window_start = campaign.started_at
    window = max(1.0, (now - window_start).total_seconds())
    recent = Delivery.objects.filter(
        campaign=campaign, status=Delivery.Status.SENT, sent_at__gte=window_start
    ).count()
    rate = recent / window if campaign.status == Campaign.Status.SENDING else 0.0
    left = counts["queued"] + counts["sending"]
    eta = left / rate if rate > 0 else None
    if not left:
        eta = 0.0
    return {
        "status": campaign.status,
        "counts": counts,
        "total": total,
        "left": left,
        "msgs_per_s": rate,
        "eta_seconds": eta,
        "started_at": campaign.started_at,
        "finished_at": campaign.finished_at,
        "pause_reason": campaign.pause_reason,
        "unknown_ids": list(
            Delivery.objects.filter(campaign=campaign, status=Delivery.Status.UNKNOWN)
            .order_by("subscriber_id")
            .values_list("subscriber_id", flat=True)[:1000]
        ),
        # Unknown deliveries whose worker died before handing them over (no `handed_at`).
        "unknown_never_handed": Delivery.objects.filter(
            campaign=campaign, status=Delivery.Status.UNKNOWN, handed_at__isnull=True
        ).count(),
    }


def export_subscriber_data(email: str) -> dict[str, Any] | None:
    """Everything stored about an address, as JSON-ready data, or None if nothing is."""
    subscriber = find_subscriber(email)
    if subscriber is None:
        return None

    def stamp(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    deliveries = [
        {
            "campaign": row.campaign_id,
            "issue_week": stamp_date(row.campaign.issue.week_start),
            "status": row.status,
            "attempts": row.attempts,
            "last_error": row.last_error,
            "sent_at": stamp(row.sent_at),
            "updated_at": stamp(row.updated_at),
        }
        for row in Delivery.objects.filter(subscriber=subscriber)
        .select_related("campaign__issue")
        .order_by("pk")
    ]
    return {
        "id": subscriber.pk,
        "email": subscriber.get_email(),
        "email_stored": subscriber.has_address,
        "email_hash": subscriber.email_hash,
        "status": subscriber.status,
        "language": subscriber.language,
        "topics": list(subscriber.topics),
        "consent_source": subscriber.consent_source,
        "bounce_count": subscriber.bounce_count,
        "created_at": stamp(subscriber.created_at),
        "requested_at": stamp(subscriber.requested_at),
        "confirmed_at": stamp(subscriber.confirmed_at),
        "unsubscribed_at": stamp(subscriber.unsubscribed_at),
        "unsubscribe_source": subscriber.unsubscribe_source,
        "deliveries": deliveries,
        "not_stored": [
            "IP addresses",
            "user agents",
            "opens or clicks (no tracking)",
        ],
    }


def stamp_date(value: date | None) -> str | None:
    return value.isoformat() if value else None
