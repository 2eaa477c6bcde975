"""Every write of the review: putting a plan version before the gezagsvierhoek, the members'
decisions bound to that version and its SHA-256, the outcome, and the mails (each once, by the
beat task or right after the change is committed)."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from casework.meetings.models import AgendaItem, Meeting, MeetingKind
from casework.meetings.services import item_add
from casework.models import Case, CaseIntervention, CaseStatus, InterventionStatus
from casework.plans.models import Plan, PlanVersion
from casework.plans.signals import version_submitted
from casework.review.models import (
    InstrumentChoice,
    InstrumentDecision,
    MemberDecision,
    Opened,
    Submission,
    SubmissionStatus,
    Variant,
    Verdict,
)
from casework.review.permissions import held_seats
from casework.review.tasks import send_review_mails
from casework.services import case_transition
from interventions.models import Decider
from partners.models import SEATS, Role, Seat, User
from partners.policy import Action, can, require
from workflow.locking import Conflict

STALE = gettext_lazy(
    "Er is intussen een nieuwe versie van dit plan ingediend; over deze versie wordt niet meer "
    "besloten. Uw besluit is niet opgeslagen."
)
HASH_CHANGED = gettext_lazy(
    "U heeft een andere versie gelezen dan die nu voorligt. Uw besluit is niet opgeslagen: "
    "lees het plan opnieuw."
)
CLOSED = gettext_lazy(
    "Over dit plan wordt niet meer besloten: het is intussen %(status)s. Uw besluit is niet "
    "opgeslagen."
)
# The case's steps towards execution once the vierhoek adopted its plan.
TOWARDS_EXECUTION = {
    CaseStatus.IN_PROGRESS: CaseStatus.CASE_MEETING,
    CaseStatus.REOPENED: CaseStatus.CASE_MEETING,
    CaseStatus.CASE_MEETING: CaseStatus.ACTION_PLAN,
    CaseStatus.ACTION_PLAN: CaseStatus.EXECUTION,
}
ADOPTED_REASON = gettext_noop(
    "Plan van aanpak versie %(number)s vastgesteld door de gezagsvierhoek (%(vierhoek)s)"
)


def seat_of(user: User, submission: Submission) -> Seat | None:
    """The seat the user holds (as member or deputy) in the submission's vierhoek."""
    return held_seats(user).filter(vierhoek_id=submission.vierhoek_id).order_by("pk").first()


def _latest_version(version: PlanVersion) -> bool:
    return not PlanVersion.objects.filter(
        plan_id=version.plan_id, number__gt=version.number
    ).exists()


@transaction.atomic
def submission_create(
    *,
    user: User,
    version: PlanVersion,
    meeting: Meeting,
    variant: str,
    reason: str,
    deadline: datetime.date,
) -> Submission:
    """Puts a submitted plan version before the gezagsvierhoek of the case's municipality, on
    a vierhoekoverleg (the case is put on its agenda when it is not yet), in the variant its
    members receive: pseudonymised by default, the full one only with the reason."""
    require(user, Action.CREATE, Submission)
    # The plan first, as `plan_submit` locks it: a version submitted meanwhile is either seen
    # here as newer, or voids this submission when it commits after it.
    Plan.objects.select_for_update().get(pk=version.plan_id)
    case = (
        Case.objects.select_for_update(of=("self",))
        .select_related("municipality__vierhoek")
        .get(pk=version.case_id)
    )
    # Who directs the case's process, and runs the meeting.
    require(user, Action.CHANGE, case)
    require(user, Action.CHANGE, meeting)
    errors: dict[str, str] = {}
    if meeting.kind != MeetingKind.VIERHOEK:
        errors["meeting"] = _("Een plan wordt op een vierhoekoverleg voorgelegd.")
    elif meeting.minutes_confirmed_at is not None or meeting.ends_at < timezone.now():
        errors["meeting"] = _("Dit vierhoekoverleg is al geweest; kies een komend overleg.")
    if variant not in Variant.values:
        errors["variant"] = _("Kies de variant die de leden ontvangen.")
    elif variant == Variant.FULL and not reason.strip():
        errors["reason"] = _(
            "Geef de reden waarom de leden de volledige variant met namen nodig hebben."
        )
    if deadline < timezone.localdate():
        errors["deadline"] = _("De uiterste datum voor het besluit ligt in het verleden.")
    if errors:
        raise ValidationError(errors)
    vierhoek = case.municipality.vierhoek
    if vierhoek is None:
        raise ValidationError(
            _(
                "Gemeente %(municipality)s heeft geen gezagsvierhoek in Vierhoek; de functioneel "
                "beheerder legt die vast."
            )
            % {"municipality": case.municipality}
        )
    empty = {seat.value for seat in SEATS} - set(vierhoek.seats.values_list("role", flat=True))
    if empty:
        raise ValidationError(
            _(
                "In %(vierhoek)s is niet elke zetel bezet (%(seats)s); de functioneel "
                "beheerder vult ze."
            )
            % {
                "vierhoek": vierhoek,
                "seats": ", ".join(str(Role(seat).label) for seat in sorted(empty)),
            }
        )
    if not _latest_version(version):
        raise ValidationError(_("Er is een nieuwere versie van dit plan; leg die voor."))
    if Submission.objects.filter(case=case, status=SubmissionStatus.OPEN).exists():
        raise ValidationError(_("Er ligt al een versie van dit plan voor bij de gezagsvierhoek."))
    earlier = set(Submission.objects.filter(plan_version=version).values_list("status", flat=True))
    if SubmissionStatus.ADOPTED in earlier:
        raise ValidationError(_("Deze versie is al vastgesteld."))
    if SubmissionStatus.CHANGES in earlier:
        raise ValidationError(
            _("Over deze versie zijn wijzigingen gevraagd; dien eerst een nieuwe versie in.")
        )
    # The besluitenlijst of a vierhoekoverleg is read by the seat holders of one vierhoek.
    if Submission.objects.filter(meeting=meeting).exclude(vierhoek=vierhoek).exists():
        raise ValidationError(
            {
                "meeting": _(
                    "Op dit vierhoekoverleg liggen plannen voor een andere gezagsvierhoek; "
                    "kies een overleg van %(vierhoek)s."
                )
                % {"vierhoek": vierhoek}
            }
        )
    item = AgendaItem.objects.filter(meeting=meeting, case=case).first()
    if item is None:
        if user.organisation is None:
            raise PermissionDenied
        item = item_add(meeting=meeting, user=user, case=case, invited=[user.organisation])
    submission = Submission.objects.create(
        case=case,
        plan_version=version,
        sha256=version.sha256,
        vierhoek=vierhoek,
        meeting=meeting,
        item=item,
        variant=variant,
        reason=reason.strip() if variant == Variant.FULL else "",
        deadline=deadline,
        put_by=user,
    )
    _mail_soon()
    return submission


