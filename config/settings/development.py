"""Development on localhost: DEBUG on, plain http, a local database; never used in production."""

import os

# Defaults for a developer's machine, set before the base settings read the environment. They
# only fill what is not set, so a developer can still point at another database.
os.environ.setdefault("DJANGO_DEBUG", "true")
os.environ.setdefault("SECRET_KEY", "development-only-secret-key-not-for-production-use-0000")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
# The application's role, which owns no table; `make migrate` migrates as the owner vierhoek.
os.environ.setdefault(
    "DATABASE_URL", "postgres://vierhoek_app:vierhoek_app@127.0.0.1:5432/vierhoek"
)
os.environ.setdefault("OTP_REQUIRED", "false")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")

from config.settings.base import *  # noqa: E402, F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
