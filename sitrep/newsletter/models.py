"""Subscribers, campaigns and the delivery ledger. See docs/newsletter.md.

A subscriber's address is never stored in clear: `email_encrypted` holds a Fernet token
(keys from SITREP_SUBSCRIBER_KEYS) and `email_hash` a keyed HMAC (SITREP_SUBSCRIBER_INDEX_KEY)
used for uniqueness and look-up. Unsubscribing drops the ciphertext and keeps the hash, so the
address stays suppressed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .tokens import new_link_secret

# ---------------------------------------------------------------------------------------------
# Subscribers


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self) -> SubscriberQuerySet:
        return self.filter(status=Subscriber.Status.CONFIRMED)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Bounced")
        COMPLAINED = "complained", _("Marked as spam")

    # Blind index: HMAC-SHA256 of the address (crypto.email_index); unique, kept after unsubscribe.
    email_hash = models.CharField(max_length=64, unique=True, editable=False)
    # Fernet token of the address (crypto.encrypt_email); NULL once the subscriber has left.
    email_encrypted = models.BinaryField(null=True, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")
    # Topic slugs are ASCII and identical across languages; empty means every topic.
    topics = models.JSONField(default=list, blank=True)
    consent_source = models.CharField(max_length=200, blank=True)
    # Set when a pending period starts and rotated when a confirmation link is used, so a used
    # (or older-period) link cannot be replayed. Links sent during one pending period share it.
    confirmation_nonce = models.CharField(max_length=32, blank=True, editable=False)
    # Binds the unsubscribe and preferences links to this row (tokens.py); resetting it revokes
    # every link already sent.
    link_secret = models.CharField(max_length=32, default=new_link_secret, editable=False)
    bounce_count = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    # Start of the current request for consent; unconfirmed rows are purged a week after it.
    requested_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # How the subscriber left: "one-click", "page", "preferences", "admin", "complaint", …
    unsubscribe_source = models.CharField(max_length=32, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        permissions = [("view_subscriber_address", "Can see subscribers' email addresses")]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self) -> str:
        # Never the address: this string ends up in logs and admin messages.
        return f"subscriber #{self.pk} ({self.status}, {self.language})"

    @property
    def has_address(self) -> bool:
        return self.email_encrypted is not None

    def get_email(self) -> str | None:
        """The decrypted address, or None once it has been dropped (unsubscribed, bounced)."""
        if self.email_encrypted is None:
            return None
        from .crypto import decrypt_email

        return decrypt_email(self.email_encrypted)


class SignupRequest(models.Model):
    """A signup request waiting for the worker (actions.subscribers.do_process_signup_request).

    The web request stores every well-formed request like this, whatever the address's state
    (new, pending, confirmed, unsubscribed, bounced, complained), and enqueues one task; only
    the task looks the address up and decides what to send. So the request does the same work
    for every address and its timing tells nothing (docs/newsletter.md, "No enumeration"). The
    task deletes the row; the purge removes any a failed task left behind."""

    # Blind index and ciphertext of the address, as on Subscriber (erasure finds it by the index).
    email_hash = models.CharField(max_length=64, db_index=True, editable=False)
    email_encrypted = models.BinaryField(editable=False)
    language = models.CharField(max_length=8)
    topics = models.JSONField(default=list, blank=True)
    consent_source = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"signup request #{self.pk}"


# ---------------------------------------------------------------------------------------------
# Campaigns and the delivery ledger


class Campaign(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Sending")
        PAUSED = "paused", _("Paused")
        FINISHED = "finished", _("Finished")
        CANCELLED = "cancelled", _("Cancelled")

    class StartedVia(models.TextChoices):
        USER = "user", _("a person in the admin")
        SEND_ON_PUBLISH = "send_on_publish", _("send on publish")
        DEMO = "demo", _("demo seeding on first run")
        COMMAND = "command", _("the send_issue command")

    # One campaign per issue (the source-language IssuePage); translations are found by
    # translation_key at render time.
    issue = models.OneToOneField(
        "publishing.IssuePage", on_delete=models.PROTECT, related_name="campaign"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Who or what started (or scheduled) the sending: a campaign is only ever started by a
    # person, by the send-on-publish setting, by `manage.py send_issue`, or once by the demo's
    # first run on an empty database. Blank on campaigns started before this was recorded.
    started_via = models.CharField(
        _("how it was started"), max_length=16, choices=StartedVia.choices, blank=True
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    scheduled_for = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Why sending stopped by itself (e.g. the SMTP server refused connections repeatedly).
    pause_reason = models.CharField(max_length=300, blank=True)
    # Consecutive failures to reach the mail server; PAUSE_AFTER_CONNECTION_ERRORS pauses.
    connection_errors = models.PositiveIntegerField(default=0)
    # The recipients are frozen at the start: confirmed subscribers with an id up to this one
    # (listmonk's max_subscriber_id). Their ledger rows are written in chunks; `frozen_at` is set
    # when the last chunk is in, and only then can the campaign finish.
    recipients_up_to = models.BigIntegerField(null=True, blank=True)
    frozen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self) -> str:
        return f"campaign #{self.pk} for issue {self.issue_id}"

    @property
    def started_by_label(self) -> str:
        """Who or what started the campaign, for the campaign page."""
        if self.started_via == self.StartedVia.USER and self.started_by is not None:
            return self.started_by.get_full_name() or self.started_by.get_username()
        if self.started_via:
            return str(self.get_started_via_display())
        return str(_("not recorded"))


class DeliveryBatch(models.Model):
    """A slice of a campaign's deliveries that one worker claims and sends over one connection."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        DONE = "done", _("Done")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="batches")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    # The lease: who claimed it and until when. An expired lease means the worker died.
    claimed_by = models.CharField(max_length=100, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    not_before = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["campaign", "status"])]


class Delivery(models.Model):
    """The ledger: one row per (campaign, subscriber). `sent` is recorded only after the server
    accepted the message; `unknown` means a worker died between claiming and recording."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        UNKNOWN = "unknown", _("Unknown")
        SKIPPED = "skipped", _("Skipped")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    batch = models.ForeignKey(
        DeliveryBatch, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    # SMTP reply codes and texts only; never an address.
    last_error = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Written (and committed) just before the small group of messages this one belongs to is
    # handed to the mail server. An `unknown` row without it was claimed by a worker that died
    # before handing it over: it certainly never went out (docs/newsletter.md, "The guarantee:
    # never twice").
    handed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]
        indexes = [
            # sent_at last: campaign_progress() counts recent sends for the live msgs/s figure.
            models.Index(fields=["campaign", "status", "sent_at"]),
            models.Index(fields=["batch", "status"]),
        ]
