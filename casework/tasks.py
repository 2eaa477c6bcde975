"""Celery finds the tasks of each app in its `tasks` module; casework's live in its packages."""

from casework.meetings.tasks import send_action_reminders, send_invitations

__all__ = ["send_action_reminders", "send_invitations"]