@receiver(version_submitted)
def _void_earlier_versions(sender: object, version: PlanVersion, **kwargs: Any) -> None:
    """A new version asks for new decisions: what lies before the vierhoek of an earlier one
    lapses, and the decisions on it with it."""
    Submission.objects.filter(
        case_id=version.case_id,
        status=SubmissionStatus.OPEN,
        plan_version__number__lt=version.number,
    ).update(status=SubmissionStatus.VOID, closed_at=timezone.now())


def opened_record(*, submission: Submission, user: User) -> None:
    """Remembers that a seat holder opened this submission (for "changes since the version you
    saw last")."""
    if seat_of(user, submission) is not None:
        Opened.objects.get_or_create(submission=submission, user=user)


@dataclass(frozen=True)
class Commitment:
    """What the member's own organisation will do, with whom and by when."""

    what: str = ""
    with_whom: str = ""
    by: datetime.date | None = None


@dataclass(frozen=True)
class DecisionInput:
    verdict: str
    text: str = ""
    commitment: Commitment = field(default_factory=Commitment)
    # The mayor's decision on each formal instrument: case intervention id -> InstrumentChoice.
    instruments: dict[int, str] = field(default_factory=dict)


def mayor_instruments(submission: Submission) -> list[CaseIntervention]:
    """The formal instruments of the plan version on which the mayor decides: the case's
    interventions named in the version, formal, with the mayor among their deciders."""
    snapshot = submission.plan_version.snapshot
    names = {item["name"] for item in snapshot.get("interventions", []) if item.get("formal")}
    return list(
        CaseIntervention.objects.filter(
            case_id=submission.case_id,
            intervention__name__in=names,
            intervention__deciders__contains=[Decider.MAYOR],
        )
        .exclude(status=InterventionStatus.WITHDRAWN)
        .select_related("intervention")
        .order_by("proposed_at", "id")
    )


