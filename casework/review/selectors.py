"""Reading the review: every read through the read side and the policy."""

import hashlib
from dataclasses import dataclass
from typing import Any, cast

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404

from casework.meetings.models import Meeting
from casework.models import CaseIntervention, LinkedAddress, LinkedOrganisation, Person
from casework.plans.models import PlanVersion
from casework.plans.presentation import ComparedSection, PlanView, compare
from casework.plans.services import KIND
from casework.review.models import (
    InstrumentDecision,
    MemberDecision,
    Opened,
    Submission,
    SubmissionStatus,
)
from casework.review.permissions import seat_holder
from casework.review.services import seat_of, standing
from documents.models import DocumentJob
from partners.models import SEATS, Role, Seat, User
from partners.policy import Action
from partners.reading import Reader

RELATED = ("plan_version", "vierhoek", "meeting", "case__municipality")
# The seats of each submission's vierhoek, with their people (no case data), in one go.
SEATS_WITH_PEOPLE = ("vierhoek__seats__member", "vierhoek__seats__deputy")


def _decisions(reader: Reader) -> Prefetch[Any]:
    return reader.prefetch(
        "decisions",
        MemberDecision.objects.select_related("decided_by", "plan_version").prefetch_related(
            reader.prefetch(
                "instruments",
                InstrumentDecision.objects.select_related("case_intervention__intervention"),
            )
        ),
    )


def submissions(reader: Reader) -> QuerySet[Submission]:
    """The submissions the reader may see, with what a list shows of them."""
    return (
        reader.visible(Action.VIEW, Submission.objects.all())
        .select_related(*RELATED)
        .prefetch_related(_decisions(reader), *SEATS_WITH_PEOPLE)
    )


def queue(reader: Reader) -> QuerySet[Submission]:
    """ "Ter beoordeling": what awaits a decision of the vierhoeken the reader holds a seat in,
    nearest deadline first."""
    return (
        submissions(reader)
        .filter(seat_holder(cast(User, reader.user)), status=SubmissionStatus.OPEN)
        .order_by("deadline", "id")
    )


def decided(reader: Reader) -> QuerySet[Submission]:
    """What the reader's vierhoeken decided, or what lapsed, newest first."""
    return (
        submissions(reader)
        .filter(seat_holder(cast(User, reader.user)))
        .exclude(status=SubmissionStatus.OPEN)
        .order_by("-closed_at", "-id")
    )


def case_submissions(reader: Reader, case_pk: int) -> QuerySet[Submission]:
    """A case's submissions, newest first: what the vierhoek decided and asked to change."""
    return submissions(reader).filter(case_id=case_pk).order_by("-put_at", "-id")


def submission(reader: Reader, pk: int) -> Submission:
    found = submissions(reader).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def my_seat(reader: Reader, item: Submission) -> Seat | None:
    """The seat the reader holds in the submission's vierhoek."""
    return seat_of(cast(User, reader.user), item)


@dataclass(frozen=True)
class SeatRow:
    """One seat in the table of a submission: who holds it and where it stands."""

    role: Role
    member: str
    deputy: str
    standing: MemberDecision | None
    history: list[MemberDecision]


def seat_rows(item: Submission) -> list[SeatRow]:
    seats = {seat.role: seat for seat in item.vierhoek.seats.all()}
    decisions = list(item.decisions.all())
    current = standing(decisions)
    rows = []
    for role in SEATS:
        seat = seats.get(role)
        rows.append(
            SeatRow(
                role=role,
                member=str(seat.member) if seat else "",
                deputy=str(seat.deputy) if seat and seat.deputy else "",
                standing=current.get(role),
                history=[d for d in decisions if d.seat == role],
            )
        )
    return rows


def last_seen(reader: Reader, item: Submission) -> PlanVersion | None:
    """The newest earlier version of the same plan the reader opened when it was before them,
    read as it was put before them (redacted by the read side)."""
    earlier = (
        reader.visible(
            Action.VIEW,
            Submission.objects.filter(
                case_id=item.case_id, plan_version__number__lt=item.plan_version.number
            ),
        )
        .filter(
            Exists(
                Opened.objects.filter(submission_id=OuterRef("pk"), user=cast(User, reader.user))
            )
        )
        .select_related("plan_version")
        .order_by("-plan_version__number")
        .first()
    )
    return earlier.plan_version if earlier is not None else None


