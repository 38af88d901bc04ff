"""Rich text on its way into the database: sanitise every RichTextField and every RichTextBlock
inside a StreamField, on every model, whichever code path saves it (see docs/deployment.md,
"Rich text and Content-Security-Policy"). The allowlist itself is in sitrep.core.sanitise.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from django.apps import apps
from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import features as feature_registry

from .sanitise import sanitise_rich_text, sanitise_stream_data


def _has_rich_text(block: blocks.Block) -> bool:
    if isinstance(block, blocks.RichTextBlock):
        return True
    children: Iterable[blocks.Block] = ()
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        children = block.child_blocks.values()
    elif isinstance(block, blocks.ListBlock):
        children = (block.child_block,)
    return any(_has_rich_text(child) for child in children)


@cache
def rich_text_fields(model: type[models.Model]) -> tuple[models.Field, ...]:
    """The model's own fields that can hold rich text (cached: block trees do not change)."""
    return tuple(
        f
        for f in model._meta.concrete_fields
        if isinstance(f, RichTextField)
        or (isinstance(f, StreamField) and _has_rich_text(f.stream_block))
    )


def sanitised_field_value(field: models.Field, value: Any) -> tuple[Any, bool]:
    """Return (value to store, whether it changed) for one rich-text-capable field."""
    if isinstance(field, RichTextField):
        if not isinstance(value, str) or not value:
            return value, False
        clean = sanitise_rich_text(value, field.features or feature_registry.get_default_features())
        return clean, clean != value
    if value is None:
        return value, False
    stream_block = field.stream_block
    # Items never accessed since loading stay as raw JSON inside the StreamValue, and Wagtail
    # writes those back untouched: sanitise the JSON form, which reaches every nested block.
    raw = stream_block.get_prep_value(stream_block.to_python(value))
    clean = sanitise_stream_data(stream_block, raw)
    if clean == raw:
        return value, False
    return stream_block.to_python(clean), True


def sanitise_instance_rich_text(instance: models.Model) -> None:
    """Sanitise, in place, every rich-text value on a model instance about to be saved."""
    for field in rich_text_fields(type(instance)):
        value, changed = sanitised_field_value(field, getattr(instance, field.attname))
        if changed:
            setattr(instance, field.attname, value)


def do_sanitise_stored_rich_text(
    model_classes: Iterable[type[models.Model]] | None = None,
) -> int:
    """Re-sanitise rich text already in the database (rows written before the sanitiser, or
    behind its back with ``.update()`` or SQL). Writes with ``.update()``: no signals, no new
    revisions, no changed ``last_published_at``. Returns the number of rows changed."""
    if model_classes is None:
        model_classes = apps.get_models()
    changed_rows = 0
    for model in model_classes:
        fields = rich_text_fields(model)
        if not fields:
            continue
        names = [f.attname for f in fields]
        # Only rows of this exact class: a multi-table child repeats the parent's fields.
        for row in model._base_manager.only("pk", *names).iterator(chunk_size=200):
            updates = {}
            for field in fields:
                value, changed = sanitised_field_value(field, getattr(row, field.attname))
                if changed:
                    updates[field.attname] = value
            if updates:
                model._base_manager.filter(pk=row.pk).update(**updates)
                changed_rows += 1
    return changed_rows
