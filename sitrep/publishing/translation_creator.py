"""Submitting a translation never overwrites what already exists in the target language.

wagtail-localize's `TranslationCreator` (behind "Translate this page", "Translate" on a
snippet, "include subtree" and `translate_object`) also submits the object's related snippets,
here an article's topic, and then saves every target at once (`Translation.save_target` with
`fallback=True`). For a target that already exists that means: untranslated strings fall back
to the English source, and since a snippet has no drafts, and a page's row is its live
version, the Belarusian or Russian topic (or a live translated page reached through "include
subtree") is overwritten in English on the public site. It also records a wagtail-localize
`Translation` for that existing object, or re-enables one a translator had stopped, so later
syncs and the translation editor keep overwriting it.

The rule here: an object that already exists in the target language is left alone (no
`Translation` created or re-enabled, nothing saved). Only what is missing is created, as a new
translation the translator then sees in the translation editor. An alias page in the target
language is not content of that language (it mirrors the source), so it is still converted, as
wagtail-localize does. Syncing an existing translation stays an explicit action on that
object: "Sync translated pages" and publishing from the translation editor save only the
page being translated, and a page's related topic only ever changes to the target language's
own topic.
"""

from __future__ import annotations

import contextlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail_localize import operations
from wagtail_localize.models import Translation, TranslationSource


def has_own_translation(instance: TranslatableMixin, locale: Locale) -> bool:
    """Whether `instance` already exists in `locale` as content of that language."""
    existing = instance.get_translation_or_none(locale)
    if existing is None:
        return False
    return not (isinstance(existing, Page) and existing.alias_of_id)


class NonOverwritingTranslationCreator(operations.TranslationCreator):
    """wagtail-localize 1.14's `TranslationCreator.create_translations`, with existing
    translations skipped (the upstream method cannot be extended from outside: the related
    objects are submitted in the middle of it)."""

    def create_translations(
        self, instance: models.Model, include_related_objects: bool = True
    ) -> None:
        if isinstance(instance, Page):
            instance = instance.specific
        if instance.translation_key in self.seen_objects:
            return
        self.seen_objects.add(instance.translation_key)

        source, _created = TranslationSource.get_or_create_from_instance(instance)

        # Related objects first: the translated object links to their translations.
        if include_related_objects:
            for segment in source.relatedobjectsegment_set.all():
                related = segment.object.get_instance(instance.locale)
                # One level only, as upstream: this could pull in a lot.
                self.create_translations(related, include_related_objects=False)

        mode = getattr(
            instance,
            "localize_default_translation_mode",
            getattr(settings, "WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE", "synced"),
        )
        for target_locale in self.target_locales:
            if target_locale == source.locale or has_own_translation(instance, target_locale):
                continue
            translation, _created = Translation.objects.update_or_create(
                source=source,
                target_locale=target_locale,
                defaults={"enabled": mode == "synced"},
            )
            self.mappings[source].append(translation)
            if getattr(settings, "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True):
                publish = getattr(instance, "live", True)
            else:
                # What cannot be saved as a draft has to be saved live.
                publish = not isinstance(instance, DraftStateMixin)
            with contextlib.suppress(ValidationError):
                translation.save_target(user=self.user, publish=publish)


def install() -> None:
    """Make wagtail-localize's own entry points use the non-overwriting creator.

    `translate_object` and `translate_page_subtree` (what the admin's submit views run, the
    latter also as a background job) look `TranslationCreator` up in their module when they
    run, so replacing it there covers every path; wagtail-localize has no setting for it.
    """
    operations.TranslationCreator = NonOverwritingTranslationCreator
