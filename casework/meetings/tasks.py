"""The meetings' beat tasks: invitations mailed ahead of a meeting, reminders before an action's
deadline and the overdue signal to the procesregisseur. Each mail is sent once (its row records
it) and holds a link, never case content (casework/meetings/mail.py)."""

from celery import shared_task

from casework.meetings.services import action_reminders_send, invitations_send


@shared_task
def send_invitations() -> int:
    return invitations_send()


@shared_task
def send_action_reminders() -> list[int]:
    return list(action_reminders_send())
