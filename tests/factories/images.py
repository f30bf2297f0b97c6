"""Wagtail images for tests, drawn with Pillow rather than read from fixture files."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model


def make_image(title="Signing ceremony", *, width=1600, height=900):
    """A Wagtail image holding a plain PNG of the given size."""
    buffer = BytesIO()
    PillowImage.new("RGB", (width, height), (35, 47, 102)).save(buffer, "PNG")
    slug = title.lower().replace(" ", "-")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{slug}.png")
    )
