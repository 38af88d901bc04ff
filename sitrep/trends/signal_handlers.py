"""Receivers only: any publishing change makes the cached trend strips fresh."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from sitrep.core.generation import bump_content_generation
from sitrep.publishing.models import ArticlePage, IssuePage, Topic


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs) -> None:
    bump_content_generation()


@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
@receiver(post_delete, sender=ArticlePage)
@receiver(post_delete, sender=IssuePage)
def _content_changed(sender, **kwargs) -> None:
    bump_content_generation()
