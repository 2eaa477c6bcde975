"""The status machines of casework, declared with `workflow`: the case through the Zorg- en
Veiligheidshuis process, and the course of an intervention on a case.

| workflow | who takes a step (policy action) | guards and inputs |
|---|---|---|
| case process | case: transition | "niet voor ZVH" needs the advice given |
| formal intervention | case: contribute | "besluit genomen" needs a complete weighing (*) |
| informal, care, method | case: contribute | carrying out needs the shorter weighing |

(*) Straight from the intention also the zienswijze its entry requires, or the weighing's
reason to skip it (art. 4:11 Awb).
"""

from django.utils.translation import gettext_lazy as _

from casework.models import (
    CaseIntervention,
    CaseStatus,
    InterventionStatus,
    InterventionStatusChange,
    StatusChange,
)
from casework.weighing import assessment_missing, views_missing, weighed_against
from partners.policy import Action
from workflow.machine import Input, Transition, Workflow

C = CaseStatus
ADVICE = Input(
    "advice",
    _("Gegeven advies (bij 'niet voor ZVH')"),
    _("Leg vast welk advies is gegeven als de casus niet voor het ZVH is."),
)


def _case_steps(table: dict[str, tuple[str, ...]]) -> tuple[Transition, ...]:
    return tuple(
        Transition(
            source,
            target,
            Action.TRANSITION,
            inputs=(ADVICE,) if target == C.NOT_FOR_ZVH else (),
        )
        for source, targets in table.items()
        for target in targets
    )


# The ZVH process model. Screening can end in "niet voor ZVH" (with advice); a case meeting can
# be held again from execution or monitoring; a closed case is reopened.
CASE_PROCESS = Workflow(
    name="Case",
    states=CaseStatus,
    transitions=_case_steps(
        {
            C.SIGNAL: (C.REGISTRATION, C.NOT_FOR_ZVH),
            C.REGISTRATION: (C.SCREENING, C.NOT_FOR_ZVH),
            C.SCREENING: (C.IN_PROGRESS, C.NOT_FOR_ZVH),
            C.IN_PROGRESS: (C.CASE_MEETING,),
            C.CASE_MEETING: (C.ACTION_PLAN,),
            C.ACTION_PLAN: (C.EXECUTION, C.CASE_MEETING),
            C.EXECUTION: (C.MONITORING, C.CASE_MEETING),
            C.MONITORING: (C.CLOSED, C.EXECUTION, C.CASE_MEETING),
            C.CLOSED: (C.AFTERCARE, C.REOPENED),
            C.AFTERCARE: (C.CLOSED, C.REOPENED),
            C.REOPENED: (C.SCREENING, C.IN_PROGRESS, C.CASE_MEETING),
            C.NOT_FOR_ZVH: (C.REOPENED,),
        }
    ),
    history=StatusChange,
    history_field="case",
    conflict_message=_(
        "Iemand anders heeft deze casus intussen gewijzigd. Uw wijziging is niet opgeslagen: "
        "laad de pagina opnieuw, bekijk de nieuwe gegevens en voer uw wijziging nogmaals in."
    ),
    step_refused=_("Van %(from)s kan een casus niet naar %(to)s."),
)


S = InterventionStatus
WEIGHING_INCOMPLETE = _("Zonder volledige afweging kan deze stap niet worden vastgelegd.")
DECISION_INCOMPLETE = _("Voor een besluit ontbreekt nog:")
INTERVENTION_CONFLICT = _(
    "Iemand anders heeft deze interventie intussen gewijzigd. Uw wijziging is niet opgeslagen: "
    "laad de pagina opnieuw en voer uw wijziging nogmaals in."
)


def _step(source: str, target: str, *, weighed: bool = False, heard: bool = False) -> Transition:
    """A step of an intervention's course; `weighed` needs the weighing complete, `heard` also
    the zienswijze its entry requires (or the recorded reason to skip it)."""
    guards = (assessment_missing,) if weighed else ()
    return Transition(
        source,
        target,
        Action.CONTRIBUTE,
        guards=(*guards, views_missing) if heard else guards,
        guard_message=DECISION_INCOMPLETE if heard else WEIGHING_INCOMPLETE if weighed else "",
        offered=target != S.EVALUATED,
    )


def _course(name: str, steps: tuple[Transition, ...]) -> Workflow:
    return Workflow(
        name=name,
        states=InterventionStatus,
        transitions=steps,
        history=InterventionStatusChange,
        history_field="case_intervention",
        conflict_message=INTERVENTION_CONFLICT,
        step_refused=_("Van %(from)s kan deze interventie niet naar %(to)s."),
        subject=lambda item: item.case,
    )


# A formal instrument is an administrative decision (Awb): views asked before it and an
# objection after it, also once it has been carried out (a closure is often enforced within the
# objection period). Evaluating closes it (the evaluation's own form takes that step).
FORMAL_COURSE = _course(
    "FormalIntervention",
    (
        _step(S.INTENTION, S.VIEWS_REQUESTED),
        # Straight to a decision only when no zienswijze is required, or the weighing says why
        # it may be skipped; otherwise through "zienswijze gevraagd".
        _step(S.INTENTION, S.DECIDED, weighed=True, heard=True),
        _step(S.INTENTION, S.WITHDRAWN),
        _step(S.VIEWS_REQUESTED, S.DECIDED, weighed=True),
        _step(S.VIEWS_REQUESTED, S.WITHDRAWN),
        _step(S.DECIDED, S.OBJECTION),
        _step(S.DECIDED, S.CARRIED_OUT),
        _step(S.DECIDED, S.WITHDRAWN),
        _step(S.OBJECTION, S.DECIDED, weighed=True),
        _step(S.OBJECTION, S.CARRIED_OUT),
        _step(S.OBJECTION, S.WITHDRAWN),
        _step(S.CARRIED_OUT, S.OBJECTION),
        _step(S.CARRIED_OUT, S.EVALUATED),
        _step(S.WITHDRAWN, S.EVALUATED),
    ),
)
# Informal, care and method interventions have no decision procedure: they are carried out
# (after the shorter weighing) or withdrawn, then evaluated.
INFORMAL_COURSE = _course(
    "InformalIntervention",
    (
        _step(S.INTENTION, S.CARRIED_OUT, weighed=True),
        _step(S.INTENTION, S.WITHDRAWN),
        _step(S.CARRIED_OUT, S.EVALUATED),
        _step(S.WITHDRAWN, S.EVALUATED),
    ),
)


def intervention_course(item: CaseIntervention) -> Workflow:
    """The course of this intervention: formal or not, as the catalogue text it was weighed
    against says (a later change of the catalogue does not switch a course under way)."""
    return FORMAL_COURSE if weighed_against(item).formal else INFORMAL_COURSE
