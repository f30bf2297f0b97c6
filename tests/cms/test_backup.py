"""A backup restored into an empty database gives back the same site and its media."""

import datetime
import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from delegations.models import Delegation
from events.models import EventPage
from tests.cms.servers import manage, production_environment
from tests.delegations.factories import add_item, make_delegation
from tests.factories.events import PHNOM_PENH, add_event
from tests.factories.images import make_image
from tests.factories.pages import add_article

SUMMARY = (
    "import json, django; django.setup(); "
    "from wagtail.models import Page; from wagtail.images import get_image_model; "
    "from events.models import EventPage; from delegations.models import Delegation; "
    "print(json.dumps({"
    "'pages': sorted([p.title, p.title_ja or '', p.url_path, p.live] "
    "for p in Page.objects.all()), "
    "'events': sorted([e.title, e.start.isoformat()] for e in EventPage.objects.all()), "
    "'delegations': sorted([d.name, [i.title for i in d.items.order_by('start')]] "
    "for d in Delegation.objects.all()), "
    "'images': [open(i.file.path, 'rb').read().hex()[:64] "
    "for i in get_image_model().objects.all()]}))"
)


@pytest.fixture
def site_with_content(news_index, event_index, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    image = make_image()
    article = add_article(news_index, "Water forum opens", title_ja="水フォーラム開幕")
    article.image = image
    article.image_alt = "The forum hall"
    article.save_revision().publish()
    add_event(
        event_index,
        "Water forum",
        start=datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH),
        time_zone="Asia/Phnom_Penh",
    )
    delegation = make_delegation()
    add_item(
        delegation,
        "Courtesy call",
        datetime.datetime(2024, 5, 14, 9, 0, tzinfo=PHNOM_PENH),
        time_zone="Asia/Phnom_Penh",
    )
    return image


@pytest.mark.django_db
def test_a_backup_restores_into_an_empty_database(tmp_path, site_with_content):
    archive = tmp_path / "kizuna.tar.gz"
    call_command("backup", str(archive))
    with site_with_content.file.open("rb") as original:
        image_start = original.read().hex()[:64]
    expected = {
        "pages": sorted(
            [p.title, p.title_ja or "", p.url_path, p.live] for p in Page.objects.all()
        ),
        "events": sorted(
            [e.title, e.start.isoformat()] for e in EventPage.objects.all()
        ),
        "delegations": [["Nagano inspection mission", ["Courtesy call"]]],
        "images": [image_start],
    }
    assert Delegation.objects.count() == 1

    env = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "restored-media"),
    )
    manage("migrate", "--noinput", env=env)
    restored = manage("restore", str(archive), "--yes", env=env)
    summary = manage("shell", "--no-imports", "-c", SUMMARY, env=env)

    assert "Restored" in restored and "1 media files" in restored
    assert json.loads(summary.splitlines()[-1]) == expected


def test_restore_asks_for_confirmation(tmp_path):
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(tmp_path / "kizuna.tar.gz"))
