"""Optional: send the newsletter as soon as an issue is published.
See docs/newsletter.md, "Sending an issue".

With NEWSLETTER["SEND_ON_PUBLISH"] (SITREP_NEWSLETTER_SEND_ON_PUBLISH=1), publishing an issue in
the source language creates and starts its campaign. Only once: an issue has at most one
campaign, so publishing it again (a corrected typo) sends nothing. Only the newest issue: an
editor filling in the archive with older weeks does not mail them out. Translations are not a
trigger; the campaign renders them, with the English fallback, when it sends.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published

from sitrep.publishing.models import IssuePage

from .actions.campaigns import CampaignError, do_start_campaign
from .models import Campaign

logger = logging.getLogger(__name__)


def is_source_issue(issue: IssuePage) -> bool:
    """Campaigns belong to the issue in the site's main language (settings.LANGUAGE_CODE)."""
    return issue.locale.language_code == settings.LANGUAGE_CODE


def should_send_on_publish(issue: IssuePage) -> bool:
    if not settings.NEWSLETTER.get("SEND_ON_PUBLISH"):
        return False
    if not is_source_issue(issue):
        return False
    if Campaign.objects.filter(issue=issue).exists():
        return False
    newer = (
        IssuePage.objects.live()
        .filter(locale_id=issue.locale_id, week_start__gt=issue.week_start)
        .exists()
    )
    return not newer


def start_after_publish(issue_id: int) -> bool:
    """Run by `start_campaign_on_publish_task`: start the campaign if the issue still qualifies.
    Returns whether it started."""
    issue = IssuePage.objects.filter(pk=issue_id).first()
    if issue is None or not issue.live or not should_send_on_publish(issue):
        return False
    try:
        do_start_campaign(issue, acting_user=None, via=Campaign.StartedVia.SEND_ON_PUBLISH)
    except CampaignError:
        # Started meanwhile (twice published, or by an editor): nothing to do.
        return False
    logger.info("Started the campaign for issue %s on publish", issue_id)
    return True


def start_campaign_on_publish(sender: type, instance: IssuePage, **kwargs: object) -> None:
    if not settings.NEWSLETTER.get("SEND_ON_PUBLISH"):
        return
    from .tasks import start_campaign_on_publish_task

    issue_id = instance.pk

    # A task, after the publish transaction commits: the worker sees the live issue, and
    # freezing thousands of recipients does not hold up the editor's request. A failure to
    # enqueue must not undo the publication: the editor can still start it from the admin.
    def enqueue() -> None:
        try:
            start_campaign_on_publish_task.enqueue(issue_id)
        except Exception:
            logger.exception("Could not start the campaign for issue %s after publishing", issue_id)

    transaction.on_commit(enqueue)


page_published.connect(
    start_campaign_on_publish,
    sender=IssuePage,
    dispatch_uid="sitrep.newsletter.signals.start_campaign_on_publish",
)
