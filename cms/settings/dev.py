from .base import *  # noqa: F403 -- settings modules layer on one another

DEBUG = env.bool("DEBUG", default=True)  # noqa: F405 -- env comes from base
# A development-only key; production.py refuses to start without a real one.
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)

try:
    from .local import *  # noqa: F403 -- optional, untracked developer overrides
except ImportError:
    pass
