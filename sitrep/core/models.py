"""Settings an editor changes in the admin (Settings → Publication). See docs/operations.md,
"The publication's name and links".

One publication with one newsletter, whatever host name it is reached by, and emails are built
without a request or a site: so a generic (singleton) setting rather than one per Site. The three
languages sit side by side on one screen, where an editor sees at a glance what is missing; a
translatable snippet would spread them over three screens and the translation workflow.
Resolution and fallbacks are in `sitrep.core.publication`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from .generation import GenerationMemo
from .publication import FOLLOW_KINDS, Identity, resolve_identity, validate_follow_url

_one_line = RegexValidator(r"[\r\n\t]", inverse_match=True, message=_("Use one line."))


class FollowLinkBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[(kind, label) for kind, label in FOLLOW_KINDS.items()],
        label=_("Kind"),
        help_text=_("Chooses the icon, and the label if you leave it blank."),
    )
    url = blocks.URLBlock(
        label=_("Address"), validators=[validate_follow_url], help_text=_("https:// only.")
    )
    label = blocks.CharBlock(
        required=False, max_length=60, label=_("Label"), validators=[_one_line]
    )
    language = blocks.ChoiceBlock(
        choices=[("", _("All languages"))] + [(code, name) for code, name in settings.LANGUAGES],
        required=False,
        label=_("Show on"),
        help_text=_("For example a channel in one language only."),
    )

    class Meta:
        icon = "link"
        label = _("Link")


def _name_field(label, max_length: int = 80, help_text: str = "") -> models.CharField:
    return models.CharField(
        label, max_length=max_length, blank=True, validators=[_one_line], help_text=help_text
    )


@register_setting(icon="site")
class PublicationSettings(BaseGenericSetting):
    name_en = _name_field(_("Name (English)"), help_text=_("In the header, titles and emails."))
    tagline_en = _name_field(_("Tagline (English)"), 160)
    sender_name_en = _name_field(
        _("Newsletter sender name (English)"),
        help_text=_("Shown as the sender of the newsletter. Blank: the name."),
    )
    name_be = _name_field(_("Name (Belarusian)"), help_text=_("Blank: the English name."))
    tagline_be = _name_field(_("Tagline (Belarusian)"), 160)
    sender_name_be = _name_field(_("Newsletter sender name (Belarusian)"))
    name_ru = _name_field(_("Name (Russian)"), help_text=_("Blank: the English name."))
    tagline_ru = _name_field(_("Tagline (Russian)"), 160)
    sender_name_ru = _name_field(_("Newsletter sender name (Russian)"))
    follow_links = StreamField(
        [("link", FollowLinkBlock())],
        blank=True,
        verbose_name=_("Follow us"),
        help_text=_("Links in the site's footer and the newsletter's footer."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel(f"{field}_{code}") for field in ("name", "tagline", "sender_name")],
            heading=name,
        )
        for code, name in settings.LANGUAGES
    ] + [FieldPanel("follow_links")]

    class Meta:
        verbose_name = _("Publication")

    def identity(self, language: str) -> Identity:
        values = {
            f"{field}_{code}": getattr(self, f"{field}_{code}")
            for field in ("name", "tagline", "sender_name")
            for code, _name in settings.LANGUAGES
        }
        links = [dict(block.value) for block in self.follow_links]
        return resolve_identity(values, links, language, default_name=settings.SITE_NAME)


def _identity(language: str) -> Identity:
    # Read, never created here (Wagtail's load() would create the row: a content change that
    # would retire what was just read); an installation without the row shows the fallbacks,
    # as an empty row would (do_ensure_publication_settings creates it with initial values).
    row = PublicationSettings.base_queryset().first() or PublicationSettings()
    return row.identity(language)


# Every page shows the name, tagline and links: read once per content generation (a settings
# change bumps it) rather than once per request.
_identities = GenerationMemo(_identity)


def publication_identity(language: str) -> Identity:
    """The identity in `language` (immutable), as of the current content generation."""
    return _identities.get(language)
