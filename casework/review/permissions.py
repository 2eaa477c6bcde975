"""Who may see and do what in the gezagsvierhoek's review (registered with the policy by the
app's ready()).

A seat holder is the member or the deputy of one of the four seats of a vierhoek
(`partners.Seat`), while they hold that seat's role. They see what is put before their vierhoek,
in the variant chosen for it, and nothing else of the case through it.

| object | action | allowed |
|---|---|---|
| Submission | create (put a version before the vierhoek) | procesregisseur; the service also asks Case change and Meeting change |
| Submission | view (the plan in its variant, the decisions, the commitments) | the seat holders of its vierhoek; case workers of a partner taking part; the runners of its vierhoekoverleg who may view the case |
| Submission | view_network (the full variant, with names) | seat holders of its vierhoek when the full variant was chosen; case workers of a partner taking part |
| Submission | contribute (record a decision for one's seat) | the seat holders of its vierhoek, while it awaits decisions |
| MemberDecision, InstrumentDecision | view | as the submission's view |
"""

from functools import partial

from django.db.models import Exists, OuterRef, Q, QuerySet

from casework.meetings.permissions import _runs
from casework.permissions import CASE_WORKERS, VIERHOEK, _seen_by_the_case, _taking_part
from casework.review.models import (
    InstrumentDecision,
    MemberDecision,
    Submission,
    SubmissionStatus,
    Variant,
)
from partners.models import Role, Seat, User
from partners.policy import Action, RuleResult, has_role, roles_of, rule
from partners.reading import readable

NOTHING = Q(pk__in=[])


def _prefix(through: str) -> str:
    return "" if through == "pk" else f"{through.removesuffix('_id')}__"


def held_seats(user: User) -> QuerySet[Seat]:
    """The seats the user holds as member or deputy, while they hold the seat's own role (a
    mayor who became alderman no longer acts for the mayor's seat)."""
    roles = [role.value for role in roles_of(user) if role in VIERHOEK]
    return Seat.objects.filter(Q(member_id=user.pk) | Q(deputy_id=user.pk), role__in=roles)


def seat_holder(user: User, *, vierhoek: str = "vierhoek_id") -> Q:
    """Rows whose vierhoek (reached through `vierhoek`) has the user as member or deputy of a
    seat whose role the user holds."""
    if not has_role(user, *VIERHOEK):
        return NOTHING
    return Q(Exists(held_seats(user).filter(vierhoek_id=OuterRef(vierhoek))))


def _view(user: User, *, through: str = "pk") -> RuleResult:
    p = _prefix(through)
    seen = _seen_by_the_case(user, through=f"{p}case_id")
    runners = NOTHING
    if seen is not False:
        runners = _runs(user, meeting=f"{p}meeting_id") & seen  # type: ignore[operator]
    return (
        seat_holder(user, vierhoek=f"{p}vierhoek_id")
        | _taking_part(user, *CASE_WORKERS, through=f"{p}case_id")
        | runners
    )


@rule(Submission, Action.CREATE)
def put_before_the_vierhoek(user: User) -> RuleResult:
    return has_role(user, Role.PROCESS_DIRECTOR)


rule(Submission, Action.VIEW)(_view)


@rule(Submission, Action.VIEW_NETWORK)
def view_full_variant(user: User) -> RuleResult:
    return (seat_holder(user) & Q(variant=Variant.FULL)) | _taking_part(
        user, *CASE_WORKERS, through="case_id"
    )


@rule(Submission, Action.CONTRIBUTE)
def decide(user: User) -> RuleResult:
    return seat_holder(user) & Q(status=SubmissionStatus.OPEN)


rule(MemberDecision, Action.VIEW)(partial(_view, through="submission_id"))
rule(InstrumentDecision, Action.VIEW)(partial(_view, through="decision__submission_id"))

readable(Submission, scope="case_id")
readable(MemberDecision, scope="case_id")
readable(InstrumentDecision, scope="case_id", logged=False)
