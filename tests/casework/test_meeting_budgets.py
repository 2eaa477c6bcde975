"""Query budgets of the meeting pages and endpoints: the count does not grow with the agenda,
the input, the decisions or the actions, and stays under its budget."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from casework.meetings.services import (
    action_add,
    decision_record,
    input_add,
    item_add,
    item_invite,
)
from casework.services import partner_join_case
from tests.casework.meeting_world import MeetingWorld, build, other_case
from tests.conftest import api_client, verified_client
from tests.world import World

pytestmark = pytest.mark.django_db
BUDGET = 40


def grow(m: MeetingWorld, items: int) -> None:
    """Adds cases to the agenda until it has `items`, each with input, a decision and an
    action for Veilig Thuis (so the partner's list of actions grows too)."""
    w = m.world
    o, chair, zorg = w.organisations, w.users["voorzitter"], w.users["ketenpartner_zorg"]
    deadline = timezone.localdate() + datetime.timedelta(days=20)
    while m.meeting.items.count() < items:
        case = other_case(w)
        partner_join_case(case=case, organisation=o["veilig_thuis"], decided_by=w.users["aov"])
        item = item_add(
            meeting=m.meeting, user=chair, case=case, invited=[o["zvh"], o["veilig_thuis"]]
        )
        input_add(item=item, user=zorg, text=f"Inbreng {item.pk}")
        decision_record(item=item, user=chair, kind="besluit", text=f"Besluit {item.pk}")
        action_add(
            item=item,
            user=chair,
            what=f"Actie {item.pk}",
            owner=o["veilig_thuis"],
            owner_person=zorg,
            deadline=deadline,
        )


def count(call: Callable[[], Any]) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = call()
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return len(queries)


def probes(m: MeetingWorld) -> dict[str, Callable[[], Any]]:
    chair_page = verified_client(m.world.users["voorzitter"])
    zorg_page = verified_client(m.world.users["ketenpartner_zorg"])
    chair_api = api_client(m.world.users["voorzitter"])
    zorg_api = api_client(m.world.users["ketenpartner_zorg"])
    meeting = f"/overleggen/{m.meeting.pk}/"
    api = f"/api/meetings/{m.meeting.pk}/"
    item = f"{api}items/{m.first.pk}/"
    return {
        "list": lambda: chair_page.get("/overleggen/"),
        "meeting (chair)": lambda: chair_page.get(meeting),
        "meeting (partner)": lambda: zorg_page.get(meeting),
        "mode": lambda: chair_page.get(f"{meeting}vergadering/?punt={m.first.pk}"),
        "item": lambda: zorg_page.get(f"{meeting}punten/{m.first.pk}/"),
        "my actions": lambda: zorg_page.get("/acties/"),
        "home": lambda: zorg_page.get("/"),
        "api meetings": lambda: chair_api.get("/api/meetings/"),
        "api items": lambda: chair_api.get(f"{api}items/"),
        "api inputs": lambda: zorg_api.get(f"{item}inputs/"),
        "api decisions": lambda: zorg_api.get(f"{item}decisions/"),
        "api actions": lambda: zorg_api.get(f"{item}actions/"),
        "api attendance": lambda: chair_api.get(f"{api}attendance/"),
        "api my actions": lambda: zorg_api.get("/api/actions/"),
    }


def test_meeting_pages_and_endpoints_keep_their_budget(world: World) -> None:
    m = build(world)
    grow(m, 3)
    calls = probes(m)
    for call in calls.values():  # the first call of a process fills caches (content types)
        call()
    small = {name: count(call) for name, call in calls.items()}
    grow(m, 14)
    large = {name: count(call) for name, call in calls.items()}
    assert large == small
    assert {name: n for name, n in large.items() if n > BUDGET} == {}
    # Nor with the partners invited for an item.
    o = world.organisations
    item_invite(
        item=m.first,
        user=world.users["voorzitter"],
        invited=[o[key] for key in ("zvh", "veilig_thuis", "ggz", "politie", "om")],
    )
    crowded = {name: count(call) for name, call in calls.items()}
    assert crowded == large


def test_the_meeting_mode_keeps_its_budget(
    world: World, django_assert_max_num_queries: Any
) -> None:
    m = build(world)
    grow(m, 12)
    chair = verified_client(world.users["voorzitter"])
    with django_assert_max_num_queries(BUDGET):
        response = chair.get(f"/overleggen/{m.meeting.pk}/vergadering/?punt={m.first.pk}")
    assert response.status_code == 200
    assert response.content.decode().count('data-key="') == 12
