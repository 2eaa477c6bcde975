"""Proposing an intervention for a case, weighing it (wikken en wegen), deciding and learning.

A formal instrument cannot reach "besluit genomen" without a complete assessment: legal basis
present, every condition of the catalogue's checklist met with its evidence, proportionality,
subsidiarity, desirability, the human measure, the safety of the professionals and a
motivation. Informal and care interventions have a shorter form.
"""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from casework.models import (
    INFORMAL_TRANSITIONS,
    INTERVENTION_TRANSITIONS,
    Assessment,
    Case,
    CaseIntervention,
    ConditionCheck,
    Evaluation,
    InterventionStatus,
    InterventionStatusChange,
    LinkedAddress,
    LinkedOrganisation,
    Person,
    SafetyRisk,
)
from casework.services.locking import bump_version
from interventions.models import Intervention, InterventionVersion, Kind
from partners.models import Organisation, User
from partners.policy import Action, require

S = InterventionStatus
# The assessment justifies the decision: after it, it is the record and no longer changes.
ASSESSMENT_OPEN = (S.INTENTION, S.VIEWS_REQUESTED)

INTERVENTION_CONFLICT = gettext_lazy(
    "Iemand anders heeft deze interventie intussen gewijzigd. Uw wijziging is niet opgeslagen: "
    "laad de pagina opnieuw en voer uw wijziging nogmaals in."
)


class InterventionConflict(ValidationError):
    """The case intervention was changed by someone else since the user loaded it."""


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
    if planned_on and ends_on and ends_on < planned_on:
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
        reason=_("Voorgesteld"),
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
) -> Assessment:
    """Records (or updates) the weighing of a proposed intervention. It may be saved
    incomplete, as work in progress; the decision needs it complete (`assessment_missing`).

    The proposing partner weighs (its colleagues may take over); `version` is the version of
    the intervention the user saw, so two people cannot overwrite each other's weighing, and
    a decision is always taken on the weighing its taker saw."""
    require(user, Action.CHANGE, case_intervention)
    locked = CaseIntervention.objects.select_for_update().get(pk=case_intervention.pk)
    if locked.version != version or case_intervention.version != version:
        raise InterventionConflict(INTERVENTION_CONFLICT, code="conflict")
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


def assessment_missing(case_intervention: CaseIntervention) -> list[str]:
    """What the assessment still lacks before a decision, in Dutch; empty when complete.

    Formal instruments need the full weighing; informal and care interventions the shorter form
    (desirability, the human measure, safety and a motivation)."""
    # The weighing the caller loaded (the page and the API load it through the read side).
    assessment: Assessment | None = getattr(case_intervention, "assessment", None)
    if assessment is None:
        return [_("Er is nog geen afweging vastgelegd.")]
    formal = weighed_against(case_intervention).formal
    missing = []
    if formal:
        if not assessment.legal_basis_present:
            missing.append(_("De wettelijke grondslag is niet bevestigd."))
        for check in assessment.checks.all():
            if not check.met:
                missing.append(_("Voorwaarde niet voldaan: %(c)s") % {"c": check.condition})
            elif not check.evidence:
                missing.append(_("Geen onderbouwing bij: %(c)s") % {"c": check.condition})
        for field, label in (
            ("proportionality", _("proportionaliteit")),
            ("subsidiarity", _("subsidiariteit")),
        ):
            if not getattr(assessment, field):
                missing.append(_("Vul de %(label)s in.") % {"label": label})
    for field, label in (
        ("desirability", _("wenselijkheid")),
        ("human_measure", _("menselijke maat")),
        ("motivation", _("motivering")),
    ):
        if not getattr(assessment, field):
            missing.append(_("Vul de %(label)s in.") % {"label": label})
    if not assessment.safety_risk:
        missing.append(_("Schat het veiligheidsrisico voor de uitvoerders in."))
    elif assessment.safety_risk != SafetyRisk.LOW and not assessment.safety_measures:
        missing.append(_("Leg de veiligheidsmaatregelen vast (het risico is niet laag)."))
    return missing


@dataclass(frozen=True)
class WeighedText:
    """What of the catalogue a proposal is weighed against."""

    formal: bool
    conditions: list[str]


