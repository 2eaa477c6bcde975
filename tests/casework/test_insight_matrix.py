"""The permission matrix of the insight figures, on every read path of them.

Y = the user sees the figures (or the list names the place); N = refused or absent. The world
is tests/world.py with Teststad, Naaststad (another municipality of Teststad's region) and a
handful of histories (tests/casework/insight_world.py). The rows: the researcher, the four
vierhoek roles, the chair and procesregisseur of the Zorg- en Veiligheidshuis, and the roles
that see no figures.

The columns are part of the permission matrix: tests/casework/test_permission_matrix.py checks
that every rule and every route has cells here or there.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from rest_framework.test import APIClient

from casework.insight import publication, summaries
from casework.insight.models import Enrolment, Pilot, Publication
from casework.insight.pilots import pilots_compare
from casework.insight.services import enrolment_add, pilot_create
from casework.models import Case
from partners.models import Municipality, User
from partners.policy import Action, grant
from tests.casework.insight_world import history
from tests.casework.test_permission_matrix import parse
from tests.conftest import api_client, verified_client
from tests.partners.factories import MunicipalityFactory
from tests.world import World

pytestmark = pytest.mark.django_db

MATRIX = """
user                 | menu: page | country: page csv xlsx api | region: page api | own: page csv xlsx api | other: page api | places: api | pilots: page new api-list api-create | pilot: page api enrolments enrol export edit
onderzoeker          | Y | Y Y Y Y | Y Y | Y Y Y Y | Y Y | Y | Y Y Y Y | Y Y N N Y Y
burgemeester         | Y | N N N N | Y Y | Y Y Y Y | N N | Y | Y N Y N | Y Y Y N N N
wethouder            | Y | N N N N | Y Y | Y Y Y Y | N N | Y | Y N Y N | Y Y Y N N N
officier             | Y | N N N N | Y Y | Y Y Y Y | N N | Y | Y N Y N | Y Y Y N N N
politiechef          | Y | N N N N | Y Y | Y Y Y Y | N N | Y | Y N Y N | Y Y Y N N N
voorzitter           | Y | N N N N | Y Y | Y Y Y Y | N N | Y | Y Y Y Y | Y Y Y N N Y
procesregisseur      | Y | N N N N | Y Y | Y Y Y Y | N N | Y | Y Y Y Y | Y Y Y Y N Y
aov                  | N | N N N N | N N | N N N N | N N | N | N N N N | N N N N N N
ketenpartner_zorg    | N | N N N N | N N | N N N N | N N | N | N N N N | N N N N N N
functioneel_beheerder| N | N N N N | N N | N N N N | N N | N | N N N N | N N N N N N
privacy_officer      | N | N N N N | N N | N N N N | N N | N | N N N N | N N N N N N
"""

COLUMNS, EXPECTED = parse(MATRIX)
YEAR = 2025
MARK = "Aangemelde casussen naar escalatieniveau"


@dataclass
class Setting:
    world: World
    other: Municipality
    user: User
    page: Client
    api: APIClient
    pilot: Pilot
    second: Case

    @property
    def own(self) -> str:
        return f"/inzicht/gemeente/{self.world.municipality.pk}/"

    @property
    def region(self) -> str:
        return f"/inzicht/regio/{self.world.municipality.region_id}/"


@dataclass(frozen=True)
class Probe:
    routes: tuple[str, ...]
    rules: tuple[tuple[type, Action], ...]
    check: Callable[[Setting], bool]


PROBES: dict[str, Probe] = {}
VIEW = ((Publication, Action.VIEW),)


def probe(
    column: str, *, routes: tuple[str, ...], rules: tuple[tuple[type, Action], ...] = VIEW
) -> Callable[[Callable[[Setting], bool]], Callable[[Setting], bool]]:
    def register(check: Callable[[Setting], bool]) -> Callable[[Setting], bool]:
        PROBES[column] = Probe(routes, rules, check)
        return check

    return register


def page_shown(s: Setting, url: str) -> bool:
    response = s.page.get(f"{url}?jaar={YEAR}")
    assert response.status_code in (200, 403, 404), response.status_code
    return response.status_code == 200 and MARK in response.content.decode()


def file_shown(s: Setting, url: str) -> bool:
    response = s.page.get(f"{url}?jaar={YEAR}")
    assert response.status_code in (200, 403, 404), response.status_code
    return response.status_code == 200 and len(response.content) > 100


def api_shown(s: Setting, url: str) -> bool:
    response = s.api.get(f"{url}?jaar={YEAR}")
    assert response.status_code in (200, 403, 404), response.status_code
    return response.status_code == 200 and MARK in [t["title"] for t in response.json()["tables"]]


@probe("menu page", routes=("casework:insight",))
def menu_page(s: Setting) -> bool:
    home = s.page.get("/").content.decode()
    response = s.page.get("/inzicht/")
    assert ('href="/inzicht/"' in home) == (response.status_code == 302)
    return response.status_code == 302


@probe("country page", routes=("casework:insight_country",))
def country_page(s: Setting) -> bool:
    return page_shown(s, "/inzicht/nederland/")


@probe("country csv", routes=("casework:insight_country_csv",))
def country_csv(s: Setting) -> bool:
    return file_shown(s, "/inzicht/nederland/cijfers.csv")


@probe("country xlsx", routes=("casework:insight_country_xlsx",))
def country_xlsx(s: Setting) -> bool:
    return file_shown(s, "/inzicht/nederland/cijfers.xlsx")


@probe("country api", routes=("insight-country",))
def country_api(s: Setting) -> bool:
    return api_shown(s, "/api/insight/nederland/")


@probe("region page", routes=("casework:insight_place",))
def region_page(s: Setting) -> bool:
    return page_shown(s, s.region)


@probe("region api", routes=("insight-place",))
def region_api(s: Setting) -> bool:
    return api_shown(s, f"/api/insight/regio/{s.world.municipality.region_id}/")


@probe("own page", routes=("casework:insight_place",))
def own_page(s: Setting) -> bool:
    return page_shown(s, s.own)


@probe("own csv", routes=("casework:insight_place_csv",))
def own_csv(s: Setting) -> bool:
    return file_shown(s, f"{s.own}cijfers.csv")


@probe("own xlsx", routes=("casework:insight_place_xlsx",))
def own_xlsx(s: Setting) -> bool:
    return file_shown(s, f"{s.own}cijfers.xlsx")


@probe("own api", routes=("insight-place",))
def own_api(s: Setting) -> bool:
    return api_shown(s, f"/api/insight/gemeente/{s.world.municipality.pk}/")


@probe("other page", routes=("casework:insight_place",))
def other_page(s: Setting) -> bool:
    return page_shown(s, f"/inzicht/gemeente/{s.other.pk}/")


@probe("other api", routes=("insight-place",))
def other_api(s: Setting) -> bool:
    return api_shown(s, f"/api/insight/gemeente/{s.other.pk}/")


@probe("places api", routes=("insight-places",))
def places_api(s: Setting) -> bool:
    response = s.api.get("/api/insight/places/")
    assert response.status_code in (200, 403)
    return response.status_code == 200 and len(response.json()) >= 2


PILOT = ((Pilot, Action.VIEW),)


@probe("pilots page", routes=("casework:pilots",), rules=PILOT)
def pilots_page(s: Setting) -> bool:
    response = s.page.get("/proeftuin/")
    assert response.status_code in (200, 403)
    return response.status_code == 200 and s.pilot.name in response.content.decode()


@probe("pilots new", routes=("casework:pilot_new",), rules=((Pilot, Action.CREATE),))
def pilots_new(s: Setting) -> bool:
    response = s.page.get("/proeftuin/nieuw/")
    assert response.status_code in (200, 403)
    return response.status_code == 200


@probe("pilots api-list", routes=("pilots",), rules=PILOT)
def pilots_api_list(s: Setting) -> bool:
    response = s.api.get("/api/pilots/")
    return response.status_code == 200 and s.pilot.pk in [
        p["id"] for p in response.json()["results"]
    ]


@probe("pilots api-create", routes=("pilots",), rules=((Pilot, Action.CREATE),))
def pilots_api_create(s: Setting) -> bool:
    response = s.api.post(
        "/api/pilots/",
        {
            "name": f"Pilot van {s.user.username}",
            "hypothesis": "h",
            "approach": "a",
            "municipalities": [s.world.municipality.pk],
            "starts_on": "2025-01-01",
            "ends_on": "2025-12-31",
        },
        format="json",
    )
    assert response.status_code in (201, 403), response.content
    return response.status_code == 201


@probe("pilot page", routes=("casework:pilot",), rules=PILOT)
def pilot_page(s: Setting) -> bool:
    response = s.page.get(f"/proeftuin/{s.pilot.pk}/")
    assert response.status_code in (200, 404)
    return response.status_code == 200 and s.pilot.hypothesis in response.content.decode()


@probe("pilot api", routes=("pilot",), rules=PILOT)
def pilot_api(s: Setting) -> bool:
    response = s.api.get(f"/api/pilots/{s.pilot.pk}/")
    assert response.status_code in (200, 404)
    return response.status_code == 200 and response.json()["name"] == s.pilot.name


@probe("pilot enrolments", routes=("pilot-enrolments",), rules=((Enrolment, Action.VIEW),))
def pilot_enrolments(s: Setting) -> bool:
    response = s.api.get(f"/api/pilots/{s.pilot.pk}/enrolments/")
    assert response.status_code in (200, 404)
    page = s.page.get(f"/proeftuin/{s.pilot.pk}/").content.decode()
    if response.status_code != 200:
        return False
    seen = s.world.case.pk in [row["case"] for row in response.json()["results"]]
    assert seen == (s.world.case.number in page)
    return seen


@probe("pilot enrol", routes=("casework:pilot_enrol",), rules=((Enrolment, Action.CREATE),))
def pilot_enrol(s: Setting) -> bool:
    response = s.page.post(
        f"/proeftuin/{s.pilot.pk}/opnemen/", {"number": s.second.number, "reason": "Past"}
    )
    assert response.status_code in (302, 403, 404), response.status_code
    return Enrolment.objects.filter(pilot=s.pilot, case=s.second).exists()


@probe("pilot edit", routes=("casework:pilot_edit",), rules=((Pilot, Action.CHANGE),))
def pilot_edit(s: Setting) -> bool:
    response = s.page.get(f"/proeftuin/{s.pilot.pk}/wijzigen/")
    assert response.status_code in (200, 404)
    changed = s.page.post(
        f"/proeftuin/{s.pilot.pk}/wijzigen/",
        {
            "name": s.pilot.name,
            "hypothesis": "Bijgesteld",
            "approach": s.pilot.approach,
            "municipalities": [s.world.municipality.pk],
            "starts_on": "2025-01-01",
            "ends_on": "2026-12-31",
        },
    )
    assert changed.status_code in (302, 404)
    updated = Pilot.objects.get(pk=s.pilot.pk).hypothesis == "Bijgesteld"
    assert updated == (response.status_code == 200)
    return updated


@probe("pilot export", routes=("casework:pilot_export",), rules=((Pilot, Action.VIEW_CONTENT),))
def pilot_export(s: Setting) -> bool:
    response = s.page.get(f"/proeftuin/{s.pilot.pk}/onderzoek.csv")
    assert response.status_code in (200, 404)
    return response.status_code == 200 and "pseudoniem" in response.content.decode("utf-8-sig")


def setting(world: World, username: str) -> Setting:
    other = MunicipalityFactory.create(name="Naaststad", region=world.municipality.region)
    history(world, world.municipality, registered="2025-03-01")
    history(world, other, registered="2025-03-01")
    second = history(world, world.municipality, registered="2025-04-01")
    grant(world.organisations["zvh"].group, ["view_case"], second)
    pilot = pilot_create(
        user=world.users["onderzoeker"],
        name="Eerst zorg",
        hypothesis="Minder nieuwe signalen met een gezinscoach vooraf.",
        approach="Gezinscoach",
        municipalities=[world.municipality],
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2026, 12, 31),
    )
    enrolment_add(user=world.users["procesregisseur"], pilot=pilot, case=world.case, reason="Past")
    summaries.rebuild()
    publication.publish()
    pilots_compare()
    user = world.users[username]
    return Setting(world, other, user, verified_client(user), api_client(user), pilot, second)


@pytest.mark.parametrize("username", list(EXPECTED))
def test_insight_matrix(world: World, username: str) -> None:
    s = setting(world, username)
    actual = {column: PROBES[column].check(s) for column in COLUMNS}
    expected = dict(zip(COLUMNS, EXPECTED[username], strict=True))
    wrong = {column: actual[column] for column in COLUMNS if actual[column] != expected[column]}
    assert wrong == {}, f"{username}: these cells are not as the table says"


def test_the_insight_matrix_is_whole() -> None:
    assert set(COLUMNS) == set(PROBES), set(COLUMNS) ^ set(PROBES)
