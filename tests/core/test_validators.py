"""Uploads larger than a form allows are refused with the limit named."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from core.validators import MaxFileSizeValidator
from delegations.output.import_admin import ImportItineraryForm
from events.import_views import ImportCalendarForm


def test_a_file_over_the_limit_is_refused_with_the_limit_in_megabytes():
    limit = MaxFileSizeValidator(2 * 1024 * 1024)
    limit(SimpleUploadedFile("plan.csv", b"x" * (2 * 1024 * 1024)))

    with pytest.raises(ValidationError) as refused:
        limit(SimpleUploadedFile("plan.csv", b"x" * (2 * 1024 * 1024 + 1)))

    assert refused.value.messages == ["This file is larger than 2 MB."]


@pytest.mark.parametrize(
    ("form", "megabytes"), [(ImportCalendarForm, 5), (ImportItineraryForm, 2)]
)
def test_both_import_forms_cap_their_uploads(form, megabytes):
    validators = form.base_fields["file"].validators

    assert MaxFileSizeValidator(megabytes * 1024 * 1024) in validators
