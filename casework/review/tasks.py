"""The review's beat task: the mails of casework/review/services.py, each once."""

from celery import shared_task

from casework.review.sending import review_mails_send


@shared_task
def send_review_mails() -> int:
    return review_mails_send()
