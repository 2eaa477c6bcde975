"""`/healthz`: can this instance serve? Database, Redis and a Celery worker, each asked for real."""

from collections.abc import Callable

import redis
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from config.celery import app as celery_app

TIMEOUT_SECONDS = 2


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_redis() -> None:
    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=TIMEOUT_SECONDS,
        socket_timeout=TIMEOUT_SECONDS,
    )
    try:
        client.ping()
    finally:
        client.close()


def check_celery() -> None:
    # A real ping through the broker, answered by a running worker; the connection is tried
    # once, because kombu would otherwise retry an unreachable broker for a long time.
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=TIMEOUT_SECONDS)
        replies = celery_app.control.ping(timeout=TIMEOUT_SECONDS, connection=conn)
    if not replies:
        raise RuntimeError("no Celery worker answered the ping")


CHECKS: dict[str, Callable[[], None]] = {
    "database": check_database,
    "redis": check_redis,
    "celery": check_celery,
}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when every dependency answers, 503 with the reason of each one that does not."""
    results: dict[str, dict[str, str]] = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not healthy"
            results[name] = {"status": "error", "reason": f"{type(error).__name__}: {error}"}
        else:
            results[name] = {"status": "ok"}
    healthy = all(result["status"] == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": results},
        status=200 if healthy else 503,
    )
