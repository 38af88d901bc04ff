"""StreamField blocks of an article body."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from sitrep.core.sanitise import sanitise_rich_text

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SanitisedRichTextBlock(blocks.RichTextBlock):
    """A RichTextBlock that keeps only what its editor features can produce, on load and on save.

    Loading (to_python) is the one step every reader goes through — page rendering, preview, the
    editor, wagtail-localize's segment extraction, the API, search — whatever path wrote the row
    (ORM, raw JSON, ``.update()``, SQL). Saving (get_prep_value) covers every value built in
    Python, including the RichText that wagtail-localize rebuilds from translated segments.
    """

    def _sanitise(self, html: str) -> str:
        return sanitise_rich_text(html or "", self.features or _default_features())

    def to_python(self, value):
        return RichText(self._sanitise(value))

    def get_prep_value(self, value):
        return self._sanitise(super().get_prep_value(value))

    def normalize(self, value):
        # A string assigned in Python (page.body = [("paragraph", "<p>…")]) is untrusted input too.
        return value if isinstance(value, RichText) else self.to_python(value)

    @property
    def canonical_module_path(self) -> str:
        # Stored data is plain RichTextBlock data; migrations need not know about the sanitiser.
        return "wagtail.blocks.RichTextBlock"


def _default_features() -> list[str]:
    from wagtail.rich_text import features

    return features.get_default_features()


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
    paragraph = SanitisedRichTextBlock(
        features=RICH_TEXT_FEATURES, icon="pilcrow", label=_("Paragraph")
    )
    quote = QuoteBlock(label=_("Quote"))
    image = CreditedImageBlock(label=_("Image"))
