"""Receivers only: a new issue archive (a new language) gets the roles' page permissions and
the review workflow."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from sitrep.publishing.models import IssueIndexPage

from .actions import do_ensure_editorial_roles


@receiver(post_save, sender=IssueIndexPage)
def grant_roles_on_new_archive(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        do_ensure_editorial_roles()
