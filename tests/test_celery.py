"""Celery through the real Redis broker with a real worker, and the health check that pings it.

Each test process has its own broker (config/settings/test.py) and runs whole files, so the test
that expects no worker to answer only hears the workers of this file: it comes first, and the
worker is module-scoped and starts with the first test that asks for it.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.utils import timezone

from config.celery import app as celery_app
from partners.tasks import clear_expired_sessions


@pytest.mark.django_db
def test_health_is_red_when_no_worker_answers(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["celery"] == {
        "status": "error",
        "reason": "RuntimeError: no Celery worker answered the ping",
    }
    assert response.json()["checks"]["redis"] == {"status": "ok"}


@pytest.mark.django_db
def test_health_is_green_with_database_redis_and_a_worker(
    client: Client, celery_worker: None
) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok"},
            "redis": {"status": "ok"},
            "celery": {"status": "ok"},
        },
    }


@pytest.mark.django_db
@override_settings(REDIS_URL="redis://127.0.0.1:1/0")
def test_health_is_red_when_redis_is_unreachable(client: Client, celery_worker: None) -> None:
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["redis"]["status"] == "error"
    assert "ConnectionError" in body["checks"]["redis"]["reason"]
    assert body["checks"]["database"] == {"status": "ok"}


def test_celery_is_configured_for_safe_delivery() -> None:
    conf = celery_app.conf
    assert conf.task_serializer == "json"
    assert conf.accept_content == ["json"]
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.task_time_limit > conf.task_soft_time_limit > 0
    assert "clear-expired-sessions" in conf.beat_schedule
    assert conf.broker_url == settings.CELERY_BROKER_URL


@pytest.mark.django_db(transaction=True)
def test_task_round_trip_through_redis_and_a_real_worker(celery_worker: None) -> None:
    Session.objects.create(
        session_key="verlopen", session_data="", expire_date=timezone.now() - timedelta(days=1)
    )
    Session.objects.create(
        session_key="geldig", session_data="", expire_date=timezone.now() + timedelta(days=1)
    )
    result = clear_expired_sessions.delay()
    assert result.get(timeout=20) == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == ["geldig"]


def test_each_test_process_has_a_broker_of_its_own() -> None:
    # The processes pytest-xdist starts inherit the controlling process's environment, which
    # read the test settings first: the broker must still follow the process's own number.
    import os

    process = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    assert f"redis://127.0.0.1:6379/{10 + process}" == settings.CELERY_BROKER_URL
    assert celery_app.conf.broker_url == settings.CELERY_BROKER_URL
