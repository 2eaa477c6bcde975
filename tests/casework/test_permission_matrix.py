"""The permission matrix: every role × object kind × action × read path, in one table.

Y = the user sees the object (or the action succeeds) on that read path; N = it is refused or
the object is simply absent. Each row is one user of the world in conftest.py; together they hold
every role. Read it against the rules in partners/permissions.py and casework/permissions.py.
"""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from casework.models import CaseIntervention
from casework.services.interventions import case_intervention_propose
from interventions.models import Intervention
from partners.models import Role
from tests.conftest import api_client, log_reads, verified_client
from tests.world import USERS, World

MATRIX = """
user                    | case: page list detail search api-search fragment | open note: page api fragment | zorg note: page api fragment | access log: page api export | create case | add partner | add note | network: page api person | zorg signal: page api | status: history transition | intervention: page api propose
aov                     | Y Y Y Y Y Y | Y Y Y | N N N | N N N | Y | Y | Y | Y Y Y | N N | Y Y | Y Y Y
procesregisseur         | Y Y Y Y Y Y | Y Y Y | N N N | N N N | Y | Y | Y | Y Y Y | N N | Y Y | Y Y Y
voorzitter              | Y Y Y Y Y Y | Y Y Y | N N N | N N N | N | Y | Y | Y Y Y | N N | Y Y | Y Y Y
ketenpartner_zorg       | Y Y Y Y Y Y | Y Y Y | Y Y Y | N N N | N | N | Y | Y Y Y | Y Y | Y N | Y Y Y
ketenpartner_ggz        | Y Y Y Y Y Y | Y Y Y | Y Y Y | N N N | N | N | Y | Y Y Y | Y Y | Y N | Y Y Y
ketenpartner_politie    | Y Y Y Y Y Y | Y Y Y | N N N | N N N | N | N | Y | Y Y Y | N N | Y N | Y Y Y
ketenpartner_vertrokken | N N N N N N | N N N | N N N | N N N | N | N | N | N N N | N N | N N | N N N
ketenpartner_buiten     | N N N N N N | N N N | N N N | N N N | N | N | N | N N N | N N | N N | N N N
burgemeester            | Y Y Y Y Y Y | N N N | N N N | N N N | N | N | N | N N N | N N | Y N | Y Y N
wethouder               | Y Y Y Y Y Y | N N N | N N N | N N N | N | N | N | N N N | N N | Y N | Y Y N
officier                | Y Y Y Y Y Y | N N N | N N N | N N N | N | N | N | N N N | N N | Y N | Y Y N
politiechef             | Y Y Y Y Y Y | N N N | N N N | N N N | N | N | N | N N N | N N | Y N | Y Y N
functioneel_beheerder   | N N N N N N | N N N | N N N | N N N | N | N | N | N N N | N N | N N | N N N
privacy_officer         | N N N N N N | N N N | N N N | Y Y Y | N | N | N | N N N | N N | N N | N N N
"""


def parse(matrix: str) -> dict[str, list[bool]]:
    rows = {}
    for line in matrix.strip().splitlines()[1:]:
        name, *groups = (part.strip() for part in line.split("|"))
        rows[name] = [cell == "Y" for group in groups for cell in group.split()]
    return rows


EXPECTED = parse(MATRIX)
HX = {"HX-Request": "true"}


def _visible(response_code: int, denied: tuple[int, ...] = (404,)) -> bool:
    assert response_code == 200 or response_code in denied, response_code
    return response_code == 200


def _case_paths(w: World, page: Client, api: APIClient) -> list[bool]:
    case = w.case
    link = f'href="/casussen/{case.pk}/"'
    listed = api.get("/api/cases/")
    searched = api.get("/api/cases/", {"q": case.number})
    return [
        _visible(page.get(f"/casussen/{case.pk}/").status_code),
        case.pk in [row["id"] for row in listed.json()["results"]],
        _visible(api.get(f"/api/cases/{case.pk}/").status_code),
        link in page.get("/casussen/", {"q": case.number}).content.decode(),
        case.pk in [row["id"] for row in searched.json()["results"]],
        _visible(page.get(f"/casussen/{case.pk}/partners/", headers=HX).status_code),
    ]


def _note_paths(w: World, page: Client, api: APIClient, text: str, note_id: int) -> list[bool]:
    case_page = page.get(f"/casussen/{w.case.pk}/")
    notes = api.get(f"/api/cases/{w.case.pk}/notes/")
    fragment = page.get(f"/casussen/{w.case.pk}/notities/", headers=HX)
    return [
        case_page.status_code == 200 and text in case_page.content.decode(),
        _visible(notes.status_code) and note_id in [n["id"] for n in notes.json()["results"]],
        _visible(fragment.status_code) and text in fragment.content.decode(),
    ]


