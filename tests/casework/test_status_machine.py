import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from casework.models import CaseStatus, StatusChange
from casework.services import case_transition, case_update
from casework.workflows import CASE_PROCESS
from tests.world import World
from workflow.locking import Conflict

pytestmark = pytest.mark.django_db


def step(world: World, to_status: str, user: str = "procesregisseur", **extra: str) -> StatusChange:
    world.case.refresh_from_db()
    return case_transition(
        case=world.case,
        user=world.users[user],
        to_status=to_status,
        reason=extra.pop("reason", "Besproken"),
        version=world.case.version,
        **extra,
    )


def test_every_status_has_its_next_steps() -> None:
    table = CASE_PROCESS.table()
    assert set(table) == set(CaseStatus.values)
    assert all(table[state] for state in CaseStatus.values)


def test_the_whole_process_from_signal_to_aftercare(world: World) -> None:
    for status in [
        "aanmelding",
        "screening",
        "in_behandeling",
        "casusoverleg",
        "plan_van_aanpak",
        "uitvoering",
        "monitoring",
        "afgesloten",
        "nazorg",
        "heropend",
        "casusoverleg",
    ]:
        change = step(world, status)
        assert change.to_status == status
    history = list(world.case.status_changes.values_list("from_status", "to_status"))
    assert history[0] == ("", "signaal")
    assert history[1] == ("signaal", "aanmelding")
    assert len(history) == 12


def test_an_illegal_step_is_refused_and_nothing_changes(world: World) -> None:
    with pytest.raises(ValidationError, match="Van Signaal kan een casus niet naar Uitvoering"):
        step(world, "uitvoering")
    world.case.refresh_from_db()
    assert world.case.status == "signaal"
    assert world.case.status_changes.count() == 1


def test_a_step_needs_a_reason(world: World) -> None:
    with pytest.raises(ValidationError, match="reden"):
        step(world, "aanmelding", reason="  ")


def test_not_for_zvh_needs_the_advice_given(world: World) -> None:
    with pytest.raises(ValidationError, match="advies"):
        step(world, "niet_voor_zvh")
    step(world, "niet_voor_zvh", advice="Doorverwezen naar het sociaal team.")
    world.case.refresh_from_db()
    assert world.case.status == "niet_voor_zvh"
    assert world.case.advice == "Doorverwezen naar het sociaal team."


def test_professionals_and_vierhoek_members_cannot_move_the_case(world: World) -> None:
    for user in ("ketenpartner_politie", "burgemeester"):
        with pytest.raises(PermissionDenied):
            step(world, "aanmelding", user=user)


def test_a_step_on_an_outdated_version_is_refused(world: World) -> None:
    outdated = world.case.version
    step(world, "aanmelding")
    with pytest.raises(Conflict, match="Iemand anders heeft deze casus intussen gewijzigd"):
        case_transition(
            case=world.case,
            user=world.users["aov"],
            to_status="screening",
            reason="Tegelijk",
            version=outdated,
        )


def test_the_second_of_two_simultaneous_edits_is_refused(world: World) -> None:
    version = world.case.version
    first, second = world.case, type(world.case).objects.get(pk=world.case.pk)
    case_update(case=first, user=world.users["aov"], version=version, priority="hoog")
    with pytest.raises(Conflict):
        case_update(case=second, user=world.users["procesregisseur"], version=version, title="X")
    second.refresh_from_db()
    assert second.priority == "hoog"
    assert second.title == "Familie Teststraat"


def test_regisseurs_must_work_for_a_partner_taking_part(world: World) -> None:
    with pytest.raises(ValidationError, match="partner die aan de casus deelneemt"):
        case_update(
            case=world.case,
            user=world.users["aov"],
            version=world.case.version,
            case_director=world.users["ketenpartner_buiten"],
        )
    case_update(
        case=world.case,
        user=world.users["aov"],
        version=world.case.version,
        case_director=world.users["ketenpartner_zorg"],
    )
    world.case.refresh_from_db()
    assert world.case.case_director == world.users["ketenpartner_zorg"]
