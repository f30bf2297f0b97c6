"""Settings shared by every environment; values that differ come from the environment."""

import datetime
from pathlib import Path

import environ
from django.utils.translation import pgettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default=None)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    # The project's apps, from the top layer down (see the README's layout).
    "cms",
    "home",
    "exchanges",
    "delegations",
    "news",
    "events",
    "directory",
    "search",
    "core",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Outermost, so that its line has the final status and the whole duration.
    "cms.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a stored page is answered without touching one.
    "cms.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "cms.middleware.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it turns a lockout signalled anywhere below into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The embedded default is a SQLite file beside manage.py, so a newcomer needs nothing else.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Transactions take SQLite's write lock as they begin, so concurrent writers wait
    # their turn (up to the timeout) instead of failing with "database is locked" on
    # upgrading a read; WAL lets pages be read while a registration is written.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command="PRAGMA journal_mode=WAL;",
    )
# Seconds a process keeps its database connection between requests (0: one per request);
# production.py defaults to 60. Health checks reopen a connection the server has dropped.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis, when REDIS_URL names one, is the store every process shares: the cache (pages,
# Wagtail's), sessions (kept in the database too, so Redis may be lost) and the login
# failure counts. A Redis that does not answer is a miss (cms.cache), within a second.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kizuna",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
        # Image renditions, kept by each process until the next generation.
        "renditions": {"BACKEND": "core.generation_cache.GenerationCache"},
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Anonymous public pages are kept whole this long in the cache (cms.page_cache; 0: off).
# Editors' changes reach them at once (cms.invalidation), so the limit only bounds memory.
KIZUNA_PAGE_CACHE_SECONDS = env.int("KIZUNA_PAGE_CACHE_SECONDS", default=600)
# Each process keeps what public pages share until the next change (core.generation):
# the site, the pages each path names, the menu, renditions. Processes learn of a
# change through the shared cache, so on by default only with Redis; off where content
# changes without the editors' signals (the test suite).
KIZUNA_PROCESS_CACHE = env.bool("KIZUNA_PROCESS_CACHE", default=bool(REDIS_URL))
# An HTTP cache in front (Varnish, deploy/varnish/kizuna.vcl) is purged through Wagtail's
# frontend cache when VARNISH_URL names it (e.g. http://127.0.0.1:6081).
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("VARNISH_URL"),
        }
    }
    if env("VARNISH_URL", default="")
    else {}
)

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Kizuna <noreply@localhost>")

# Login throttling (django-axes): every login form and the page password form count
# failures per client address in a store every process shares: Redis when REDIS_URL is
# set, otherwise the database (the cache is then per process). A client that fails AXES_FAILURE_LIMIT times
# waits AXES_COOLOFF_TIME, then may try again. A successful login leaves the count as
# it is, so that an account holder cannot reset it between guesses at a page password.
AUTHENTICATION_BACKENDS = [
    "cms.throttling.ThrottlingBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if REDIS_URL
    else "axes.handlers.database.AxesDatabaseHandler"
)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=env.int("AXES_COOLOFF_MINUTES", default=15)
)
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "cms.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.throttling.client_address"
# Behind a reverse proxy REMOTE_ADDR is the proxy's; production.py reads BEHIND_PROXY.
KIZUNA_BEHIND_PROXY = False
# Visitors who log in on the public site without a page to return to go home.
LOGIN_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: one list serves Django, modeltranslation and Wagtail. Names are the
# languages' own (the switcher shows them untranslated, as a visitor looks for them).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ja", "日本語"),
    ("km", "ខ្មែរ"),
]
LANGUAGE_NAMES_IN_ENGLISH = {
    "en": pgettext_lazy("language name", "English"),
    "ja": pgettext_lazy("language name", "Japanese"),
    "km": pgettext_lazy("language name", "Khmer"),
}
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's catalogs first, then the Khmer overlay of Wagtail's and Django's admin
# strings, which neither ships; both take precedence over the installed apps' catalogs.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "overlay"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Slugs are shared by every language, so /ja/news/ is the Japanese view of /en/news/.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

