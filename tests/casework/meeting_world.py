"""A casusoverleg on the shared world: two cases on its agenda, each with its own invitees.

| user | how they stand to the meeting |
|---|---|
| voorzitter | chairs it (and works for the organising Zorg- en Veiligheidshuis) |
| aov | takes its minutes (her municipality is not invited to an item) |
| ketenpartner_zorg | invited to item 1 (the shared world's case) |
| ketenpartner_ggz | invited to item 2 only (although GGZ takes part in case 1 too) |
| ketenpartner_politie | not invited (police takes part in case 1) |
| burgemeester | vierhoek member, not invited |
| ketenpartner_buiten | outsider: takes part in no case |
"""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from casework.meetings.models import AgendaItem, Meeting, MeetingKind
from casework.meetings.services import Planning, item_add, meeting_create, statement_confirm
from casework.models import Case
from casework.services import case_create, partner_join_case
from partners.policy import Action, can
from tests.world import World

ROWS = (
    "voorzitter",
    "aov",
    "ketenpartner_zorg",
    "ketenpartner_ggz",
    "ketenpartner_politie",
    "burgemeester",
    "ketenpartner_buiten",
)


@dataclass
class MeetingWorld:
    world: World
    meeting: Meeting
    other_case: Case
    first: AgendaItem
    second: AgendaItem


def other_case(world: World) -> Case:
    case = case_create(
        user=world.users["aov"], title="Familie Anderweg", municipality=world.municipality
    )
    start = timezone.localdate() - datetime.timedelta(days=5)
    for key in ("zvh", "ggz", "politie"):
        partner_join_case(
            case=case,
            organisation=world.organisations[key],
            decided_by=world.users["aov"],
            joined_on=start,
        )
    return case


def plan_meeting(world: World, *, kind: str = MeetingKind.CASE_MEETING, days: int = 2) -> Meeting:
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
    return meeting_create(
        user=world.users["procesregisseur"],
        planning=Planning(
            kind=kind,
            title="Casusoverleg Testregio",
            place="ZVH Testregio, zaal 2",
            online_link="",
            chair=world.users["voorzitter"],
            minute_taker=world.users["aov"],
        ),
        starts_at=starts,
        minutes=90,
    )


def build(world: World, *, confirm: bool = True) -> MeetingWorld:
    o = world.organisations
    second_case = other_case(world)
    meeting = plan_meeting(world)
    runner = world.users["procesregisseur"]
    first = item_add(
        meeting=meeting, user=runner, case=world.case, invited=[o["zvh"], o["veilig_thuis"]]
    )
    second = item_add(meeting=meeting, user=runner, case=second_case, invited=[o["zvh"], o["ggz"]])
    if confirm:
        for key in ROWS:
            if can(world.users[key], Action.VIEW, meeting):
                statement_confirm(meeting=meeting, user=world.users[key])
    return MeetingWorld(world, meeting, second_case, first, second)


@pytest.fixture
def meeting_world(world: World) -> MeetingWorld:
    return build(world)
