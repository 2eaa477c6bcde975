"""Helpers for tests with real Celery workers: waiting for a job, reading a PDF's text, and
workers in processes of their own (for killing one)."""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage

from documents.models import DocumentJob

ROOT = Path(__file__).resolve().parents[2]


def wait_for(job_id: int, *statuses: str, timeout: float = 60) -> DocumentJob:
    """The job once it reaches one of `statuses`; fails the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        job = DocumentJob.objects.get(pk=job_id)
        if job.status in statuses:
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"job {job_id} still {job.status} after {timeout} s")
        time.sleep(0.02)


def _tool(name: str) -> str:
    """The full path of a poppler tool (`make system` installs poppler-utils)."""
    found = shutil.which(name)
    assert found, f"{name} is missing: `make system` installs poppler-utils"
    return found


def pdf_text(job: DocumentJob) -> str:
    """The text of the job's PDF, as poppler's pdftotext reads it."""
    with default_storage.open(job.file.name, "rb") as pdf:
        result = subprocess.run(  # noqa: S603 - poppler, found by its full path
            [_tool("pdftotext"), "-layout", "-", "-"],
            input=pdf.read(),
            capture_output=True,
            check=True,
        )
    return result.stdout.decode()


def pdf_info(job: DocumentJob) -> dict[str, str]:
    with default_storage.open(job.file.name, "rb") as pdf:
        result = subprocess.run(  # noqa: S603 - poppler, found by its full path
            [_tool("pdfinfo"), "-"], input=pdf.read(), capture_output=True, check=True
        )
    lines = result.stdout.decode().splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def database_url() -> str:
    db = settings.DATABASES["default"]
    return (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )


def worker_process(name: str, **environment: str) -> subprocess.Popen[bytes]:
    """A Celery worker in a process of its own, on this test process's broker and test
    database, as `make run` starts one (solo pool: the task runs in the worker's process)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_RESULT_BACKEND": settings.CELERY_RESULT_BACKEND,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        **environment,
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "config.celery",
        "worker",
        "--pool=solo",
        f"--hostname={name}@%h",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "--loglevel=WARNING",
    ]
    # Our own interpreter and Celery, with arguments written here.
    return subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603


def kill(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL to the worker and anything it started: no chance to give a task back."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            kill(process)
