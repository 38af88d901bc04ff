"""Receivers only: they call into sitrep.core modules and do nothing themselves."""

from __future__ import annotations

from django.db.models.signals import pre_save
from django.dispatch import receiver

from .rich_text_storage import sanitise_instance_rich_text


@receiver(pre_save, dispatch_uid="sitrep.core.sanitise_rich_text_on_save")
def sanitise_rich_text_on_save(sender, instance, **kwargs) -> None:
    # Every model, every path that calls save() — admin, shell, import, fixtures (raw=True too),
    # wagtail-localize publishing a translation — stores only what the editor could produce.
    sanitise_instance_rich_text(instance)
