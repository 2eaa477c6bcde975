"""Who may see and do what with cases, their network, signals, partners and notes.

A partner takes part in a case when it joined and has not left (`CaseParticipation`); joining
grants its group `view_case` on the case, leaving revokes it. What a person of that partner may
then do depends on their role. Case workers are the AOV'er, procesregisseur, voorzitter and
ketenpartner-professional; vierhoek members are the burgemeester, wethouder, officier van justitie
and politiechef.

| object | action | allowed |
|---|---|---|
| Case | create | AOV'er, procesregisseur, in a municipality of their organisation's werkgebied |
| Case | view | case workers of a partner taking part; vierhoek members of a partner taking part, for cases in their territory (the werkgebied of their organisation: the case's municipality or one of its other municipalities) |
| Case | view_network (persons, relations, links, notes, signals) | case workers of a partner taking part |
| Case | change (summary, regisseurs, priority, escalation) | AOV'er, procesregisseur of a partner taking part |
| Case | transition (status) | AOV'er, procesregisseur, voorzitter of a partner taking part |
| Case | manage_partners | AOV'er, procesregisseur, voorzitter of a partner taking part |
| Case | contribute (notes, persons, relations, signals) | case workers of a partner taking part |
| CaseParticipation, StatusChange | view | whoever may view the case |
| Person, Relation, LinkedOrganisation, LinkedAddress, NetworkChange (their history) | view | case workers of a partner taking part |
| Person, Relation, LinkedOrganisation, LinkedAddress | correct, end | through Case contribute |
| Person, Relation, LinkedOrganisation, LinkedAddress | remove, merge | through Case change: AOV'er, procesregisseur of a partner taking part |
| CaseIntervention, its status changes, Assessment (with its condition checks), Evaluation | view | whoever may view the case |
| CaseIntervention | propose, move on, evaluate | through Case contribute: case workers of a partner taking part |
| CaseIntervention | change (its weighing) | case workers of the proposing partner, while it takes part |
| CaseNote, Signal | view | case workers of a partner taking part; when limited to domains only partners of those domains, and its author |

Vierhoek members see a case's summary, course and partners, never its notes, network or signals;
where free text they do read names someone of the network, the read side shows role and
initials instead (casework/redaction.py).
The functional manager and the privacy officer see no case content through their role; a case
grants it only to a person who also holds a case role at a partner taking part.

"Known elsewhere" (casework.selectors.person_known_elsewhere) looks across cases on purpose: to
whoever may see a person it names only whom to contact about a similar person in another case,
never that case.
"""

from functools import partial

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, Model, OuterRef, Q

from casework.models import (
    Assessment,
    Case,
    CaseGroupObjectPermission,
    CaseIntervention,
    CaseNote,
    CaseParticipation,
    ConditionCheck,
    Evaluation,
    InterventionStatusChange,
    LinkedAddress,
    LinkedOrganisation,
    NetworkChange,
    Person,
    Relation,
    Signal,
    StatusChange,
)
from partners.models import Role, User
from partners.policy import (
    Action,
    RuleResult,
    has_grant,
    has_role,
    in_user_domain,
    rule,
    territory,
)
from partners.reading import dossier, readable

CASE_WORKERS = (Role.AOV, Role.PROCESS_DIRECTOR, Role.CHAIR, Role.PARTNER_PROFESSIONAL)
VIERHOEK = (Role.MAYOR, Role.ALDERMAN, Role.PUBLIC_PROSECUTOR, Role.POLICE_CHIEF)
TAKES_PART = "view_case"
# Who may be given the direction of a case: the case director is one of its case workers; the
# process director is the Zorg- en Veiligheidshuis's procesregisseur.
DIRECTOR_ROLES: dict[str, tuple[Role, ...]] = {
    "case_director": CASE_WORKERS,
    "process_director": (Role.PROCESS_DIRECTOR,),
}


def _taking_part(user: User, *roles: Role, through: str = "pk") -> Q:
    if not has_role(user, *roles):
        return Q(pk__in=[])
    return has_grant(user, CaseGroupObjectPermission, TAKES_PART, through=through)


@rule(Case, Action.CREATE)
def create_case(user: User) -> RuleResult:
    return has_role(user, Role.AOV, Role.PROCESS_DIRECTOR)


def _in_territory(user: User, *, through: str = "pk") -> Q:
    """Cases whose municipality, or one of the other municipalities where the family lives or
    acts, lies in the werkgebied of the user's organisation."""
    served = territory(user).values("pk")
    others = Case.other_municipalities.through.objects.filter(
        case_id=OuterRef("pk"), municipality_id__in=served
    )
    cases = Case.objects.filter(Q(municipality_id__in=served) | Q(Exists(others)))
    if through == "pk":
        return Q(pk__in=cases.values("pk"))
    return Q(**{f"{through}__in": cases.values("pk")})