def weighed_against(case_intervention: CaseIntervention) -> WeighedText:
    """The catalogue text of the version the intervention was proposed under, also when the
    functional manager has changed the entry since: a weighing under way keeps its checklist."""
    intervention = case_intervention.intervention
    if case_intervention.catalogue_version != intervention.version:
        kept = InterventionVersion.objects.filter(
            intervention=intervention, version=case_intervention.catalogue_version
        ).first()
        if kept is not None:
            return WeighedText(
                formal=kept.content["kind"] == Kind.FORMAL,
                conditions=list(kept.content["conditions"]),
            )
    return WeighedText(
        formal=intervention.kind == Kind.FORMAL,
        conditions=[condition.text for condition in intervention.conditions.all()],
    )


def _transitions(case_intervention: CaseIntervention) -> dict[str, tuple[str, ...]]:
    formal = weighed_against(case_intervention).formal
    return INTERVENTION_TRANSITIONS if formal else INFORMAL_TRANSITIONS


def intervention_next_statuses(case_intervention: CaseIntervention) -> list[str]:
    """The statuses the intervention may go to now (evaluation has its own form)."""
    allowed = _transitions(case_intervention).get(case_intervention.status, ())
    return [status for status in allowed if status != S.EVALUATED]


def _bump(case_intervention: CaseIntervention, version: int, **changes: object) -> None:
    conflict = InterventionConflict(INTERVENTION_CONFLICT, code="conflict")
    bump_version(case_intervention, version, conflict=conflict, **changes)


@transaction.atomic
def case_intervention_transition(
    *,
    case_intervention: CaseIntervention,
    user: User,
    to_status: str,
    reason: str,
    version: int,
) -> InterventionStatusChange:
    """Moves the intervention on; "besluit genomen" only with a complete assessment."""
    require(user, Action.CONTRIBUTE, case_intervention.case)
    if to_status not in intervention_next_statuses(case_intervention):
        raise ValidationError(
            {
                "to_status": _("Van %(from)s kan deze interventie niet naar %(to)s.")
                % {
                    "from": S(case_intervention.status).label,
                    "to": S(to_status).label if to_status in S.values else to_status,
                }
            }
        )
    if not reason.strip():
        raise ValidationError({"reason": _("Geef de reden van deze stap.")})
    # The decision of a formal instrument, and carrying out an informal one, need the weighing.
    needs_weighing = to_status == S.DECIDED or (
        to_status == S.CARRIED_OUT and case_intervention.status == S.INTENTION
    )
    if needs_weighing:
        missing = assessment_missing(case_intervention)
        if missing:
            raise ValidationError(
                [_("Zonder volledige afweging kan deze stap niet worden vastgelegd.")] + missing
            )
    from_status = case_intervention.status
    _bump(case_intervention, version, status=to_status)
    return InterventionStatusChange.objects.create(
        case_intervention=case_intervention,
        from_status=from_status,
        to_status=to_status,
        changed_by=user,
        reason=reason.strip(),
    )


@transaction.atomic
def evaluation_record(
    *,
    case_intervention: CaseIntervention,
    user: User,
    rating: int,
    what_worked: str,
    what_did_not: str,
    version: int,
) -> Evaluation:
    """Records what the intervention did, and closes it ("geëvalueerd")."""
    require(user, Action.CONTRIBUTE, case_intervention.case)
    if S.EVALUATED not in _transitions(case_intervention).get(case_intervention.status, ()):
        raise ValidationError(
            _("Een interventie wordt geëvalueerd nadat zij is uitgevoerd of ingetrokken.")
        )
    if not 1 <= rating <= 5:
        raise ValidationError({"rating": _("Geef een waardering van 1 tot 5.")})
    if not (what_worked.strip() or what_did_not.strip()):
        raise ValidationError({"what_worked": _("Schrijf op wat werkte of wat niet werkte.")})
    from_status = case_intervention.status
    _bump(case_intervention, version, status=S.EVALUATED)
    InterventionStatusChange.objects.create(
        case_intervention=case_intervention,
        from_status=from_status,
        to_status=S.EVALUATED,
        changed_by=user,
        reason=_("Geëvalueerd"),
    )
    return Evaluation.objects.create(
        case_intervention=case_intervention,
        rating=rating,
        what_worked=what_worked.strip(),
        what_did_not=what_did_not.strip(),
        evaluated_by=user,
    )
