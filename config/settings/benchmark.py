"""Benchmarks (`python -m benchmarks`): the production configuration over plain http on
localhost, against the synthetic data set of `generate_volume` in a database of its own."""

import os
import warnings

os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-use-000000")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("DATABASE_URL", "postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek_volume")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/2")
os.environ.setdefault("OTP_REQUIRED", "true")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from config.settings.base import *  # noqa: E402, F403

# The real URLs plus the floor: the same rows from one hand-written query.
ROOT_URLCONF = "benchmarks.urls"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

# The pages are measured without their static files; whitenoise need not warn that none were
# collected.
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")
