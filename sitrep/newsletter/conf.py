"""The newsletter's settings, typed: `newsletter_settings()` reads `settings.NEWSLETTER` once
into a frozen dataclass (and again after a test overrides it), so no module casts raw values or
repeats a default. The values come from the environment (sitrep/settings.py, documented in
docs/configuration.md); see docs/newsletter.md for what each one does.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import timedelta
from functools import cache
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver


@dataclass(frozen=True)
class NewsletterSettings:
    # Subscribers
    confirm_max_age_hours: int = 72
    purge_pending_after_days: int = 7
    limit_per_ip_per_hour: int = 20
    limit_per_address_per_hour: int = 5
    confirmations_per_address_per_day: int = 3
    confirmations_per_domain_per_hour: int = 100
    bounces_before_suppression: int = 1
    # Campaigns
    batch_size: int = 500
    flush_every: int = 20
    flush_seconds: float = 0.25
    # How long a worker that lost the database keeps its results in memory and retries (at
    # most 0.9 × the lease; see `database_patience`).
    flush_retry_seconds: float = 90.0
    lease_seconds: int = 120
    max_attempts: int = 5
    retry_backoff_seconds: float = 30.0
    rate_per_second: float = 0.0
    pause_after_connection_errors: int = 5
    send_on_publish: bool = False
    list_id: str = ""
    unsubscribe_mailto: str = ""

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=self.lease_seconds)

    @property
    def database_patience(self) -> float:
        """How long a lost database is waited for while results are held in memory: below the
        lease, so normally nobody else has taken the batch over when they are written."""
        return min(self.flush_retry_seconds, 0.9 * self.lease_seconds)

    @classmethod
    def from_mapping(cls, raw: dict[str, Any]) -> NewsletterSettings:
        """Unknown keys are an error (a typo would otherwise be ignored silently); a value is
        cast to its field's type, so a string from an overlay fails loudly here, not later."""
        known = {f.name.upper(): f for f in fields(cls)}
        unknown = set(raw) - set(known)
        if unknown:
            raise ValueError(f"unknown NEWSLETTER settings: {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for key, value in raw.items():
            kind = {"int": int, "float": float, "bool": bool, "str": str}[str(known[key].type)]
            values[key.lower()] = kind(value)
        return cls(**values)


@cache
def newsletter_settings() -> NewsletterSettings:
    return NewsletterSettings.from_mapping(dict(getattr(settings, "NEWSLETTER", {})))


@receiver(setting_changed)
def _reload(*, setting: str, **kwargs: object) -> None:
    if setting == "NEWSLETTER":
        newsletter_settings.cache_clear()