def _check(submission: Submission, seat: Seat, given: DecisionInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if given.verdict not in Verdict.values:
        errors["verdict"] = _("Kies: akkoord, wijzigingen gevraagd of een opmerking.")
    elif given.verdict == Verdict.CHANGES and not given.text.strip():
        errors["text"] = _("Schrijf op wat er moet veranderen.")
    elif given.verdict == Verdict.REMARK and not given.text.strip():
        errors["text"] = _("Schrijf uw opmerking op.")
    elif given.verdict == Verdict.AGREED:
        if not given.commitment.what.strip():
            errors["commitment"] = _(
                "Leg bij akkoord vast wat uw organisatie gaat doen: de inzet van uw domein."
            )
        if given.commitment.by is None:
            errors["commitment_by"] = _("Leg vast wanneer uw organisatie dat gedaan heeft.")
        elif given.commitment.by < timezone.localdate():
            errors["commitment_by"] = _("Deze datum ligt in het verleden.")
    if given.instruments:
        offered = {item.pk for item in mayor_instruments(submission)}
        if seat.role != Role.MAYOR or not set(given.instruments) <= offered:
            errors["instruments"] = _(
                "Alleen de burgemeester besluit hier over de formele instrumenten van het plan."
            )
        elif not set(given.instruments.values()) <= set(InstrumentChoice.values):
            errors["instruments"] = _("Kies per instrument: toepassen of niet toepassen.")
    return errors


@transaction.atomic
def decision_record(
    *, submission: Submission, user: User, sha256: str, given: DecisionInput
) -> MemberDecision:
    """A seat holder's decision on the version before them, bound to its SHA-256: refused when
    the version read is not the one before the vierhoek, or a newer version was submitted. Four
    times "akkoord" adopts the plan; "wijzigingen gevraagd" sends it back."""
    locked = (
        Submission.objects.select_for_update(of=("self",))
        .select_related("plan_version", "vierhoek", "case")
        .get(pk=submission.pk)
    )
    # Submitting a new version voids what lies before the vierhoek (below); this is the guard
    # for a decision racing that submission.
    if locked.status == SubmissionStatus.OPEN and not _latest_version(locked.plan_version):
        raise Conflict(STALE)
    if not locked.is_open and seat_of(user, locked) is not None:
        raise Conflict(CLOSED % {"status": locked.get_status_display().lower()})
    require(user, Action.CONTRIBUTE, locked)
    if sha256 != locked.sha256 or locked.plan_version.sha256 != locked.sha256:
        raise Conflict(HASH_CHANGED)
    seat = seat_of(user, locked)
    if seat is None:  # the rule above asks the same; kept for the type checker
        raise PermissionDenied
    errors = _check(locked, seat, given)
    if errors:
        raise ValidationError(errors)
    agreed = given.verdict == Verdict.AGREED
    decision = MemberDecision.objects.create(
        submission=locked,
        case_id=locked.case_id,
        seat=seat.role,
        decided_by=user,
        as_deputy=seat.member_id != user.pk,
        plan_version=locked.plan_version,
        sha256=locked.sha256,
        verdict=given.verdict,
        text=given.text.strip(),
        commitment=given.commitment.what.strip() if agreed else "",
        commitment_with=given.commitment.with_whom.strip() if agreed else "",
        commitment_by=given.commitment.by if agreed else None,
    )
    InstrumentDecision.objects.bulk_create(
        InstrumentDecision(
            decision=decision, case_id=locked.case_id, case_intervention_id=pk, choice=choice
        )
        for pk, choice in sorted(given.instruments.items())
    )
    _outcome(locked)
    return decision


def standing(decisions: Iterable[MemberDecision]) -> dict[str, MemberDecision]:
    """Each seat's standing decision: its latest "akkoord" or "wijzigingen gevraagd" (a remark
    leaves the standing as it was)."""
    result: dict[str, MemberDecision] = {}
    for decision in sorted(decisions, key=lambda d: (d.decided_at, d.pk)):
        if decision.verdict != Verdict.REMARK:
            result[decision.seat] = decision
    return result


def _outcome(submission: Submission) -> None:
    seats = standing(submission.decisions.all())
    if any(d.verdict == Verdict.CHANGES for d in seats.values()):
        submission.status = SubmissionStatus.CHANGES
    elif all(seat in seats and seats[seat].verdict == Verdict.AGREED for seat in SEATS):
        submission.status = SubmissionStatus.ADOPTED
        _move_case_on(submission)
    else:
        return
    submission.closed_at = timezone.now()
    submission.save(update_fields=["status", "closed_at"])
    _mail_soon()


def _move_case_on(submission: Submission) -> None:
    """An adopted plan moves the case on to execution, through the steps of its process, in
    the name of the procesregisseur who put the plan before the vierhoek (while they may)."""
    case = Case.objects.select_for_update().get(pk=submission.case_id)
    director = submission.put_by
    if not can(director, Action.TRANSITION, case):
        return
    reason = _(ADOPTED_REASON) % {
        "number": submission.plan_version.number,
        "vierhoek": submission.vierhoek,
    }
    while case.status in TOWARDS_EXECUTION:
        case_transition(
            case=case,
            user=director,
            to_status=TOWARDS_EXECUTION[CaseStatus(case.status)],
            reason=reason,
            version=case.version,
        )


# --- Mails ------------------------------------------------------------------------------------


def _mail_soon() -> None:
    """Sends what became due as soon as this change is committed (the beat task is the safety
    net when the broker was away)."""
    transaction.on_commit(send_review_mails.delay)
