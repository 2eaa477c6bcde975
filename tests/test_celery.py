from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from config.celery import app as celery_app
from partners.tasks import clear_expired_sessions


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
