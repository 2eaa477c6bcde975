"""Defects found in review, each kept from coming back."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from casework.models import Case, Relation
from casework.services import (
    case_create,
    case_transition,
    case_update,
    partner_join_case,
    partner_leave_case,
    relation_add,
    signal_add,
)
from partners.models import AccessLog
from tests.conftest import api_client, verified_client
from tests.partners.factories import domain
from tests.world import World
from workflow.locking import Conflict

pytestmark = pytest.mark.django_db


def test_a_partner_that_left_is_offered_again_while_active_elsewhere(world: World) -> None:
    aov = world.users["aov"]
    other = case_create(user=aov, title="Ander", municipality=world.municipality)
    partner_join_case(case=other, organisation=world.organisations["reclassering"], decided_by=aov)
    html = verified_client(aov).get(f"/casussen/{world.case.pk}/partners/").content.decode()
    options = html.split('name="organisation"')[1].split("</select>")[0]
    assert "Reclassering Testunit" in options


def test_a_transition_checked_on_a_stale_case_is_refused(world: World) -> None:
    stale = Case.objects.get(pk=world.case.pk)
    fresh = Case.objects.get(pk=world.case.pk)
    case_transition(
        case=fresh, user=world.users["aov"], to_status="aanmelding", reason="x", version=1
    )
    with pytest.raises(Conflict):
        # The client claims the new version, but the service checked the old status.
        case_transition(
            case=stale,
            user=world.users["aov"],
            to_status="niet_voor_zvh",
            reason="x",
            advice="y",
            version=fresh.version,
        )


def test_case_numbers_go_past_9999(world: World) -> None:
    prefix = f"{world.municipality.cbs_code}-{timezone.localdate().year}-"
    Case.objects.filter(pk=world.case.pk).update(number=f"{prefix}9999")
    case = case_create(
        user=world.users["aov"], title="Tienduizend", municipality=world.municipality
    )
    assert case.number == f"{prefix}10000"
    after = case_create(user=world.users["aov"], title="Daarna", municipality=world.municipality)
    assert after.number == f"{prefix}10001"


def test_leaving_in_the_future_and_rejoining_before_leaving_are_refused(world: World) -> None:
    aov = world.users["aov"]
    participation = world.case.participations.get(organisation=world.organisations["politie"])
    with pytest.raises(ValidationError, match="toekomst"):
        partner_leave_case(
            participation=participation,
            decided_by=aov,
            left_on=timezone.localdate() + datetime.timedelta(days=1),
        )
    with pytest.raises(ValidationError, match="aansluiten kan pas vanaf"):
        partner_join_case(
            case=world.case,
            organisation=world.organisations["reclassering"],
            decided_by=aov,
            joined_on=timezone.localdate() - datetime.timedelta(days=30),
        )


def test_regisseurs_of_a_partner_that_leaves_are_cleared(world: World) -> None:
    aov = world.users["aov"]
    case_update(
        case=world.case,
        user=aov,
        version=world.case.version,
        case_director=world.users["ketenpartner_politie"],
    )
    partner_leave_case(
        participation=world.case.participations.get(organisation=world.organisations["politie"]),
        decided_by=aov,
    )
    world.case.refresh_from_db()
    assert world.case.case_director is None


def test_the_source_must_be_a_partner_of_the_case(world: World) -> None:
    outsider = world.organisations["woningcorporatie"]
    with pytest.raises(ValidationError, match="partner van deze casus"):
        relation_add(
            case=world.case,
            user=world.users["aov"],
            from_person=world.persons["opa"],
            kind="zakelijk",
            to_person=world.persons["moeder"],
            source=outsider,
        )
    with pytest.raises(ValidationError, match="partner van deze casus"):
        signal_add(
            case=world.case,
            user=world.users["aov"],
            received_on=timezone.localdate(),
            source=outsider,
            domain=domain("wonen"),
            classification="overlast",
            description="x",
        )


def test_a_symmetric_relation_is_stored_once_and_a_reversed_parent_refused(world: World) -> None:
    aov, source = world.users["aov"], world.organisations["gemeente"]
    opa, moeder = world.persons["opa"], world.persons["moeder"]
    relation_add(
        case=world.case, user=aov, from_person=opa, kind="zakelijk", to_person=moeder, source=source
    )
    with pytest.raises(ValidationError, match="staat er al"):
        relation_add(
            case=world.case,
            user=aov,
            from_person=moeder,
            kind="zakelijk",
            to_person=opa,
            source=source,
        )
    with pytest.raises(ValidationError, match="omgekeerde richting"):
        relation_add(
            case=world.case,
            user=aov,
            from_person=moeder,
            kind="ouder",
            to_person=opa,
            source=source,
        )
    assert Relation.objects.filter(case=world.case).count() == 3


def test_non_ascii_digits_in_filters_are_ignored(world: World) -> None:
    assert (
        verified_client(world.users["aov"]).get("/casussen/", {"gemeente": "²"}).status_code == 200
    )
    assert (
        api_client(world.users["aov"]).get("/api/organisations/", {"domain": "²"}).status_code
        == 200
    )


def test_a_person_of_another_case_in_the_relation_api_gets_a_dutch_400(world: World) -> None:
    response = api_client(world.users["aov"]).post(
        f"/api/cases/{world.case.pk}/relations/",
        {
            "from_person": world.persons["opa"].pk,
            "kind": "ouder",
            "to_person": 999999,
            "source": world.organisations["gemeente"].pk,
        },
        format="json",
    )
    assert response.status_code == 400
    assert "Deze persoon staat niet in deze casus." in response.content.decode()


def test_network_and_timeline_log_everything_they_show(world: World) -> None:
    client = verified_client(world.users["ketenpartner_zorg"])
    client.get(f"/casussen/{world.case.pk}/netwerk/")
    client.get(f"/casussen/{world.case.pk}/tijdlijn/")
    shown = set(
        AccessLog.objects.filter(username="ketenpartner_zorg").values_list(
            "object_type__model", flat=True
        )
    )
    assert {"case", "person", "relation", "signal", "casenote"} <= shown


def test_known_elsewhere_is_logged_in_the_other_case(world: World) -> None:
    from casework.services import person_add
    from tests.partners.factories import served_municipality

    other = case_create(
        user=world.users["procesregisseur"],
        title="Ander",
        municipality=served_municipality(world.organisations["zvh"]),
    )
    twin = person_add(
        case=other,
        user=world.users["procesregisseur"],
        first_name="Q",
        last_name="R",
        bsn="111222333",
    )
    client = verified_client(world.users["ketenpartner_politie"])
    client.get(f"/casussen/{world.case.pk}/personen/{world.persons['moeder'].pk}/")
    row = AccessLog.objects.get(username="ketenpartner_politie", object_id=twin.pk)
    assert row.scope_id == other.pk
    assert row.read_path == "zoeken"


def test_a_director_needs_the_role_the_task_asks(world: World) -> None:
    from casework.services.cases import case_update

    regisseur = world.users["procesregisseur"]
    officer = world.users["privacy_officer"]
    # Both work for partners taking part; only one is a procesregisseur.
    officer.organisation = regisseur.organisation
    officer.save()
    with pytest.raises(ValidationError) as error:
        case_update(
            case=world.case, user=regisseur, version=world.case.version, process_director=officer
        )
    assert "process_director" in error.value.message_dict
    case_update(
        case=world.case, user=regisseur, version=world.case.version, process_director=regisseur
    )
    assert world.case.process_director == regisseur
    mayor = world.users["burgemeester"]
    with pytest.raises(ValidationError):
        case_update(
            case=world.case, user=regisseur, version=world.case.version, case_director=mayor
        )
    # The page offers only who may take each task.
    page = (
        verified_client(regisseur)
        .get(f"/casussen/{world.case.pk}/samenvatting/", {"bewerken": "1"}, HTTP_HX_REQUEST="true")
        .content.decode()
    )
    form = page.split('name="process_director"')[1].split("</select>")[0]
    assert str(regisseur.last_name) in form and str(officer.last_name) not in form
