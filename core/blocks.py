from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Said by"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=pgettext_lazy("content block", "Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Defaults to the document title."),
    )

    class Meta:
        icon = "doc-full"
        label = pgettext_lazy("content block", "Document")
        template = "blocks/document_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The one body used by every page that has free-form content."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "h3", "document-link"],
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    table = TableBlock(label=_("Table"), template="blocks/table_block.html")
    embed = EmbedBlock(label=_("Embedded media"), max_width=800)
    document = DocumentBlock()
