"""The Wagtail image form, refusing files Pillow cannot read with a message, not a 500.

Wagtail's image field opens the upload with Pillow to measure it and lets Pillow's errors
through (a truncated GIF raises OSError); this form's file field turns them into a form
error. Set as WAGTAILIMAGES_IMAGE_FORM_BASE, so Wagtail's add, edit and multiple-upload
views all use it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# What Pillow raises for a damaged or cut-short file (Wagtail handles its bomb check).
UNREADABLE_IMAGE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError)


class CheckedImageField(WagtailImageField):
    default_error_messages = {
        "unreadable": _(
            "This file is not a readable image: it may be damaged or cut short. "
            "Save it again from an image editor and upload that copy."
        ),
    }

    def to_python(self, data):
        try:
            return super().to_python(data)
        except UNREADABLE_IMAGE_ERRORS as error:
            raise ValidationError(
                self.error_messages["unreadable"], code="unreadable"
            ) from error


class CheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the file field itself (formfield_for_dbfield), so it is
        # replaced here; forms without a file field (multiple-upload edits) keep theirs.
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
