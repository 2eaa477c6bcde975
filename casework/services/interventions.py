"""Proposing an intervention for a case, weighing it (wikken en wegen), deciding and learning.

A formal instrument cannot reach "besluit genomen" without a complete assessment: legal basis
present, every condition of the catalogue's checklist met with its evidence, proportionality,
subsidiarity, desirability, the human measure, the safety of the professionals and a
motivation. Informal and care interventions have a shorter form.
"""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from casework.models import (
    Assessment,
    Case,
    CaseIntervention,
    ConditionCheck,
    Evaluation,
    InterventionStatus,
    InterventionStatusChange,
    LinkedAddress,
    LinkedOrganisation,
    Outcome,
    Person,
    SafetyRisk,
)
from casework.models.interventions import EVALUATED, PROPOSED
from casework.validators import validate_period_date
from casework.weighing import weighed_against
from casework.workflows import INTERVENTION_CONFLICT, intervention_course
from interventions.models import Intervention
from partners.models import Organisation, User
from partners.policy import Action, require
from workflow.locking import Conflict, bump_version
from workflow.services import transition

S = InterventionStatus
# The assessment justifies the decision: after it, it is the record and no longer changes.
ASSESSMENT_OPEN = (S.INTENTION, S.VIEWS_REQUESTED)


def _in_case(items: Iterable[Person | LinkedAddress | LinkedOrganisation], case: Case) -> None:
    if any(item.case_id != case.pk for item in items):
        raise ValidationError(
            _("Een interventie kan alleen gericht zijn op het netwerk van deze casus.")
        )


@transaction.atomic
def case_intervention_propose(
    *,
    case: Case,
    user: User,
    intervention: Intervention,
    purpose: str,
    responsible: Organisation,
    target_persons: Sequence[Person] = (),
    target_addresses: Sequence[LinkedAddress] = (),
    target_organisations: Sequence[LinkedOrganisation] = (),
    planned_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
) -> CaseIntervention:
    """Proposes an intervention from the catalogue for the case ("voornemen")."""
    require(user, Action.CONTRIBUTE, case)
    errors: dict[str, str] = {}
    if not purpose.strip():
        errors["purpose"] = _("Beschrijf wat de interventie moet bereiken.")
    if not (target_persons or target_addresses or target_organisations):
        errors["target_persons"] = _(
            "Kies op wie of wat de interventie is gericht: personen, een adres of een bedrijf."
        )
    if not case.participations.current().filter(organisation=responsible).exists():
        errors["responsible"] = _("De verantwoordelijke partner moet aan de casus deelnemen.")
    for name, value in (("planned_on", planned_on), ("ends_on", ends_on)):
        try:
            validate_period_date(value)
        except ValidationError as error:
            errors[name] = " ".join(error.messages)
    if planned_on and ends_on and ends_on < planned_on and "ends_on" not in errors:
        errors["ends_on"] = _("De einddatum ligt vóór de beoogde datum.")
    if errors:
        raise ValidationError(errors)
    _in_case([*target_persons, *target_addresses, *target_organisations], case)
    proposal = CaseIntervention.objects.create(
        case=case,
        intervention=intervention,
        catalogue_version=intervention.version,
        responsible=responsible,
        purpose=purpose.strip(),
        planned_on=planned_on,
        ends_on=ends_on,
        proposed_by=user,
    )
    proposal.target_persons.set(target_persons)
    proposal.target_addresses.set(target_addresses)
    proposal.target_organisations.set(target_organisations)
    InterventionStatusChange.objects.create(
        case_intervention=proposal,
        from_status="",
        to_status=S.INTENTION,
        changed_by=user,
        reason=PROPOSED,
    )
    return proposal


@dataclass(frozen=True)
class CheckInput:
    met: bool
    evidence: str