WAGTAIL_SITE_NAME = "Kizuna"
# The admin calls no third party: no avatars from Gravatar (editors' address hashes),
# no release check from releases.wagtail.org; its policy allows neither.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Origin of links that leave the site (e.g. https://kizuna.example.org); empty: the request's.
KIZUNA_PUBLIC_BASE_URL = env("KIZUNA_PUBLIC_BASE_URL", default="")
# One index for the public search and the admin: substrings in Japanese and Khmer.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "key",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
]
# Only these open in the browser (Wagtail's default, said here as it is a security
# choice); every other document is a download, sandboxed besides (cms.documents).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Checked on upload against the file's first bytes too (cms.document_forms).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.document_forms.CheckedDocumentForm"
# The largest document accepted, in bytes.
KIZUNA_DOCUMENT_MAX_BYTES = env.int(
    "KIZUNA_DOCUMENT_MAX_BYTES", default=20 * 1024 * 1024
)
# Documents always pass through Django, which checks their privacy and sets their headers
# (cms.documents), also from object storage (Wagtail would redirect to the bucket there).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.CheckedImageForm"
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "registration/login.html"
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "registration/password_required.html"

# Content-Security-Policy (django-csp): the public site runs only its own script and
# styles (no inline script or style attributes); embeds come in frames over HTTPS.
# The Wagtail admin gets its own policy in cms.middleware: Wagtail writes inline scripts
# and previews images from blob: URLs before upload.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
KIZUNA_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # Its preview panel frames the page, whose embeds come from elsewhere.
    "frame-src": ["'self'", "https:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Features the site never uses, switched off for it and anything it embeds.
KIZUNA_PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
)

# One line per record on standard error: level, logger, the request's id (cms.request_log,
# which also writes one line per request), message.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "cms.request_log.RequestContextFilter"}},
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s %(name)s request_id=%(request_id)s "
            "%(message)s"
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request"],
            "formatter": "line",
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Wagtail runs search and reference indexing as immediate tasks and logs each one.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        # On the logger too, so every handler of its records sees them masked.
        "django.request": {"filters": ["request"]},
    },
}

# Two task backends. Wagtail's own small tasks (search and reference indexing) stay
# immediate, so an editor's change is searchable when the publish returns. Kizuna's
# slow or fallible jobs (mail, large imports, fetching partner calendars) go to the
# "background" queue in the database, survive restarts and are run by
# `manage.py db_worker --backend background` (started beside the web server by `make run`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": env(
            "KIZUNA_BACKGROUND_TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"
        )
    },
}

# How long an offer of places to a school on a waiting list holds them (hours).
KIZUNA_EXCHANGE_OFFER_HOLD = datetime.timedelta(
    hours=env.int("KIZUNA_EXCHANGE_OFFER_HOURS", default=72)
)
# How long the link in a school's emails opens its registration (days).
KIZUNA_EXCHANGE_LINK_MAX_AGE = datetime.timedelta(
    days=env.int("KIZUNA_EXCHANGE_LINK_DAYS", default=365)
)
# Schools' personal data is erased this many days after their programme ends, and kept
# only as anonymous counts per country and state (manage.py erase_exchange_data).
KIZUNA_EXCHANGE_DATA_RETENTION_DAYS = env.int(
    "KIZUNA_EXCHANGE_DATA_RETENTION_DAYS", default=180
)
# Registration forms one address may send per hour (counted in the shared cache).
KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR = env.int(
    "KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR", default=20
)

# Itinerary items starting before the first hour or ending after the second (local time)
# are flagged as unusual by the delegation planner's conflict check.
KIZUNA_UNUSUAL_HOURS = (7, 22)

# Cancelled events stay in calendar feeds this long, so subscribers' copies are struck out.
KIZUNA_CANCELLED_EVENT_RETENTION = datetime.timedelta(
    days=env.int("KIZUNA_CANCELLED_EVENT_RETENTION_DAYS", default=90)
)

# Calendar imports: the largest file accepted (admin upload, command line and fetched
# URLs), and the number of events above which an upload is saved by the background worker.
KIZUNA_IMPORT_MAX_BYTES = env.int("KIZUNA_IMPORT_MAX_BYTES", default=5 * 1024 * 1024)
KIZUNA_IMPORT_BACKGROUND_EVENTS = env.int(
    "KIZUNA_IMPORT_BACKGROUND_EVENTS", default=200
)
# Seconds a fetch of a source's URL may take.
KIZUNA_IMPORT_FETCH_TIMEOUT = env.int("KIZUNA_IMPORT_FETCH_TIMEOUT", default=30)
# Calendar sources may be fetched from public addresses only (events.source_addresses);
# true lets a development machine fetch a calendar served on itself or its network.
KIZUNA_CALENDAR_SOURCES_ALLOW_PRIVATE = env.bool(
    "KIZUNA_CALENDAR_SOURCES_ALLOW_PRIVATE", default=False
)
