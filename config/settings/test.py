"""Tests: the production configuration against the real local services, with two changes that
only make tests faster or deterministic (a fast password hasher, plain static storage)."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-00000000000")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("DATABASE_URL", "postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/1")
os.environ.setdefault("OTP_REQUIRED", "true")
# Each test process its own broker database: its workers take only its own tasks (which use
# its own test database) and answer only its own pings (Celery's broadcasts are per database).
# Set, not defaulted: the controlling pytest process reads these settings too, and the test
# processes it starts inherit its environment. (Databases 10 and up: clear of the cache's and
# the benchmarks'.)
_process = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
os.environ["CELERY_BROKER_URL"] = f"redis://127.0.0.1:6379/{10 + _process}"
os.environ["CELERY_RESULT_BACKEND"] = f"redis://127.0.0.1:6379/{10 + _process}"
# Documents made by the tests go to a directory of their own, per process (workers started by
# a test inherit it).
os.environ["MEDIA_ROOT"] = os.path.join(tempfile.gettempdir(), f"vierhoek-test-media-{_process}")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from config.settings.base import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
