"""Keep denormalised fields right when editors rearrange the page tree; run Wagtail's scheduled
publishing when its time comes (scheduling.py); make a saved image's renditions in the task
worker (renditions.py)."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Revision
from wagtail.signals import post_page_move, published

from .models import ArticlePage, IssuePage
from .scheduling import enqueue_publish_due


@receiver(post_page_move)
def keep_article_issue_in_step(sender, instance, parent_page_after, **kwargs) -> None:
    # Wagtail's move saves a plain Page, so ArticlePage.save() never sees the new parent.
    if parent_page_after.specific_class is IssuePage:
        ArticlePage.objects.filter(pk=instance.pk).update(issue_week_id=parent_page_after.pk)


@receiver(post_save, sender=Revision)
def publish_when_scheduled(sender, instance, update_fields=None, **kwargs) -> None:
    """Wagtail marks a scheduled publication on its revision: run `publish_scheduled` then
    (scheduling.py), whoever scheduled it and wherever (page editor, "Publish this issue")."""
    when = instance.approved_go_live_at
    if when is not None and when > timezone.now():
        enqueue_publish_due(when)


@receiver(published)
def unpublish_when_expired(sender, instance, **kwargs) -> None:
    """A page or snippet published with an expiry time is unpublished by the same command."""
    when = getattr(instance, "expire_at", None)
    if when is not None and when > timezone.now():
        enqueue_publish_due(when)


@receiver(post_save, sender=get_image_model())
def make_renditions_of_saved_image(sender, instance, raw=False, **kwargs) -> None:
    if raw:  # loading a fixture
        return
    from .tasks import create_page_renditions_task

    image_id = instance.pk
    transaction.on_commit(lambda: create_page_renditions_task.enqueue(image_id))
