"""gunicorn settings, from the environment like everything else."""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
accesslog = "-"
# Development reloads on code changes; the settings module says which environment this is.
reload = os.environ.get("DJANGO_SETTINGS_MODULE", "").endswith(".development")
