"""StreamField blocks of an article body."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "publishing/blocks/quote.html"


class CreditedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        max_length=300,
        label=_("Alternative text"),
        help_text=_("Describe the image for readers who cannot see it. Required."),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=200, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "publishing/blocks/image.html"


class ArticleBodyBlock(blocks.StreamBlock):
    # Labels are what editors pick from in the body's "+" menu, in the admin's language.
    heading = blocks.CharBlock(
        max_length=200, icon="title", template="publishing/blocks/heading.html", label=_("Heading")
    )
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, icon="pilcrow", label=_("Paragraph")
    )
    quote = QuoteBlock(label=_("Quote"))
    image = CreditedImageBlock(label=_("Image"))
