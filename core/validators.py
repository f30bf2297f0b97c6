"""Validators that more than one app's upload forms use."""

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


@deconstructible
class MaxFileSizeValidator:
    """Refuse an upload larger than ``max_bytes``, naming the limit in megabytes."""

    message = _("This file is larger than %(megabytes)d MB.")

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes

    def __call__(self, upload):
        if upload.size > self.max_bytes:
            raise ValidationError(
                self.message,
                code="file_too_large",
                params={"megabytes": self.max_bytes // (1024 * 1024)},
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSizeValidator) and (
            self.max_bytes == other.max_bytes
        )
