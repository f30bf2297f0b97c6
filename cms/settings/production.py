from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403 -- settings modules layer on one another
from .base import (
    CONTENT_SECURITY_POLICY,
    DATABASES,
    KIZUNA_ADMIN_CONTENT_SECURITY_POLICY,
    SECRET_KEY,
    STORAGES,
    env,
)

# Each process keeps its connection a minute (the health check reopens a dropped one).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)

# Never from the environment: a server showing tracebacks leaks settings and data.
DEBUG = False

MINIMUM_SECRET_KEY_LENGTH = 50
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production needs a long random secret in the "
        "SECRET_KEY environment variable, for example from "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )
if len(SECRET_KEY) < MINIMUM_SECRET_KEY_LENGTH:
    raise ImproperlyConfigured(
        f"SECRET_KEY is too short ({len(SECRET_KEY)} characters): production needs at "
        f"least {MINIMUM_SECRET_KEY_LENGTH}, for example from "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )

# The development default prints mail to the console, which on a server is its log:
# schools' names and addresses would end up there. Production names its mail server.
if not env("EMAIL_URL", default=""):
    raise ImproperlyConfigured(
        "EMAIL_URL is not set. Production needs the mail server in the EMAIL_URL "
        "environment variable, for example `smtp+tls://user:password@host:587` "
        "(or `dummymail://` to send no mail at all)."
    )

# Only a reverse proxy that sets X-Forwarded-Proto (and overwrites the client's) may be
# trusted with it; without one, a client could claim HTTPS over plain HTTP.
# The client's address (for login throttling) is then the one the proxy appended.
KIZUNA_BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)
if KIZUNA_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
# Both bind more than this site (every subdomain; browsers' built-in lists, slow to
# leave), so the operator opts in; Django's deploy check warns of each until then.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False
)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SILENCED_SYSTEM_CHECKS = [
    check
    for check, opted_in in [
        ("security.W005", SECURE_HSTS_INCLUDE_SUBDOMAINS),
        ("security.W021", SECURE_HSTS_PRELOAD),
    ]
    if not opted_in
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Several app machines share media through S3-compatible object storage (django-storages);
# credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by boto3 itself.
# One machine keeps media under MEDIA_ROOT.
MEDIA_BUCKET = env("AWS_STORAGE_BUCKET_NAME", default="")
if MEDIA_BUCKET:
    # A public origin for media (a CDN or the bucket's website) gives plain URLs;
    # without one, every media URL is signed and opens for a week.
    MEDIA_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default="")
    MEDIA_ENDPOINT = env("AWS_S3_ENDPOINT_URL", default="")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": MEDIA_ENDPOINT or None,
            "region_name": env("AWS_S3_REGION_NAME", default="") or None,
            "custom_domain": MEDIA_DOMAIN or None,
            "default_acl": None,
            "querystring_expire": 7 * 24 * 3600,
            # Two editors uploading "programme.pdf" keep two files.
            "file_overwrite": False,
        },
    }
    # Pages show images from there: the policies let them in, and nothing else from it.
    media_origin = (
        f"https://{MEDIA_DOMAIN}"
        if MEDIA_DOMAIN
        else MEDIA_ENDPOINT or "https://*.amazonaws.com"
    )
    for policy in (
        CONTENT_SECURITY_POLICY["DIRECTIVES"],
        KIZUNA_ADMIN_CONTENT_SECURITY_POLICY,
    ):
        policy["img-src"] = [*policy["img-src"], media_origin]
