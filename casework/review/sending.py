"""The review's mails, each once (run by the beat task, and right after a change that makes
one due): a link and a date, never case content (casework/review/mail.py)."""

import datetime

from django.conf import settings
from django.utils import timezone

from casework.mailing import each_once, emails
from casework.review import mail
from casework.review.models import Submission, SubmissionStatus, Verdict
from partners.models import Seat, User
from partners.policy import Action, can


def _holders(submission: Submission, *, undecided_only: bool = False) -> list[str]:
    seats = Seat.objects.filter(vierhoek_id=submission.vierhoek_id).select_related(
        "member", "deputy"
    )
    if undecided_only:
        decided = submission.decisions.exclude(verdict=Verdict.REMARK).values("seat")
        seats = seats.exclude(role__in=decided)
    return emails([person for seat in seats for person in (seat.member, seat.deputy)])


def _allowed(submission: Submission, people: list[User | None]) -> list[User | None]:
    """Those among `people` who may open the submission the mail links to, now."""
    return [person for person in people if person and can(person, Action.VIEW, submission)]


def _directors(submission: Submission) -> list[str]:
    case = submission.case
    return emails(
        _allowed(submission, [submission.put_by, case.process_director, case.case_director])
    )


def _chair(submission: Submission) -> list[str]:
    """The chair of the vierhoekoverleg, or, when the chair may not open the plan, the
    procesregisseur who put it there."""
    return emails(
        _allowed(submission, [submission.meeting.chair])
        or _allowed(submission, [submission.put_by])
    )


def review_mails_send(*, today: datetime.date | None = None) -> int:
    """The review's mails, each once: to the seat holders when a plan awaits them, a reminder
    to those who have not decided shortly before the deadline, the deadline passed to the
    chair of the vierhoekoverleg, and the outcome to the procesregisseur and casusregisseur.
    Returns the mails sent."""
    today = today or timezone.localdate()
    waiting = Submission.objects.filter(status=SubmissionStatus.OPEN)
    soon = today + datetime.timedelta(days=settings.REVIEW_REMINDER_DAYS)

    def awaiting(submission: Submission) -> bool:
        return mail.awaiting_mail(submission, _holders(submission))

    def remind(submission: Submission) -> bool:
        return mail.reminder_mail(submission, _holders(submission, undecided_only=True))

    def escalate(submission: Submission) -> bool:
        return mail.escalation_mail(submission, _chair(submission))

    def outcome(submission: Submission) -> bool:
        return mail.outcome_mail(submission, _directors(submission))

    return (
        each_once(waiting, "members_mailed_at", awaiting)
        + each_once(
            # Not on the day the plan was put before them: that mail says the same.
            waiting.filter(
                deadline__gte=today, deadline__lte=soon, members_mailed_at__date__lt=today
            ),
            "reminded_at",
            remind,
        )
        + each_once(
            waiting.filter(deadline__lt=today).select_related("meeting__chair"),
            "escalated_at",
            escalate,
        )
        + each_once(
            Submission.objects.filter(
                status__in=[SubmissionStatus.ADOPTED, SubmissionStatus.CHANGES]
            ).select_related("put_by", "case__process_director", "case__case_director"),
            "outcome_mailed_at",
            outcome,
        )
    )
