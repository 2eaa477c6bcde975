from datetime import timedelta

from axes.models import AccessAttempt
from celery import shared_task
from django.contrib.sessions.models import Session
from django.utils import timezone

LOGIN_ATTEMPT_RETENTION = timedelta(days=30)


@shared_task
def clear_expired_sessions() -> int:
    """Deletes expired sessions (the beat schedule runs it daily); returns how many."""
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted


@shared_task
def clear_old_login_attempts() -> int:
    """Deletes failed-login records older than the retention period; returns how many."""
    cutoff = timezone.now() - LOGIN_ATTEMPT_RETENTION
    deleted, _ = AccessAttempt.objects.filter(attempt_time__lt=cutoff).delete()
    return deleted
