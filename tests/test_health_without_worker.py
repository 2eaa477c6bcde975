import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_health_is_red_when_no_worker_answers(client: Client) -> None:
    # No worker runs in this module (the fixture that starts one is module-scoped elsewhere).
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["celery"] == {
        "status": "error",
        "reason": "RuntimeError: no Celery worker answered the ping",
    }
    assert response.json()["checks"]["redis"] == {"status": "ok"}