def _access_log_paths(w: World, page: Client, api: APIClient) -> list[bool]:
    rows = api.get("/api/access-log/").json()["results"]
    export = page.get("/privacy/toegangslog/", {"format": "csv"})
    return [
        _visible(page.get("/privacy/toegangslog/").status_code, denied=(403,)),
        any(row["scope_repr"] == f"Casus {w.case.number} Teststad" for row in rows),
        _visible(export.status_code, denied=(403,))
        and w.case.number in b"".join(export.streaming_content).decode(),  # type: ignore[attr-defined]
    ]


def _actions(w: World, api: APIClient) -> list[bool]:
    created = api.post("/api/cases/", {"title": "Nieuwe casus", "municipality": w.municipality.pk})
    joined = api.post(
        f"/api/cases/{w.case.pk}/participations/",
        {"organisation": w.organisations["woningcorporatie"].pk},
    )
    noted = api.post(f"/api/cases/{w.case.pk}/notes/", {"text": "Nieuwe notitie"})
    for response in (created, joined, noted):
        assert response.status_code in (201, 403, 404), response.content
    return [created.status_code == 201, joined.status_code == 201, noted.status_code == 201]


def _network_paths(w: World, page: Client, api: APIClient) -> list[bool]:
    network = page.get(f"/casussen/{w.case.pk}/netwerk/")
    persons = api.get(f"/api/cases/{w.case.pk}/persons/")
    child = w.persons["kind"]
    person_page = page.get(f"/casussen/{w.case.pk}/personen/{child.pk}/")
    return [
        _visible(network.status_code) and "Milan Teststraat" in network.content.decode(),
        _visible(persons.status_code) and child.pk in [p["id"] for p in persons.json()["results"]],
        _visible(person_page.status_code) and "Milan Teststraat" in person_page.content.decode(),
    ]


def _signal_paths(w: World, page: Client, api: APIClient) -> list[bool]:
    text = w.zorg_signal.description
    signals_page = page.get(f"/casussen/{w.case.pk}/signalen/")
    signals = api.get(f"/api/cases/{w.case.pk}/signals/")
    return [
        signals_page.status_code == 200 and text in signals_page.content.decode(),
        _visible(signals.status_code)
        and w.zorg_signal.pk in [s["id"] for s in signals.json()["results"]],
    ]


def _status_paths(w: World, api: APIClient) -> list[bool]:
    history = api.get(f"/api/cases/{w.case.pk}/status-changes/")
    moved = api.post(
        f"/api/cases/{w.case.pk}/transitions/",
        {"to_status": "aanmelding", "reason": "Aangemeld", "version": w.case.version},
    )
    assert moved.status_code in (201, 403, 404), moved.content
    return [
        _visible(history.status_code) and len(history.json()["results"]) == 1,
        moved.status_code == 201,
    ]


def _intervention_paths(
    w: World, page: Client, api: APIClient, item: CaseIntervention
) -> list[bool]:
    base = f"/api/cases/{w.case.pk}/interventions/"
    shown = page.get(f"/casussen/{w.case.pk}/interventies/{item.pk}/")
    listed = api.get(base)
    proposed = api.post(
        base,
        {
            "intervention": item.intervention.slug,
            "purpose": "Nog een voornemen",
            "responsible": w.organisations["gemeente"].pk,
            "target_persons": [w.persons["moeder"].pk],
        },
        format="json",
    )
    assert proposed.status_code in (201, 403, 404), proposed.content
    return [
        _visible(shown.status_code) and item.purpose in shown.content.decode(),
        _visible(listed.status_code) and item.pk in [i["id"] for i in listed.json()["results"]],
        proposed.status_code == 201,
    ]


@pytest.mark.parametrize("username", list(EXPECTED))
def test_permission_matrix(world: World, username: str) -> None:
    # One access log row exists before anyone reads, so the privacy officer has one to see.
    log_reads(world.users["aov"], world.case)
    item = case_intervention_propose(
        case=world.case,
        user=world.users["aov"],
        intervention=Intervention.objects.get(slug="sluiting-woning-drugs"),
        purpose="Drugshandel uit de woning stoppen",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["moeder"]],
    )
    user = world.users[username]
    page, api = verified_client(user), api_client(user)
    actual = [
        *_case_paths(world, page, api),
        *_note_paths(world, page, api, world.open_note.text, world.open_note.pk),
        *_note_paths(world, page, api, world.zorg_note.text, world.zorg_note.pk),
        *_access_log_paths(world, page, api),
        *_actions(world, api),
        *_network_paths(world, page, api),
        *_signal_paths(world, page, api),
        *_status_paths(world, api),
        *_intervention_paths(world, page, api, item),
    ]
    assert actual == EXPECTED[username]


def test_matrix_names_every_role_and_has_enough_cells() -> None:
    roles_in_matrix = {USERS[name][0] for name in EXPECTED}
    assert roles_in_matrix == set(Role)
    assert sum(len(cells) for cells in EXPECTED.values()) >= 60
    assert set(EXPECTED) == set(USERS)
