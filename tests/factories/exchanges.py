"""Exchange programmes and schools' requests for tests, built as an editor and a
school would build them."""

import datetime
import uuid

from django.utils import timezone

from exchanges.capacity import SchoolRequest
from exchanges.models import ExchangeProgrammeIndexPage, ExchangeProgrammePage


def add_programme_index(home):
    return home.add_child(
        instance=ExchangeProgrammeIndexPage(
            title="School exchanges",
            title_ja="学校交流",
            title_km="ការផ្លាស់ប្តូរសាលា",
            slug="exchanges",
            show_in_menus=True,
        )
    )


def add_programme(index, title="Nagano–Phnom Penh summer exchange", **fields):
    """A published programme whose registration opened yesterday and closes in a month."""
    now = timezone.now()
    fields.setdefault("registration_opens", now - datetime.timedelta(days=1))
    fields.setdefault("registration_closes", now + datetime.timedelta(days=30))
    fields.setdefault("capacity", 20)
    fields.setdefault("max_students_per_school", min(10, fields["capacity"]))
    fields.setdefault("min_age", 12)
    fields.setdefault("max_age", 15)
    fields.setdefault("summary", f"About {title}.")
    fields.setdefault("slug", "summer-exchange")
    programme = ExchangeProgrammePage(title=title, **fields)
    index.add_child(instance=programme)
    programme.save_revision().publish()
    programme.refresh_from_db()
    return programme


def school_request(number=1, *, students=2, **fields):
    """School ``number``'s request; each number is a different school and teacher."""
    values = {
        "school_name": f"School {number}",
        "country": "JP",
        "city": "Nagano",
        "teacher_name": f"Teacher {number}",
        "teacher_email": f"teacher{number}@school{number}.example",
        "teacher_phone": f"+8190{number:08d}",
        "students": students,
        "teachers": 1,
        "min_age": 12,
        "max_age": 14,
        "language": "en",
        "accepts_fewer": False,
        "idempotency_key": uuid.uuid4(),
    }
    values.update(fields)
    return SchoolRequest(**values)
