"""Receivers only: an alias change takes effect on the next search."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sitrep.core.generation import bump_content_generation

from .models import SearchAlias


@receiver(post_save, sender=SearchAlias)
@receiver(post_delete, sender=SearchAlias)
def _alias_changed(sender, **kwargs) -> None:
    bump_content_generation()