def _seen_by_vierhoek(user: User, *, through: str = "pk") -> Q:
    """Vierhoek members see the cases of their territory (mayor and alderman: their
    municipality; prosecutor and police chief: the municipalities of their district or unit)
    in which their organisation takes part, not every case their organisation joined."""
    if not has_role(user, *VIERHOEK):
        return Q(pk__in=[])
    return _taking_part(user, *VIERHOEK, through=through) & _in_territory(user, through=through)


def _seen_by_the_case(user: User, *, through: str = "pk") -> RuleResult:
    if not has_role(user, *CASE_WORKERS, *VIERHOEK):
        return False
    return _taking_part(user, *CASE_WORKERS, through=through) | _seen_by_vierhoek(
        user, through=through
    )


@rule(Case, Action.VIEW)
def view_case(user: User) -> RuleResult:
    return _seen_by_the_case(user)


def _sees_network(user: User, *, through: str = "pk") -> Q:
    """The family network of a case: its case workers of a partner taking part."""
    return _taking_part(user, *CASE_WORKERS, through=through)


rule(Case, Action.VIEW_NETWORK)(_sees_network)


def network_follows_view(user: User | AnonymousUser) -> bool | None:
    """Whether the user sees the network of every case they may view (True: only case-worker
    roles), of none (False: no case-worker role), or it depends on the case (None). Read from
    the rules above, so the read side need not ask the database for each list it redacts."""
    if isinstance(user, AnonymousUser) or not user.is_active:
        return False
    if not has_role(user, *CASE_WORKERS):
        return False
    if has_role(user, *VIERHOEK):
        return None
    return True


@rule(Case, Action.CHANGE)
def change_case(user: User) -> RuleResult:
    return _taking_part(user, Role.AOV, Role.PROCESS_DIRECTOR)


@rule(Case, Action.TRANSITION)
def transition_case(user: User) -> RuleResult:
    return _taking_part(user, Role.AOV, Role.PROCESS_DIRECTOR, Role.CHAIR)


@rule(Case, Action.MANAGE_PARTNERS)
def manage_case_partners(user: User) -> RuleResult:
    return _taking_part(user, Role.AOV, Role.PROCESS_DIRECTOR, Role.CHAIR)


@rule(Case, Action.CONTRIBUTE)
def contribute_to_case(user: User) -> RuleResult:
    return _taking_part(user, *CASE_WORKERS)


for _model in (CaseParticipation, StatusChange):
    rule(_model, Action.VIEW)(partial(_seen_by_the_case, through="case_id"))

for _network_model in (Person, Relation, LinkedOrganisation, LinkedAddress, NetworkChange):
    rule(_network_model, Action.VIEW)(partial(_sees_network, through="case_id"))


# Interventions on a case, their weighing and evaluation: visible to the partners of the case,
# vierhoek members included (they decide on them); changed through Case CONTRIBUTE.
for _intervention_model, _path in (
    (CaseIntervention, "case_id"),
    (InterventionStatusChange, "case_intervention__case_id"),
    (Assessment, "case_intervention__case_id"),
    (Evaluation, "case_intervention__case_id"),
    (ConditionCheck, "assessment__case_intervention__case_id"),
):
    rule(_intervention_model, Action.VIEW)(partial(_seen_by_the_case, through=_path))


@rule(CaseIntervention, Action.CHANGE)
def weigh_case_intervention(user: User) -> RuleResult:
    """The weighing is recorded by the proposing partner: its case workers, while it takes part."""
    if user.organisation_id is None:
        return False
    taking_part = _taking_part(user, *CASE_WORKERS, through="case_id")
    return taking_part & Q(proposed_by__organisation_id=user.organisation_id)


@rule(CaseNote, Action.VIEW)
def view_case_note(user: User) -> RuleResult:
    taking_part = _sees_network(user, through="case_id")
    return taking_part & (in_user_domain(user, CaseNote, "restricted_to") | Q(author_id=user.pk))


@rule(Signal, Action.VIEW)
def view_signal(user: User) -> RuleResult:
    taking_part = _sees_network(user, through="case_id")
    return taking_part & (in_user_domain(user, Signal, "restricted_to") | Q(added_by_id=user.pk))


# --- The read side: which models hold personal data, and where their case is ----------------

dossier(
    Case,
    labels=lambda ids: {
        case.pk: case.access_log_label or f"Casus {case.number}"
        for case in Case.objects.filter(pk__in=ids).select_related("municipality")
    },
)
_with_case: list[type[Model]] = [
    CaseParticipation,
    CaseNote,
    Person,
    Relation,
    LinkedOrganisation,
    LinkedAddress,
    Signal,
    CaseIntervention,
    NetworkChange,
]
for _readable in _with_case:
    readable(_readable, scope="case_id")
# Read with their intervention: the weighing and the evaluation are logged themselves.
readable(Assessment, scope=None)
readable(Evaluation, scope=None)
# Steps of a course and the checks of a weighing are shown only with the case or intervention
# they belong to, which is logged; they are scoped and redacted all the same.
readable(StatusChange, scope="case_id", logged=False)
readable(InterventionStatusChange, scope=None, logged=False)
readable(ConditionCheck, scope=None, logged=False)
