"""The insight figures, computed by hand on a small world and compared; the refresh of
changed cases giving what a full rebuild gives; the pages, exports and API."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from casework.insight import publication, summaries
from casework.insight.grids import Sums
from casework.insight.models import ChangedCase, Figure, Measure, Publication, Scope
from casework.insight.selectors import OPEN_STATUSES, Place, insight
from casework.models import Case, Signal
from interventions.models import Intervention
from partners.models import Municipality, ReadPath
from partners.reading import Reader
from tests.casework.insight_world import Use, history, intervention_of, place_sums
from tests.conftest import api_client, verified_client
from tests.partners.factories import MunicipalityFactory, RegionFactory
from tests.world import World

pytestmark = pytest.mark.django_db

YEAR = 2025


def reader(world: World, username: str = "onderzoeker") -> Reader:
    return Reader(world.users[username], ReadPath.PAGE)


def hand_world(world: World) -> dict[str, object]:
    """Five histories in Teststad (one registered the year before), one in Naaststad of the
    same region, one in Verweg of another region."""
    teststad = world.municipality
    naaststad = MunicipalityFactory.create(name="Naaststad", region=teststad.region)
    verweg = MunicipalityFactory.create(name="Verweg", region=RegionFactory.create(name="Elders"))
    cases = {
        "h1": history(
            world,
            teststad,
            registered="2025-01-10",
            statuses=(("2025-02-01", "aanmelding"), ("2025-04-15", "casusoverleg")),
            domains=(("veiligheid", "2025-01-10"), ("zorg", "2025-01-20")),
            uses=(Use("informeel", "2025-02-10"),),
            signals=("2025-01-05",),
            meeting="2025-04-15",
            plan="2025-05-05",
        ),
        "h2": history(
            world,
            teststad,
            registered="2025-02-01",
            escalation=2,
            statuses=(("2025-03-01", "screening"),),
            domains=(
                ("veiligheid", "2025-02-01"),
                ("politie", "2025-02-01"),
                ("zorg", "2025-05-01"),
            ),
            uses=(
                Use(
                    "formeel",
                    "2025-03-01",
                    steps=[("2025-03-20", "besluit_genomen"), ("2025-04-01", "uitgevoerd")],
                    evaluation=(4, "bereikt", "2025-06-01"),
                ),
            ),
            signals=("2025-02-01", "2025-08-01"),
        ),
        "h3": history(
            world,
            teststad,
            registered="2025-05-10",
            domains=(("veiligheid", "2025-05-10"),),
            uses=(Use("formeel", "2025-05-20", steps=[("2025-06-01", "ingetrokken")]),),
        ),
        "h4": history(
            world,
            teststad,
            registered="2025-07-01",
            escalation=3,
            statuses=(("2025-07-05", "aanmelding"), ("2025-08-01", "afgesloten")),
            domains=(
                ("veiligheid", "2025-07-01"),
                ("zorg", "2025-07-01"),
                ("jeugdbescherming", "2025-07-02"),
                ("wonen", "2025-07-03"),
                ("justitie", "2025-07-04"),
                ("politie", "2025-07-05"),
            ),
            uses=(
                Use("zorg", "2025-07-02"),
                Use(
                    "formeel",
                    "2025-07-10",
                    steps=[("2025-07-20", "uitgevoerd")],
                    evaluation=(2, "niet_bereikt", "2025-09-01"),
                ),
            ),
            signals=("2026-05-01",),
        ),
        "h5": history(
            world,
            teststad,
            registered="2024-11-01",
            statuses=(("2024-12-01", "in_behandeling"), ("2025-03-10", "uitvoering")),
            domains=(("veiligheid", "2024-11-01"),),
            adopted="2025-03-05",
        ),
        "h6": history(world, naaststad, registered="2025-01-15"),
        "h7": history(world, verweg, registered="2025-01-20", escalation=4),
    }
    return {"cases": cases, "naaststad": naaststad, "verweg": verweg}


def quarters(sums: Sums, measure: str, key: str, detail: int = 0) -> list[int]:
    return [sums.get(measure, key, q, detail) for q in range(4)]


def test_each_figure_as_computed_by_hand(world: World) -> None:
    made = hand_world(world)
    summaries.rebuild()
    publication.publish()
    teststad = Place(Scope.MUNICIPALITY, world.municipality.pk, "Teststad")
    sums = place_sums(teststad, YEAR)

    assert quarters(sums, Measure.REGISTERED, "") == [2, 1, 1, 0]
    assert quarters(sums, Measure.ESCALATION, "1") == [1, 1, 0, 0]
    assert quarters(sums, Measure.ESCALATION, "2") == [1, 0, 0, 0]
    assert quarters(sums, Measure.ESCALATION, "3") == [0, 0, 1, 0]
    # Care before the first safety intervention: h1 (zorg joined 20 Jan, informal 10 Feb) and
    # h4 (zorg 1 Jul, formal 10 Jul); after: h2 (formal 1 Mar, zorg 1 May); none: h3.
    assert quarters(sums, Measure.APPROACH, "proactief") == [1, 0, 1, 0]
    assert quarters(sums, Measure.APPROACH, "reactief") == [1, 0, 0, 0]
    assert quarters(sums, Measure.APPROACH, "zonder_zorg") == [0, 1, 0, 0]
    assert quarters(sums, Measure.KIND, "informeel") == [1, 0, 0, 0]
    assert quarters(sums, Measure.KIND, "formeel") == [1, 1, 1, 0]
    assert quarters(sums, Measure.KIND, "zorg") == [0, 0, 1, 0]
    assert quarters(sums, Measure.FORMAL, "besloten") == [1, 0, 1, 0]
    assert quarters(sums, Measure.FORMAL, "afgezien") == [0, 1, 0, 0]
    assert quarters(sums, Measure.FORMAL, "lopend") == [0, 0, 0, 0]
    # Durations from the first signal (h1: 5 Jan) or the registration (h5: 1 Nov 2024).
    assert quarters(sums, Measure.DURATION, "overleg") == [1, 1, 0, 0]
    assert sums.sum_total(Measure.DURATION, "overleg", [0]) == 124  # h5: 1 Nov to 5 Mar
    assert sums.sum_total(Measure.DURATION, "overleg", [1]) == 100  # h1: 5 Jan to 15 Apr
    assert quarters(sums, Measure.DURATION, "plan") == [1, 1, 0, 0]
    assert sums.sum_total(Measure.DURATION, "plan", [1]) == 120  # h1: 5 Jan to 5 May
    assert quarters(sums, Measure.DURATION, "vastgesteld") == [1, 0, 0, 0]
    assert sums.sum_total(Measure.DURATION, "vastgesteld", [0]) == 124
    assert quarters(sums, Measure.DOMAIN_COUNT, "2") == [1, 0, 0, 0]
    assert quarters(sums, Measure.DOMAIN_COUNT, "3") == [1, 0, 0, 0]
    assert quarters(sums, Measure.DOMAIN_COUNT, "1") == [0, 1, 0, 0]
    assert quarters(sums, Measure.DOMAIN_COUNT, "5") == [0, 0, 1, 0]
    assert quarters(sums, Measure.DOMAIN, "veiligheid") == [2, 1, 1, 0]
    assert quarters(sums, Measure.DOMAIN, "zorg") == [2, 0, 1, 0]
    assert quarters(sums, Measure.DOMAIN, "politie") == [1, 0, 1, 0]
    formal = Intervention.objects.filter(kind="formeel").order_by("pk").first()
    assert formal is not None
    assert quarters(sums, Measure.EVALUATION, "bereikt", formal.pk) == [0, 1, 0, 0]
    assert quarters(sums, Measure.EVALUATION, "niet_bereikt", formal.pk) == [0, 0, 1, 0]
    assert sums.sum_total(Measure.EVALUATION, "bereikt", range(4), formal.pk) == 4
    assert sums.sum_total(Measure.EVALUATION, "niet_bereikt", range(4), formal.pk) == 2
    # The follow-up measure: h2 carried out 1 Apr, a new signal 1 Aug (within 6 months);
    # h4 carried out 20 Jul, a new signal 1 May 2026 (within 12, not within 6).
    assert quarters(sums, Measure.FOLLOW_UP, "uitgevoerd", formal.pk) == [0, 1, 1, 0]
    assert quarters(sums, Measure.FOLLOW_UP, "signaal_6", formal.pk) == [0, 1, 0, 0]
    assert quarters(sums, Measure.FOLLOW_UP, "signaal_12", formal.pk) == [0, 1, 1, 0]

    # Cases in each status at a quarter's end: h5 was in behandeling before the year.
    assert sums.before["status"] == {"signaal": 0, "in_behandeling": 1}
    table = {t.slug: t for t in insight(reader(world), teststad, YEAR).tables}["status"]
    assert [row.label for row in table.rows][:3] == ["Signaal", "Aanmelding", "Screening"]

    region = place_sums(Place(Scope.REGION, world.municipality.region_id, "r"), YEAR)
    assert quarters(region, Measure.REGISTERED, "") == [3, 1, 1, 0]
    country = place_sums(Place(Scope.COUNTRY, 0, "NL"), YEAR)
    assert quarters(country, Measure.REGISTERED, "") == [4, 1, 1, 0]
    assert quarters(country, Measure.ESCALATION, "4") == [1, 0, 0, 0]
    elsewhere = place_sums(Place(Scope.MUNICIPALITY, made["verweg"].pk, "v"), YEAR)  # type: ignore[attr-defined]
    assert quarters(elsewhere, Measure.REGISTERED, "") == [1, 0, 0, 0]


def test_status_stock_at_each_quarter_end(world: World) -> None:
    hand_world(world)
    summaries.rebuild()
    publication.publish()
    teststad = Place(Scope.MUNICIPALITY, world.municipality.pk, "Teststad")
    sums = place_sums(teststad, YEAR)
    stock = {
        status.value: [sums.stock(Measure.STATUS, status.value, q) for q in range(4)]
        for status in OPEN_STATUSES
    }
    assert stock["in_behandeling"] == [0, 0, 0, 0]  # h5 moved on to uitvoering on 10 Mar
    assert stock["uitvoering"] == [1, 1, 1, 1]
    assert stock["aanmelding"] == [1, 0, 0, 0]  # h1 until 15 Apr; h4 briefly in July
    assert stock["screening"] == [1, 1, 1, 1]
    assert stock["casusoverleg"] == [0, 1, 1, 1]
    assert stock["signaal"] == [0, 1, 1, 1]  # h3 since 10 May


def test_open_cases_per_escalation_level_at_each_quarter_end(world: World) -> None:
    """e1 green from January, rood from 5 May, closed 20 November; e2 oranje since December
    2024, donkerrood from 10 February; e3 green from August."""
    history(
        world,
        world.municipality,
        registered="2025-01-10",
        escalation=1,
        escalations=(("2025-05-05", 3),),
        statuses=(("2025-11-20", "afgesloten"),),
    )
    history(
        world,
        world.municipality,
        registered="2024-12-01",
        escalation=2,
        escalations=(("2025-02-10", 4),),
    )
    history(world, world.municipality, registered="2025-08-01", escalation=1)
    summaries.rebuild()
    publication.publish()
    teststad = Place(Scope.MUNICIPALITY, world.municipality.pk, "Teststad")
    sums = place_sums(teststad, YEAR)
    assert sums.before[Measure.ESCALATION_OPEN] == {"2": 1}
    stock = {
        level: [sums.stock(Measure.ESCALATION_OPEN, level, q) for q in range(4)]
        for level in ("1", "2", "3", "4")
    }
    assert stock == {
        "1": [1, 0, 1, 1],
        "2": [0, 0, 0, 0],
        "3": [0, 1, 1, 0],
        "4": [1, 1, 1, 1],
    }
    # The open cases per status give the same totals (the table hides them in both).
    assert [sum(stock[level][q] for level in stock) for q in range(4)] == [
        sum(sums.stock(Measure.STATUS, status.value, q) for status in OPEN_STATUSES)
        for q in range(4)
    ]
    table = {t.slug: t for t in insight(reader(world), teststad, YEAR).tables}["escalatie"]
    assert [row.label for row in table.rows][0].startswith("Groen")
    # Drawn green to dark red, whatever the chart's usual order of colours.
    colours = [dataset["colour"] for dataset in table.chart["datasets"]]  # type: ignore[attr-defined]
    assert colours == ["#39870c", "#c45f00", "#d52b1e", "#6d0f0f"]
    assert all(cell.text == "< 5" for row in table.rows for cell in row.cells if row.total)


def figures() -> dict[tuple[int, int, str, str, str, int], tuple[int, int]]:
    return {
        (f.scope, f.scope_id, str(f.month), f.measure, f.key, f.detail): (f.n, f.total)
        for f in Figure.objects.all()
        if f.n or f.total
    }


def test_a_refresh_of_changed_cases_gives_what_a_rebuild_gives(world: World) -> None:
    made = hand_world(world)
    cases: dict[str, Case] = made["cases"]  # type: ignore[assignment]
    summaries.rebuild()
    publication.publish()
    assert not ChangedCase.objects.exists()
    changed = {cases[k].pk for k in ("h1", "h3", "h4", "h6", "h7")}
    # Changes along every path the triggers watch.
    Case.objects.filter(pk=cases["h1"].pk).update(escalation_level=4)
    Signal.objects.create(
        case=cases["h4"],
        received_on=datetime.date(2025, 9, 1),
        source=world.organisations["politie"],
        domain=world.organisations["politie"].domain,
        classification="veiligheid",
        description="test",
        added_by=world.users["aov"],
    )
    cases["h3"].interventions.all().delete()
    cases["h6"].delete()
    Municipality.objects.filter(pk=made["verweg"].pk).update(region=world.municipality.region)  # type: ignore[attr-defined]
    marked = set(ChangedCase.objects.values_list("case_id", flat=True))
    assert changed <= marked

    assert summaries.refresh(batch=2) == len(marked)
    assert not ChangedCase.objects.exists()
    refreshed = figures()
    summaries.rebuild()
    publication.publish()
    assert refreshed == figures()
    region = place_sums(Place(Scope.REGION, world.municipality.region_id, "r"), YEAR)
    # h6 deleted, h7 moved in with Verweg: Teststad's two and h7 in the first quarter.
    assert quarters(region, Measure.REGISTERED, "") == [3, 1, 1, 0]
    # h4's new signal of 1 September came within six months of 20 July.
    formal = intervention_of("formeel")
    assert region.get(Measure.FOLLOW_UP, "signaal_6", 2, formal.pk) == 1


def test_the_page_hides_small_numbers_and_shows_no_case(world: World) -> None:
    made = hand_world(world)
    cases: dict[str, Case] = made["cases"]  # type: ignore[assignment]
    # Six more registrations in the first quarter: 8 in all, 7 of them green.
    for _ in range(6):
        history(world, world.municipality, registered="2025-02-15")
    summaries.rebuild()
    publication.publish()
    client = verified_client(world.users["wethouder"])
    response = client.get(f"/inzicht/gemeente/{world.municipality.pk}/?jaar={YEAR}")
    assert response.status_code == 200
    page = response.content.decode()
    for case in cases.values():
        assert case.number not in page and case.title not in page
    result = insight(
        reader(world, "wethouder"), Place(Scope.MUNICIPALITY, world.municipality.pk, "T"), YEAR
    )
    registered = {t.slug: t for t in result.tables}["aangemeld"]
    green, orange = registered.rows[0], registered.rows[1]
    total = registered.rows[-1]
    # Q1: 7 green and 1 orange. The orange is hidden, and so is the quarter's total (8 - 7
    # would give it); the 7 itself stays.
    assert green.cells[0].text == "7"
    assert orange.cells[0].text == "< 5"
    assert total.cells[0].text == "×"
    # The year: green's total sums the small counts of the other quarters, the grand total
    # all of them: both hidden, marked as more than five.
    assert green.cells[4].text == "×"
    assert total.cells[4].text == "×"
    assert "minder dan vijf" in page


def test_a_region_hides_what_its_municipalities_would_give_away(world: World) -> None:
    """Naaststad's one registration is hidden on its page; the region's eight minus Teststad's
    seven would give it, so the region hides its eight too, for the wethouder of Teststad (who
    sees both) and for the researcher (who sees every municipality)."""
    made = hand_world(world)
    for _ in range(6):
        history(world, world.municipality, registered="2025-02-15")
    summaries.rebuild()
    publication.publish()
    region = Place(Scope.REGION, world.municipality.region_id, "R")
    naaststad = Place(Scope.MUNICIPALITY, made["naaststad"].pk, "N")  # type: ignore[attr-defined]
    teststad = Place(Scope.MUNICIPALITY, world.municipality.pk, "T")

    def green_q1(username: str, place: Place) -> str:
        tables = {t.slug: t for t in insight(reader(world, username), place, YEAR).tables}
        return tables["aangemeld"].rows[0].cells[0].text

    assert green_q1("wethouder", teststad) == "7"
    assert green_q1("onderzoeker", naaststad) == "< 5"
    assert green_q1("wethouder", region) == "×"
    assert green_q1("onderzoeker", region) == "×"
    # Asked of the figures alone, the region would have shown it.
    assert place_sums(region, YEAR).get(Measure.ESCALATION, "1", 0) == 8
    hidden = Publication.objects.get(scope=Scope.REGION, scope_id=region.id, year=YEAR).hidden
    assert ["aangemeld", "1", 0] in hidden
    # The country hides it as well: its 8 minus Elders' hidden count would leave Teststad's
    # 7 and Naaststad's hidden one, and Verweg's hidden zero (its region is Verweg alone).
    assert green_q1("onderzoeker", Place(Scope.COUNTRY, 0, "NL")) == "×"


def test_the_pages_show_what_was_published_not_the_figures_of_this_minute(world: World) -> None:
    for _ in range(6):
        history(world, world.municipality, registered="2025-02-15")
    summaries.rebuild()
    publication.publish()
    teststad = Place(Scope.MUNICIPALITY, world.municipality.pk, "T")

    def registered_q1() -> str:
        tables = {t.slug: t for t in insight(reader(world), teststad, YEAR).tables}
        return tables["aangemeld"].rows[-1].cells[0].text

    assert registered_q1() == "6"
    history(world, world.municipality, registered="2025-02-16")
    summaries.refresh()
    assert place_sums(teststad, YEAR).get(Measure.REGISTERED, "", 0) == 7
    assert registered_q1() == "6"
    publication.publish()
    assert registered_q1() == "7"


def test_exports_hold_the_same_hidden_figures(world: World) -> None:
    hand_world(world)
    summaries.rebuild()
    publication.publish()
    client = verified_client(world.users["onderzoeker"])
    response = client.get(f"/inzicht/nederland/cijfers.csv?jaar={YEAR}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="inzicht-nederland-{YEAR}.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    registered = [
        r for r in rows if r[:2] == ["Aangemelde casussen naar escalatieniveau", "Totaal"]
    ]
    # The fourth quarter's 0 is hidden too: its green zero lies in a row of four.
    assert [r[3] for r in registered] == ["< 5", "< 5", "< 5", "< 5", "×"]
    response = client.get(f"/inzicht/nederland/cijfers.xlsx?jaar={YEAR}")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["aangemeld"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Aangemelde casussen naar escalatieniveau"
    assert ["Totaal", "< 5", "< 5", "< 5", "< 5", "×"] in values


def test_who_sees_which_place(world: World) -> None:
    made = hand_world(world)
    summaries.rebuild()
    publication.publish()
    teststad = world.municipality
    naaststad = made["naaststad"]
    region = teststad.region_id
    for username in (
        "wethouder",
        "burgemeester",
        "officier",
        "politiechef",
        "voorzitter",
        "procesregisseur",
    ):
        client = verified_client(world.users[username])
        assert client.get("/inzicht/")["Location"] == f"/inzicht/gemeente/{teststad.pk}/?jaar=2026"
        assert client.get(f"/inzicht/gemeente/{teststad.pk}/").status_code == 200
        assert client.get(f"/inzicht/regio/{region}/").status_code == 200
        assert client.get(f"/inzicht/gemeente/{naaststad.pk}/").status_code == 404  # type: ignore[attr-defined]
        assert client.get("/inzicht/nederland/").status_code == 404
        api = api_client(world.users[username])
        assert api.get("/api/insight/nederland/").status_code == 404
        names = {p["name"] for p in api.get("/api/insight/places/").json()}
        assert names == {"Teststad", teststad.region.name}
    researcher = verified_client(world.users["onderzoeker"])
    assert researcher.get("/inzicht/")["Location"] == "/inzicht/nederland/?jaar=2026"
    assert researcher.get(f"/inzicht/gemeente/{naaststad.pk}/").status_code == 200  # type: ignore[attr-defined]
    for username in ("aov", "ketenpartner_zorg", "functioneel_beheerder", "privacy_officer"):
        client = verified_client(world.users[username])
        assert client.get("/inzicht/").status_code == 403
        assert client.get(f"/inzicht/gemeente/{teststad.pk}/").status_code == 404
        assert api_client(world.users[username]).get("/api/insight/places/").status_code == 403
    # The researcher reads figures only: no case, in no list.
    assert researcher.get(f"/casussen/{world.case.pk}/").status_code in (403, 404)
    assert world.case.number not in researcher.get("/casussen/").content.decode()


def test_the_api_gives_the_tables_with_hidden_counts_as_null(world: World) -> None:
    hand_world(world)
    summaries.rebuild()
    publication.publish()
    api = api_client(world.users["onderzoeker"])
    body = api.get(f"/api/insight/nederland/?jaar={YEAR}").json()
    assert body["place"] == {"kind": "nederland", "id": 0, "name": "Nederland"}
    tables = {t["slug"]: t for t in body["tables"]}
    total = tables["aangemeld"]["rows"][-1]
    assert total["name"] == "Totaal"
    assert [c["value"] for c in total["cells"]] == [None, None, None, None, None]
    assert [c["text"] for c in total["cells"]] == ["< 5", "< 5", "< 5", "< 5", "×"]
    escalation = tables["aangemeld"]["rows"][0]
    assert escalation["name"].startswith("Groen")
    assert api.get("/api/insight/nederland/?jaar=1900").status_code == 400
    schema = api.get("/api/schema/").content.decode()
    assert "/api/insight/nederland/" in schema and "/api/insight/places/" in schema


def test_the_follow_up_waits_until_both_windows_have_passed(world: World) -> None:
    """2025's cohort (h2 and h4): six months passed for all of it on 1 July 2026, twelve on 1
    January 2027. Nothing of the cohort is shown before that: its size shown earlier, beside its
    parts shown later, would give a hidden part away."""
    hand_world(world)
    summaries.rebuild()
    place = Place(Scope.COUNTRY, 0, "NL")

    def cells() -> list[str]:
        table = {t.slug: t for t in insight(reader(world), place, YEAR).tables}["vervolgmeting"]
        assert len(table.rows) == 1
        return [cell.text for cell in table.rows[0].cells]

    publication.publish(today=datetime.date(2026, 8, 1))
    assert cells() == ["vanaf 01-01-2027"] * 5
    publication.publish(today=datetime.date(2027, 1, 1))
    # Two cases, one with a new signal within 6 months and one within 12: all under five.
    assert cells() == ["< 5", "< 5", "–", "< 5", "–"]


def test_query_count_does_not_grow_with_the_cases(world: World) -> None:
    hand_world(world)
    summaries.rebuild()
    publication.publish()
    client = verified_client(world.users["onderzoeker"])
    url = f"/inzicht/nederland/?jaar={YEAR}"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for index in range(30):
        history(
            world,
            world.municipality,
            registered=f"2025-{index % 12 + 1:02d}-03",
            escalation=index % 4 + 1,
            domains=(("zorg", "2025-06-01"),),
            uses=(
                Use(
                    "formeel",
                    "2025-06-02",
                    steps=[("2025-06-10", "uitgevoerd")],
                    evaluation=(3, "deels", "2025-07-01"),
                ),
            ),
        )
    summaries.rebuild()
    publication.publish()
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert len(many) == len(few)
    assert len(many) <= 20
