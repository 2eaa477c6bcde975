"""One way to declare a status machine: the case process and the course of an intervention use
the same history shape, service, form, serializer and error."""

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from casework.models import CaseStatus, InterventionStatus
from casework.services.interventions import case_intervention_propose
from casework.workflows import CASE_PROCESS, FORMAL_COURSE, INFORMAL_COURSE, intervention_course
from interventions.models import Intervention, Kind
from tests.conftest import api_client
from tests.world import World
from workflow.forms import TransitionForm
from workflow.locking import Conflict
from workflow.models import TransitionRecord
from workflow.services import transition

pytestmark = pytest.mark.django_db
WORKFLOWS = [CASE_PROCESS, FORMAL_COURSE, INFORMAL_COURSE]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda w: w.name)
def test_every_workflow_is_declared_the_same_way(workflow) -> None:
    assert issubclass(workflow.history, TransitionRecord)
    assert workflow.history.states is workflow.states
    for step in workflow.transitions:
        assert step.source in workflow.states.values
        assert step.target in workflow.states.values
        assert workflow.step(step.source, step.target) is step


def test_a_lost_race_is_a_conflict_even_when_the_step_is_gone(world: World) -> None:
    """Two tabs read version 1; the first moves the case on, the second asks for a step that
    is no longer allowed from the new status. The truth is a lost race (409), not a bad step."""
    api = api_client(world.users["procesregisseur"])
    url = f"/api/cases/{world.case.pk}/transitions/"
    first = api.post(url, {"to_status": "aanmelding", "reason": "Aangemeld", "version": 1})
    assert first.status_code == 201
    second = api.post(url, {"to_status": "aanmelding", "reason": "Ook aangemeld", "version": 1})
    assert second.status_code == 409
    assert "Iemand anders heeft deze casus intussen gewijzigd" in second.json()["detail"]


def test_a_step_that_does_not_exist_is_refused_with_its_states(world: World) -> None:
    with pytest.raises(ValidationError, match="Van Signaal kan een casus niet naar Afgesloten"):
        transition(
            workflow=CASE_PROCESS,
            obj=world.case,
            user=world.users["aov"],
            to_status=CaseStatus.CLOSED,
            reason="x",
            version=world.case.version,
        )


def test_who_may_not_move_the_object_is_refused_before_learning_its_steps(world: World) -> None:
    for to_status in (CaseStatus.REGISTRATION, CaseStatus.CLOSED):
        with pytest.raises(PermissionDenied):
            transition(
                workflow=CASE_PROCESS,
                obj=world.case,
                user=world.users["ketenpartner_politie"],
                to_status=to_status,
                reason="x",
                version=world.case.version,
            )


def test_a_step_with_an_input_needs_it_and_saves_it(world: World) -> None:
    arguments: dict[str, Any] = {
        "workflow": CASE_PROCESS,
        "obj": world.case,
        "user": world.users["aov"],
        "to_status": CaseStatus.NOT_FOR_ZVH,
        "reason": "Geen multiprobleem",
        "version": world.case.version,
    }
    with pytest.raises(ValidationError) as missing:
        transition(**arguments, inputs={"advice": "  "})
    assert "advice" in missing.value.message_dict
    transition(**arguments, inputs={"advice": "Doorverwezen naar het wijkteam"})
    world.case.refresh_from_db()
    assert world.case.status == CaseStatus.NOT_FOR_ZVH
    assert world.case.advice == "Doorverwezen naar het wijkteam"


def test_a_step_not_offered_is_taken_only_by_its_own_service(world: World) -> None:
    informal = Intervention.objects.filter(kind=Kind.INFORMAL).order_by("name")[0]
    item = case_intervention_propose(
        case=world.case,
        user=world.users["aov"],
        intervention=informal,
        purpose="Gesprek",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["moeder"]],
    )
    course = intervention_course(item)
    assert course is INFORMAL_COURSE
    arguments: dict[str, Any] = {
        "workflow": course,
        "obj": item,
        "user": world.users["aov"],
        "reason": "x",
    }
    transition(**arguments, to_status=InterventionStatus.WITHDRAWN, version=item.version)
    assert course.targets(InterventionStatus.WITHDRAWN) == []
    with pytest.raises(ValidationError, match="kan deze interventie niet naar"):
        transition(**arguments, to_status=InterventionStatus.EVALUATED, version=item.version)
    transition(
        **arguments, to_status=InterventionStatus.EVALUATED, version=item.version, internal=True
    )
    assert item.status == InterventionStatus.EVALUATED
    assert [step.to_label for step in item.status_changes.all()] == [
        "Voornemen",
        "Ingetrokken",
        "Geëvalueerd",
    ]


def test_the_guard_says_what_is_missing(world: World) -> None:
    item = case_intervention_propose(
        case=world.case,
        user=world.users["aov"],
        intervention=Intervention.objects.get(slug="sluiting-woning-drugs"),
        purpose="Sluiten",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["moeder"]],
    )
    with pytest.raises(ValidationError) as refused:
        transition(
            workflow=FORMAL_COURSE,
            obj=item,
            user=world.users["aov"],
            to_status=InterventionStatus.DECIDED,
            reason="Besloten",
            version=item.version,
        )
    assert refused.value.messages == [
        "Voor een besluit ontbreekt nog:",
        "Er is nog geen afweging vastgelegd.",
        "Vraag eerst een zienswijze (art. 4:8 Awb), of leg in de afweging vast waarom dat hier "
        "niet hoeft (art. 4:11 Awb).",
    ]


def test_the_form_offers_the_steps_from_here_and_only_their_inputs(world: World) -> None:
    form = TransitionForm(workflow=CASE_PROCESS, obj=world.case)
    choices = form.fields["to_status"].choices  # type: ignore[attr-defined]
    assert [value for value, _label in choices] == [
        CaseStatus.REGISTRATION,
        CaseStatus.NOT_FOR_ZVH,
    ]
    assert form.input_names == ["advice"]
    world.case.status = CaseStatus.CASE_MEETING
    assert TransitionForm(workflow=CASE_PROCESS, obj=world.case).input_names == []


def test_a_conflict_is_one_error_with_its_code() -> None:
    error = Conflict("Iemand anders")
    assert isinstance(error, ValidationError) and error.code == "conflict"
