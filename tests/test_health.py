import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


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


@override_settings(REDIS_URL="redis://127.0.0.1:1/0")
def test_health_is_red_when_redis_is_unreachable(client: Client, celery_worker: None) -> None:
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["redis"]["status"] == "error"
    assert "ConnectionError" in body["checks"]["redis"]["reason"]
    assert body["checks"]["database"] == {"status": "ok"}
