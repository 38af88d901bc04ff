"""Keep denormalised fields right when editors rearrange the page tree."""

from __future__ import annotations

from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import ArticlePage, IssuePage


@receiver(post_page_move)
def keep_article_issue_in_step(sender, instance, parent_page_after, **kwargs) -> None:
    # Wagtail's move saves a plain Page, so ArticlePage.save() never sees the new parent.
    if parent_page_after.specific_class is IssuePage:
        ArticlePage.objects.filter(pk=instance.pk).update(issue_week_id=parent_page_after.pk)