def changes_since(
    reader: Reader, item: Submission
) -> tuple[PlanVersion | None, list[ComparedSection]]:
    """The plan's changes since the version the reader saw last, section by section."""
    older = last_seen(reader, item)
    if older is None:
        return None, []
    newer = item.plan_version
    return older, compare(
        PlanView(older.snapshot, older.number, older.sha256),
        PlanView(newer.snapshot, newer.number, newer.sha256),
    )


def document_job(item: Submission) -> DocumentJob | None:
    """The PDF of the version in the submission's variant (made when the version was
    submitted). The caller has read the submission through the policy."""
    return DocumentJob.objects.filter(
        kind=KIND, subject_id=item.plan_version_id, variant=item.variant
    ).first()


# --- The besluitenlijst ----------------------------------------------------------------------

DECISION_LIST = "besluitenlijst"


def fingerprint(meeting: Meeting) -> str:
    """What the list shows now, in a few characters: its submissions, their status, every
    decision on them, who holds the seats, and the names its text is pseudonymised against (a
    person added to a network later makes a new list, never an old file with the name)."""
    listed = Submission.objects.filter(meeting=meeting)
    rows = listed.order_by("pk").values_list("pk", "status", "vierhoek_id")
    decisions = MemberDecision.objects.filter(submission__meeting=meeting).order_by("pk")
    seats = Seat.objects.filter(vierhoek__in=listed.values("vierhoek_id")).order_by("pk")
    cases = listed.values("case_id")
    names = [
        Person.objects.filter(case_id__in=cases)
        .order_by("pk")
        .values_list("pk", "first_name", "last_name", "alias", "bsn"),
        LinkedOrganisation.objects.filter(case_id__in=cases).order_by("pk").values_list("name"),
        LinkedAddress.objects.filter(case_id__in=cases).order_by("pk").values_list("address"),
    ]
    text = repr(
        (
            list(rows),
            list(decisions.values_list("pk", flat=True)),
            list(
                seats.values_list(
                    "role",
                    "member__first_name",
                    "member__last_name",
                    "deputy__first_name",
                    "deputy__last_name",
                )
            ),
            [list(query) for query in names],
        )
    )
    return "lijst-" + hashlib.sha256(text.encode()).hexdigest()[:16]


def listed_for(reader: Reader, meeting: Meeting) -> list[Submission]:
    """The submissions on the meeting, when the reader may read every one of them (the list is
    one file for all its readers); else 404."""
    listed = list(submissions(reader).filter(meeting=meeting).order_by("pk"))
    if not listed or len(listed) != Submission.objects.filter(meeting=meeting).count():
        raise Http404
    return listed


def current_job(meeting: Meeting) -> DocumentJob | None:
    return DocumentJob.objects.filter(
        kind=DECISION_LIST, subject_id=meeting.pk, variant=fingerprint(meeting)
    ).first()


def commitments(reader: Reader) -> QuerySet[MemberDecision]:
    """The commitments given with "akkoord" on the plans the reader may see, newest first."""
    return (
        reader.visible(Action.VIEW, MemberDecision.objects.filter(verdict="akkoord"))
        .select_related("plan_version")
        .order_by("-decided_at", "-id")
    )


def version_to_put(reader: Reader, pk: int) -> PlanVersion | None:
    """A submitted version the reader may read in full (a case worker of a partner taking
    part): the only kind one may put before the vierhoek."""
    return reader.visible(Action.VIEW_NETWORK, PlanVersion.objects.filter(pk=pk)).first()


def instrument_decisions(
    reader: Reader, case_pk: int, intervention_pk: int
) -> tuple[CaseIntervention, list[InstrumentDecision]]:
    """A formal instrument of the case and the mayor's decisions on it in the gezagsvierhoek,
    each with the plan version and hash it was taken on; 404 when the reader may not see the
    instrument."""
    item = (
        reader.visible(
            Action.VIEW, CaseIntervention.objects.filter(case_id=case_pk, pk=intervention_pk)
        )
        .select_related("intervention")
        .first()
    )
    if item is None:
        raise Http404
    decisions = list(
        reader.visible(Action.VIEW, InstrumentDecision.objects.filter(case_intervention=item))
        .select_related(
            "decision__decided_by", "decision__plan_version", "decision__submission__vierhoek"
        )
        .order_by("-decision__decided_at", "-id")
    )
    return item, decisions
