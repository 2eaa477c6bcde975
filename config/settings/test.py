"""Tests: the production configuration against the real local services, with two changes that
only make tests faster or deterministic (a fast password hasher, plain static storage)."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-00000000000")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("DATABASE_URL", "postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/1")
os.environ.setdefault("OTP_REQUIRED", "true")
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
