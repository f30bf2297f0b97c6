"""The Wagtail document form, refusing files too large or whose content is not what
their name says (an HTML page named minutes.pdf).

Wagtail checks only the extension (WAGTAILDOCS_EXTENSIONS); this form also reads the
first bytes, where each allowed kind says what it is. Set as WAGTAILDOCS_DOCUMENT_FORM_BASE,
so the add, edit and multiple-upload views all use it. Served documents are never run by a
browser either way (cms.documents).
"""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from core.validators import MaxFileSizeValidator

# Enough of the start of a file to tell its kind.
HEAD_BYTES = 8192
# What a browser would take for a page or a picture that runs script.
MARKUP_STARTS = (
    b"<!doctype",
    b"<html",
    b"<svg",
    b"<?xml",
    b"<script",
    b"<body",
    b"<!--",
)


def is_pdf(head, upload):
    # The PDF header may follow a little junk; readers look in the first kilobyte.
    return b"%PDF-" in head[:1024]


def is_zip(head, upload):
    # Office Open XML, OpenDocument and Keynote files are all zip archives.
    return head.startswith(b"PK\x03\x04") and zipfile.is_zipfile(upload)


def is_rtf(head, upload):
    return head.startswith(b"{\\rtf")


def is_plain_text(head, upload):
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return b"\x00" not in head and not start.startswith(MARKUP_STARTS)


CONTENT_CHECKS = {
    "pdf": is_pdf,
    "docx": is_zip,
    "pptx": is_zip,
    "xlsx": is_zip,
    "odt": is_zip,
    "key": is_zip,
    "rtf": is_rtf,
    "csv": is_plain_text,
    "txt": is_plain_text,
}


class DocumentContentValidator:
    """Refuse a document whose first bytes do not match its extension."""

    message = _(
        "This file's content is not a .%(extension)s file, whatever its name says. "
        "Save it again as .%(extension)s from the program that made it and upload "
        "that copy."
    )

    def __call__(self, upload):
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        check = CONTENT_CHECKS.get(extension)
        # Other extensions are refused by Wagtail's own check (WAGTAILDOCS_EXTENSIONS).
        if check is None:
            return
        upload.seek(0)
        head = upload.read(HEAD_BYTES)
        try:
            matches = check(head, upload)
        finally:
            upload.seek(0)
        if not matches:
            raise ValidationError(
                self.message, code="content_mismatch", params={"extension": extension}
            )


class CheckedDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Forms without a file field (multiple-upload edits) have nothing to check.
        if "file" in self.fields:
            field = self.fields["file"]
            field.validators += [
                MaxFileSizeValidator(settings.KIZUNA_DOCUMENT_MAX_BYTES),
                DocumentContentValidator(),
            ]
            # Wagtail's field has a message of its own under the validator's code
            # (for WAGTAILDOCS_MAX_UPLOAD_SIZE, unset), which would replace ours.
            field.error_messages["file_too_large"] = MaxFileSizeValidator.message

    def _post_clean(self):
        # Wagtail's model checks the extension even when the field refused the file,
        # and then finds none ("File extension “” is not allowed"): only the field's
        # own reasons are kept.
        refusal = self.errors["file"].copy() if "file" in self.errors else None
        super()._post_clean()
        if refusal is not None:
            self.errors["file"] = refusal
