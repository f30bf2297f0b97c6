import os

from .base import *  # noqa: F403 -- settings modules layer on one another

SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The manifest storage needs collectstatic first; tests serve plain files.
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "tests" / "artifacts" / "media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not Django's shared in-memory database: the live server then gives each
    # request thread a connection of its own, as on PostgreSQL, so tests of requests
    # racing each other (tests/exchanges/test_concurrency.py) race for real. One file
    # per run (Django deletes it at the end), so that two runs never share one.
    # tests/artifacts is not in git: a fresh clone has to make it for the file.
    (BASE_DIR / "tests" / "artifacts").mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": BASE_DIR / "tests" / "artifacts" / f"test-{os.getpid()}.sqlite3"  # noqa: F405
    }
    DATABASES["default"]["OPTIONS"]["init_command"] = (  # noqa: F405
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
    )
# Off for the suite, whose tests change content behind the editors' signals; the page
# cache's own tests switch it on.
KIZUNA_PAGE_CACHE_SECONDS = 0
KIZUNA_PROCESS_CACHE = False
