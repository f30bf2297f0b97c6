"""One archive holds the whole site: the database as Django fixtures and the media files.

``manage.py backup kizuna.tar.gz`` writes it; ``manage.py restore kizuna.tar.gz`` puts it
back into a migrated database, emptied first. The fixtures are database-neutral (SQLite
to PostgreSQL and back) and keep every row with its primary key, content types and
permissions included, so that what points at them by id (Wagtail's log entries keep the
ids of deleted pages) comes back as it was. Sessions stay out (visitors log in again);
queued background tasks come back with the rest. Media are the files of the default storage on disk
(MEDIA_ROOT); with S3-compatible storage the bucket keeps its own versions.
"""

import io
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction

DATABASE = "database.json"
MEDIA = "media"
LEFT_OUT = {"sessions"}
# Loaded first: saving a page asks for its content type, which must be the archive's.
FIRST = ["contenttypes", "auth"]


def app_labels():
    rest = [
        config.label
        for config in apps.get_app_configs()
        if config.models_module and config.label not in LEFT_OUT | set(FIRST)
    ]
    return FIRST + rest


def write_backup(archive_path):
    """Write the archive; return how many media files it holds."""
    fixtures = io.StringIO()
    call_command("dumpdata", *app_labels(), stdout=fixtures)
    data = fixtures.getvalue().encode()
    media_root = Path(settings.MEDIA_ROOT)
    files = 0
    with tarfile.open(archive_path, "w:gz") as archive:
        entry = tarfile.TarInfo(DATABASE)
        entry.size = len(data)
        archive.addfile(entry, io.BytesIO(data))
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                if path.is_file():
                    archive.add(path, f"{MEDIA}/{path.relative_to(media_root)}")
                    files += 1
    return files


def read_backup(archive_path, workdir):
    """Empty the database, load the archive's fixtures, unpack its media into
    MEDIA_ROOT; return how many media files came back."""
    workdir = Path(workdir)
    with tarfile.open(archive_path, "r:gz") as archive:
        # The "data" filter refuses absolute paths, links out and device files.
        archive.extractall(workdir, filter="data")
    with transaction.atomic():
        # No post_migrate: the archive brings its own content types and permissions.
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        ContentType.objects.clear_cache()
        call_command("loaddata", str(workdir / DATABASE), verbosity=0)
    media_root = Path(settings.MEDIA_ROOT)
    files = 0
    unpacked = workdir / MEDIA
    if unpacked.is_dir():
        for path in sorted(unpacked.rglob("*")):
            if path.is_file():
                target = media_root / path.relative_to(unpacked)
                target.parent.mkdir(parents=True, exist_ok=True)
                path.replace(target)
                files += 1
    return files