@transaction.atomic
def assessment_save(
    *,
    case_intervention: CaseIntervention,
    user: User,
    version: int,
    checks: Sequence[CheckInput],
    legal_basis_present: bool = False,
    proportionality: str = "",
    subsidiarity: str = "",
    lighter_considered: Iterable[Intervention] = (),
    desirability: str = "",
    human_measure: str = "",
    safety_risk: str = "",
    safety_measures: str = "",
    motivation: str = "",
    views_skip_reason: str | None = None,
) -> Assessment:
    """Records (or updates) the weighing of a proposed intervention. It may be saved
    incomplete, as work in progress; the decision needs it complete (`assessment_missing`).

    The proposing partner weighs (its colleagues may take over); `version` is the version of
    the intervention the user saw, so two people cannot overwrite each other's weighing, and
    a decision is always taken on the weighing its taker saw."""
    require(user, Action.CHANGE, case_intervention)
    locked = CaseIntervention.objects.select_for_update().get(pk=case_intervention.pk)
    if locked.version != version or case_intervention.version != version:
        raise Conflict(INTERVENTION_CONFLICT)
    if locked.status not in ASSESSMENT_OPEN:
        raise ValidationError(
            _("Na het besluit verandert de afweging niet meer: zij is de onderbouwing ervan.")
        )
    conditions = weighed_against(case_intervention).conditions
    if len(checks) != len(conditions):
        raise ValidationError(_("Beoordeel elke voorwaarde van de interventie."))
    lighter = list(lighter_considered)
    offered = set(case_intervention.intervention.lighter_alternatives.values_list("pk", flat=True))
    if any(item.pk not in offered for item in lighter):
        raise ValidationError(
            {"lighter_considered": _("Kies lichtere middelen uit de lichtere alternatieven.")}
        )
    if safety_risk and safety_risk not in SafetyRisk.values:
        raise ValidationError({"safety_risk": _("Kies laag, middel of hoog.")})
    assessment, _created = Assessment.objects.update_or_create(
        case_intervention=case_intervention,
        defaults={
            "legal_basis_present": legal_basis_present,
            "proportionality": proportionality.strip(),
            "subsidiarity": subsidiarity.strip(),
            "desirability": desirability.strip(),
            "human_measure": human_measure.strip(),
            "safety_risk": safety_risk,
            "safety_measures": safety_measures.strip(),
            "motivation": motivation.strip(),
            "assessed_by": user,
        },
    )
    if views_skip_reason is not None:
        # None: the form did not ask (no zienswijze required), a reason recorded stays.
        assessment.views_skip_reason = views_skip_reason.strip()
        assessment.save(update_fields=["views_skip_reason"])
    assessment.lighter_considered.set(lighter)
    _bump(case_intervention, version)
    assessment.checks.all().delete()
    ConditionCheck.objects.bulk_create(
        ConditionCheck(
            assessment=assessment,
            position=position,
            condition=condition,
            met=check.met,
            evidence=check.evidence.strip(),
        )
        for position, (condition, check) in enumerate(zip(conditions, checks, strict=True), 1)
    )
    # What the caller asks next (what is still missing) is answered from the new weighing.
    case_intervention.assessment = assessment
    return assessment


def _bump(case_intervention: CaseIntervention, version: int, **changes: object) -> None:
    bump_version(case_intervention, version, conflict=Conflict(INTERVENTION_CONFLICT), **changes)


def intervention_next_statuses(case_intervention: CaseIntervention) -> list[str]:
    """The statuses the intervention may go to now (evaluation has its own form)."""
    return intervention_course(case_intervention).targets(case_intervention.status)


@transaction.atomic
def case_intervention_transition(
    *,
    case_intervention: CaseIntervention,
    user: User,
    to_status: str,
    reason: str,
    version: int,
) -> InterventionStatusChange:
    """Moves the intervention on through its course (`casework.workflows`): a formal one
    reaches "besluit genomen", an informal one is carried out, only with a complete weighing."""
    change = transition(
        workflow=intervention_course(case_intervention),
        obj=case_intervention,
        user=user,
        to_status=to_status,
        reason=reason,
        version=version,
    )
    return cast(InterventionStatusChange, change)


@transaction.atomic
def evaluation_record(
    *,
    case_intervention: CaseIntervention,
    user: User,
    rating: int,
    what_worked: str,
    what_did_not: str,
    version: int,
    outcome: str = Outcome.UNKNOWN,
) -> Evaluation:
    """Records what the intervention did, and closes it ("geëvalueerd") through its course."""
    require(user, Action.CONTRIBUTE, case_intervention.case)
    # A lost race first (409), before what the state allows: the truth is that someone else
    # moved the intervention on, not that the step is wrong.
    if case_intervention.version != version:
        raise Conflict(INTERVENTION_CONFLICT)
    course = intervention_course(case_intervention)
    if S.EVALUATED not in course.targets(case_intervention.status, offered_only=False):
        raise ValidationError(
            _("Een interventie wordt geëvalueerd nadat zij is uitgevoerd of ingetrokken.")
        )
    if not 1 <= rating <= 5:
        raise ValidationError({"rating": _("Geef een waardering van 1 tot 5.")})
    if outcome not in Outcome.values:
        raise ValidationError({"outcome": _("Kies of het doel is bereikt.")})
    if not (what_worked.strip() or what_did_not.strip()):
        raise ValidationError({"what_worked": _("Schrijf op wat werkte of wat niet werkte.")})
    transition(
        workflow=course,
        obj=case_intervention,
        user=user,
        to_status=S.EVALUATED,
        reason=EVALUATED,
        version=version,
        internal=True,
    )
    return Evaluation.objects.create(
        case_intervention=case_intervention,
        rating=rating,
        outcome=outcome,
        what_worked=what_worked.strip(),
        what_did_not=what_did_not.strip(),
        evaluated_by=user,
    )
