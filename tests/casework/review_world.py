"""The gezagsvierhoek of the shared world's municipality, and the world's plan put before it.

| user | how they stand to the review |
|---|---|
| burgemeester, wethouder, officier, politiechef | the four members of the Teststad vierhoek |
| wethouder_loco | the wethouder's deputy |
| burgemeester_elders | member of another municipality's vierhoek |
| procesregisseur | put the plan before the vierhoek, on a vierhoekoverleg she organises |
| voorzitter | chairs that vierhoekoverleg |
"""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from casework.meetings.models import Meeting, MeetingKind
from casework.plans.models import PlanVersion
from casework.review.models import Submission, Variant
from casework.review.services import Commitment, DecisionInput, submission_create
from partners.models import Role, Seat, User, Vierhoek
from tests.casework.meeting_world import plan_meeting
from tests.casework.plan_world import submitted
from tests.partners.factories import MunicipalityFactory, OrganisationFactory, UserFactory, domain
from tests.world import World

SEAT_HOLDERS = {
    Role.MAYOR: "burgemeester",
    Role.ALDERMAN: "wethouder",
    Role.PUBLIC_PROSECUTOR: "officier",
    Role.POLICE_CHIEF: "politiechef",
}


@dataclass
class ReviewWorld:
    world: World
    vierhoek: Vierhoek
    meeting: Meeting
    version: PlanVersion
    submission: Submission
    deputy: User
    elsewhere: User

    def user(self, key: str) -> User:
        if key == "wethouder_loco":
            return self.deputy
        if key == "burgemeester_elders":
            return self.elsewhere
        return self.world.users[key]


def vierhoek_of(world: World) -> tuple[Vierhoek, User, User]:
    """The Teststad vierhoek with its four members and the wethouder's deputy; another
    municipality's vierhoek with its mayor."""
    vierhoek = Vierhoek.objects.create(name="Gezagsvierhoek Teststad")
    world.municipality.vierhoek = vierhoek
    world.municipality.save(update_fields=["vierhoek"])
    deputy = UserFactory.create(
        username="wethouder_loco",
        first_name="Loes",
        organisation=world.organisations["gemeente"],
        role=Role.ALDERMAN,
    )
    for role, key in SEAT_HOLDERS.items():
        Seat.objects.create(
            vierhoek=vierhoek,
            role=role,
            member=world.users[key],
            deputy=deputy if role == Role.ALDERMAN else None,
        )
    elders = Vierhoek.objects.create(name="Gezagsvierhoek Elders")
    MunicipalityFactory.create(name="Elders", vierhoek=elders)
    other = OrganisationFactory.create(name="Gemeente Elders", domain=domain("veiligheid"))
    elsewhere = UserFactory.create(
        username="burgemeester_elders", organisation=other, role=Role.MAYOR
    )
    Seat.objects.create(vierhoek=elders, role=Role.MAYOR, member=elsewhere)
    return vierhoek, deputy, elsewhere


def vierhoek_meeting(world: World) -> Meeting:
    return plan_meeting(world, kind=MeetingKind.VIERHOEK, days=5)


def put_before(
    world: World, version: PlanVersion, meeting: Meeting, variant: str = Variant.PSEUDONYMISED
) -> Submission:
    return submission_create(
        user=world.users["procesregisseur"],
        version=version,
        meeting=meeting,
        variant=variant,
        reason="De burgemeester besluit over de sluiting van de woning."
        if variant == "volledig"
        else "",
        deadline=timezone.localdate() + datetime.timedelta(days=5),
    )


def agreed(what: str = "Handhaving door de gemeente") -> DecisionInput:
    return DecisionInput(
        verdict="akkoord",
        commitment=Commitment(
            what=what,
            with_whom="Politie en Veilig Thuis",
            by=timezone.localdate() + datetime.timedelta(days=30),
        ),
    )


def build(world: World, variant: str = Variant.PSEUDONYMISED) -> ReviewWorld:
    vierhoek, deputy, elsewhere = vierhoek_of(world)
    version = submitted(world)
    meeting = vierhoek_meeting(world)
    item = put_before(world, version, meeting, variant)
    return ReviewWorld(world, vierhoek, meeting, version, item, deputy, elsewhere)


@pytest.fixture
def review_world(world: World) -> ReviewWorld:
    return build(world)
