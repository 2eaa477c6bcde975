import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from casework.models import CaseGroupObjectPermission, CaseParticipation
from casework.selectors import case_domain_join_dates
from casework.services import (
    case_create,
    case_note_create,
    partner_join_case,
    partner_leave_case,
)
from tests.conftest import reader
from tests.partners.factories import domain, served_municipality
from tests.world import World

pytestmark = pytest.mark.django_db


def grants(world: World, key: str) -> int:
    return CaseGroupObjectPermission.objects.filter(
        content_object=world.case, group=world.organisations[key].group
    ).count()


def test_joining_grants_and_leaving_revokes(world: World) -> None:
    aov = world.users["aov"]
    woningcorporatie = world.organisations["woningcorporatie"]
    assert grants(world, "woningcorporatie") == 0
    participation = partner_join_case(
        case=world.case, organisation=woningcorporatie, decided_by=aov, reason="Woonfraude"
    )
    assert grants(world, "woningcorporatie") == 1
    assert participation.domain == domain("wonen")
    assert participation.joined_decided_by == aov
    partner_leave_case(participation=participation, decided_by=aov, reason="Klaar")
    assert grants(world, "woningcorporatie") == 0
    participation.refresh_from_db()
    assert participation.left_on == timezone.localdate()
    assert participation.left_decided_by == aov


def test_a_partner_that_left_can_rejoin_and_history_is_kept(world: World) -> None:
    aov = world.users["aov"]
    reclassering = world.organisations["reclassering"]
    partner_join_case(case=world.case, organisation=reclassering, decided_by=aov)
    rows = CaseParticipation.objects.filter(case=world.case, organisation=reclassering)
    assert rows.count() == 2
    assert rows.filter(left_on__isnull=True).count() == 1
    assert grants(world, "reclassering") == 1


def test_a_partner_cannot_join_twice(world: World) -> None:
    with pytest.raises(ValidationError, match="neemt al deel"):
        partner_join_case(
            case=world.case,
            organisation=world.organisations["politie"],
            decided_by=world.users["aov"],
        )


def test_joining_in_the_future_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="toekomst"):
        partner_join_case(
            case=world.case,
            organisation=world.organisations["woningcorporatie"],
            decided_by=world.users["aov"],
            joined_on=timezone.localdate() + datetime.timedelta(days=1),
        )


def test_leaving_before_joining_is_refused(world: World) -> None:
    participation = world.case.participations.get(organisation=world.organisations["politie"])
    with pytest.raises(ValidationError, match="voor de datum van aansluiten"):
        partner_leave_case(
            participation=participation,
            decided_by=world.users["aov"],
            left_on=participation.joined_on - datetime.timedelta(days=1),
        )


def test_the_last_partner_cannot_leave(world: World) -> None:
    aov = world.users["aov"]
    case = case_create(user=aov, title="Alleen", municipality=world.municipality)
    with pytest.raises(ValidationError, match="laatste partner"):
        partner_leave_case(participation=case.participations.get(), decided_by=aov)


def test_a_professional_cannot_add_partners(world: World) -> None:
    with pytest.raises(PermissionDenied):
        partner_join_case(
            case=world.case,
            organisation=world.organisations["woningcorporatie"],
            decided_by=world.users["ketenpartner_politie"],
        )


def test_domain_join_dates_keep_the_first_moment(world: World) -> None:
    dates = case_domain_join_dates(reader(world.users["aov"]), world.case)
    today = timezone.localdate()
    # The ZVH (Veiligheid) was recorded as joining before the municipality registered the case.
    assert dates[domain("veiligheid").pk] == today - datetime.timedelta(days=10)
    assert dates[domain("zorg").pk] == today - datetime.timedelta(days=10)
    assert dates[domain("justitie").pk] == today - datetime.timedelta(days=10)
    assert domain("wonen").pk not in dates


def test_case_numbers_count_per_municipality_and_year(world: World) -> None:
    aov = world.users["aov"]
    year = timezone.localdate().year
    second = case_create(user=aov, title="Tweede", municipality=world.municipality)
    elders = served_municipality(world.organisations["gemeente"], cbs_code="GM0999")
    elsewhere = case_create(user=aov, title="Elders", municipality=elders)
    code = world.municipality.cbs_code
    assert world.case.number == f"{code}-{year}-0001"
    assert second.number == f"{code}-{year}-0002"
    assert elsewhere.number == f"GM0999-{year}-0001"


def test_creator_organisation_takes_part_from_the_start(world: World) -> None:
    participation = world.case.participations.get(organisation=world.organisations["gemeente"])
    # The day in Amsterdam: between 23:00 and midnight UTC it is already tomorrow there.
    assert participation.joined_on == timezone.localdate(world.case.created_at)
    assert grants(world, "gemeente") == 1


def test_an_empty_note_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="niet leeg"):
        case_note_create(case=world.case, author=world.users["aov"], text="   ")


def test_named_cases_of_the_issue(world: World) -> None:
    from partners.policy import Action, can

    users = world.users
    # A partner that left a case loses access.
    assert not can(users["ketenpartner_vertrokken"], Action.VIEW, world.case)
    # A police user cannot read a note limited to Zorg.
    assert not can(users["ketenpartner_politie"], Action.VIEW, world.zorg_note)
    assert can(users["ketenpartner_ggz"], Action.VIEW, world.zorg_note)
    # The functional manager cannot read case content.
    assert not can(users["functioneel_beheerder"], Action.VIEW, world.case)
    assert not can(users["functioneel_beheerder"], Action.VIEW, world.open_note)
    # A vierhoek member sees the case but no raw case notes.
    assert can(users["burgemeester"], Action.VIEW, world.case)
    assert not can(users["burgemeester"], Action.VIEW, world.open_note)
