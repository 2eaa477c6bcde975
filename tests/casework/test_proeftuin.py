"""The proeftuin: pilots registered, cases enrolled by the procesregisseur with the reason, the
comparison with regular cases of the same places and period computed by hand and compared, and
the pseudonymised export for researchers."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from casework.insight import publication, summaries
from casework.insight.models import Enrolment, Pilot
from casework.insight.pilots import compare, newcombe, pilots_compare, wilson
from casework.insight.services import enrolment_add, pilot_create
from casework.models import Case
from partners.models import AccessLog
from partners.policy import grant
from tests.casework.insight_world import Use, history, intervention_of
from tests.conftest import api_client, verified_client
from tests.partners.factories import MunicipalityFactory
from tests.world import World

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 29)


def taking_part(world: World, case: Case) -> Case:
    """The ZVH takes part, so its procesregisseur may enrol the case."""
    grant(world.organisations["zvh"].group, ["view_case"], case)
    return case


def pilot_of(world: World, **fields: object) -> Pilot:
    values: dict[str, object] = {
        "user": world.users["procesregisseur"],
        "name": "Eerst zorg",
        "hypothesis": "Met een gezinscoach vóór de sluiting komen er minder nieuwe signalen.",
        "approach": "Gezinscoach vanaf de eerste week.",
        "municipalities": [world.municipality],
        "starts_on": datetime.date(2025, 1, 1),
        "ends_on": datetime.date(2025, 12, 31),
        "intervention": intervention_of("formeel"),
    }
    values.update(fields)
    return pilot_create(**values)  # type: ignore[arg-type]


def cases(
    world: World, count: int, *, signalled: int, escalated: int, plan_days: int
) -> list[Case]:
    """`count` cases of Teststad, registered in February 2025, each with a formal intervention
    carried out on 1 March; `signalled` of them get a new signal in May, `escalated` are at
    level rood, and each has its plan `plan_days` after its first signal (1 February)."""
    made = []
    for index in range(count):
        plan = datetime.date(2025, 2, 1) + datetime.timedelta(days=plan_days)
        made.append(
            history(
                world,
                world.municipality,
                registered="2025-02-01",
                escalation=3 if index < escalated else 1,
                uses=(Use("formeel", "2025-02-10", steps=[("2025-03-01", "uitgevoerd")]),),
                signals=("2025-02-01", *(["2025-05-01"] if index < signalled else [])),
                plan=plan.isoformat(),
            )
        )
    return made


def test_wilson_and_newcombe_as_in_the_literature() -> None:
    # Newcombe (1998), table I: 81/263 gives 0.2553 to 0.3662.
    low, high = wilson(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)
    low, high = wilson(0, 10)
    assert (round(low, 4), round(high, 4)) == (0.0, 0.2775)
    # Newcombe (1998), method 10, example 56/70 against 48/80: 0.0524 to 0.3339.
    low, high = newcombe(56, 70, 48, 80)
    assert (round(low, 4), round(high, 4)) == (0.0524, 0.3339)


def test_the_comparison_computed_by_hand(world: World) -> None:
    pilot = pilot_of(world)
    enrolled = cases(world, 12, signalled=0, escalated=0, plan_days=30)
    cases(world, 12, signalled=5, escalated=6, plan_days=60)
    # A case of another municipality, or registered outside the period, is no comparison.
    history(world, MunicipalityFactory.create(name="Elders"), registered="2025-02-01")
    history(world, world.municipality, registered="2024-06-01")
    for case in enrolled:
        enrolment_add(
            user=world.users["procesregisseur"],
            pilot=pilot,
            case=taking_part(world, case),
            reason="Past",
        )
    summaries.rebuild()
    publication.publish()

    result = compare(pilot, today=TODAY)
    assert result["too_few"] is False
    in_pilot, regular = result["groups"]["pilot"], result["groups"]["regular"]
    assert (in_pilot["cases"], regular["cases"]) == (12, 12)
    # Follow-up: 0 of 12 against 5 of 12 with a new signal within six months.
    assert in_pilot["follow_up"]["share"] == 0
    assert round(in_pilot["follow_up"]["high"], 4) == round(wilson(0, 12)[1], 4)
    assert round(regular["follow_up"]["share"], 4) == round(5 / 12, 4)
    low, high = newcombe(0, 12, 5, 12)
    difference = result["differences"]["follow_up"]
    assert round(difference["difference"], 4) == round(-5 / 12, 4)
    assert (round(difference["low"], 4), round(difference["high"], 4)) == (
        round(low, 4),
        round(high, 4),
    )
    assert difference["high"] < 0  # beyond chance
    # Escalation: 0 of 12 against 6 of 12 at rood or donkerrood.
    assert in_pilot["escalated"]["share"] == 0
    assert regular["escalated"]["share"] == 0.5
    # Time to plan: 30 days for every enrolled case, 60 for every regular one.
    assert in_pilot["plan_days"]["mean"] == 30 and in_pilot["plan_days"]["low"] == 30
    assert regular["plan_days"]["mean"] == 60


def test_too_few_cases_to_say_and_no_small_count_shown(world: World) -> None:
    pilot = pilot_of(world)
    enrolled = cases(world, 3, signalled=1, escalated=1, plan_days=30)
    cases(world, 12, signalled=3, escalated=6, plan_days=60)
    for case in enrolled:
        enrolment_add(
            user=world.users["procesregisseur"],
            pilot=pilot,
            case=taking_part(world, case),
            reason="Past",
        )
    summaries.rebuild()
    publication.publish()
    result = compare(pilot, today=TODAY)
    assert result["too_few"] is True
    assert result["groups"]["pilot"]["cases"] is None  # 3: "< 5"
    assert result["groups"]["pilot"]["follow_up"]["share"] is None
    # Nothing of the regular cases either: beside a copy of the pilot without cases, their
    # number would give the pilot's three away.
    assert result["groups"]["regular"]["cases"] is None
    assert result["groups"]["regular"]["escalated"]["share"] is None
    # With enough on both sides, a share whose hits are 1 to 4 is still not shown.
    more = cases(world, 10, signalled=0, escalated=0, plan_days=30)
    for case in more:
        enrolment_add(
            user=world.users["procesregisseur"],
            pilot=pilot,
            case=taking_part(world, case),
            reason="Past",
        )
    summaries.rebuild()
    publication.publish()
    result = compare(pilot, today=TODAY)
    assert result["too_few"] is False
    assert result["groups"]["regular"]["follow_up"]["share"] is None  # 3 of 12
    assert result["groups"]["regular"]["escalated"]["share"] == 0.5
    assert result["groups"]["pilot"]["escalated"]["share"] is None  # 1 of 13
    Enrolment.objects.filter(case__in=more).delete()
    pilots_compare()
    pilot.refresh_from_db()
    page = verified_client(world.users["procesregisseur"]).get(f"/proeftuin/{pilot.pk}/")
    text = page.content.decode()
    assert "Te weinig casussen om iets te zeggen" in text
    assert "te weinig casussen om iets te zeggen" in text


def test_only_the_procesregisseur_enrols_a_case_of_the_pilot_with_a_reason(world: World) -> None:
    pilot = pilot_of(world)
    director = world.users["procesregisseur"]
    case = taking_part(world, history(world, world.municipality, registered="2025-03-01"))
    with pytest.raises(ValidationError, match="waarom"):
        enrolment_add(user=director, pilot=pilot, case=case, reason=" ")
    with pytest.raises(PermissionDenied):
        enrolment_add(user=world.users["aov"], pilot=pilot, case=case, reason="x")
    elsewhere = taking_part(
        world, history(world, MunicipalityFactory.create(name="Verweg"), registered="2025-03-01")
    )
    with pytest.raises(ValidationError, match="gemeente van de pilot"):
        enrolment_add(user=director, pilot=pilot, case=elsewhere, reason="x")
    client = verified_client(director)
    response = client.post(
        f"/proeftuin/{pilot.pk}/opnemen/", {"number": case.number, "reason": "Jonge aanwas"}
    )
    assert response.status_code == 302
    assert Enrolment.objects.get().reason == "Jonge aanwas"
    again = client.post(
        f"/proeftuin/{pilot.pk}/opnemen/", {"number": case.number, "reason": "Nog eens"}
    )
    assert again.status_code == 400 and "doet al mee" in again.content.decode()
    unknown = client.post(
        f"/proeftuin/{pilot.pk}/opnemen/", {"number": "GM0000-2025-9999", "reason": "x"}
    )
    assert unknown.status_code == 400 and "geen casus met dit nummer" in unknown.content.decode()
    assert Pilot.objects.get().compared_at is None  # the next refresh compares again
    # Through the API as well.
    second = taking_part(world, history(world, world.municipality, registered="2025-04-01"))
    api = api_client(director)
    created = api.post(
        f"/api/pilots/{pilot.pk}/enrolments/",
        {"case": second.pk, "reason": "Via de koppeling"},
        format="json",
    )
    assert created.status_code == 201, created.content
    assert {
        row["case_number"]
        for row in api.get(f"/api/pilots/{pilot.pk}/enrolments/").json()["results"]
    } == {case.number, second.number}


def test_a_pilot_is_registered_with_a_clear_refusal_of_bad_input(world: World) -> None:
    client = verified_client(world.users["onderzoeker"])
    assert client.get("/proeftuin/").status_code == 200
    assert "nog geen pilots" in client.get("/proeftuin/").content.decode()
    bad = client.post(
        "/proeftuin/nieuw/",
        {
            "name": "Huisbezoek",
            "hypothesis": "h",
            "approach": "a",
            "municipalities": [world.municipality.pk],
            "starts_on": "2025-06-01",
            "ends_on": "2025-01-01",
        },
    )
    assert bad.status_code == 400
    assert "eindigt op of na de dag" in bad.content.decode()
    assert 'value="Huisbezoek"' in bad.content.decode()  # nothing typed is lost
    good = client.post(
        "/proeftuin/nieuw/",
        {
            "name": "Huisbezoek",
            "hypothesis": "h",
            "approach": "a",
            "municipalities": [world.municipality.pk],
            "starts_on": "2025-01-01",
            "ends_on": "2025-06-30",
        },
    )
    assert good.status_code == 302
    assert Pilot.objects.get().created_by == world.users["onderzoeker"]
    assert verified_client(world.users["aov"]).get("/proeftuin/nieuw/").status_code == 403
    api = api_client(world.users["onderzoeker"])
    created = api.post(
        "/api/pilots/",
        {
            "name": "Buurtgesprek",
            "hypothesis": "h",
            "approach": "a",
            "municipalities": [world.municipality.pk],
            "starts_on": "2025-01-01",
            "ends_on": "2025-12-31",
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    assert {row["name"] for row in api.get("/api/pilots/").json()["results"]} == {
        "Huisbezoek",
        "Buurtgesprek",
    }


def test_the_researchers_export_is_pseudonymised_and_logged(world: World) -> None:
    pilot = pilot_of(world)
    enrolled = cases(world, 6, signalled=0, escalated=0, plan_days=30)
    regular = cases(world, 6, signalled=6, escalated=6, plan_days=60)
    for case in enrolled:
        enrolment_add(
            user=world.users["procesregisseur"],
            pilot=pilot,
            case=taking_part(world, case),
            reason="Past",
        )
    summaries.rebuild()
    publication.publish()
    assert (
        verified_client(world.users["procesregisseur"])
        .get(f"/proeftuin/{pilot.pk}/onderzoek.csv")
        .status_code
        == 404
    )
    response = verified_client(world.users["onderzoeker"]).get(
        f"/proeftuin/{pilot.pk}/onderzoek.csv"
    )
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [row["groep"] for row in rows] == ["pilot"] * 6 + ["regulier"] * 6
    assert rows[0]["nieuw_signaal_binnen_6_maanden"] == "nee"
    assert rows[-1]["nieuw_signaal_binnen_6_maanden"] == "ja"
    assert rows[-1]["escalatieniveau"] == "3" and rows[0]["dagen_tot_plan"] == "0-30"
    assert rows[-1]["dagen_tot_plan"] == "31-60" and rows[0]["aangemeld_kwartaal"] == "2025-K1"
    for case in [*enrolled, *regular]:
        assert (
            case.number not in text
            and case.title not in text
            and str(case.pk) not in [r["pseudoniem"] for r in rows]
        )
    assert len({row["pseudoniem"] for row in rows}) == 12
    logged = AccessLog.objects.filter(user=world.users["onderzoeker"], read_path="export")
    assert logged.count() == 12
    assert all("proeftuin" in row.purpose for row in logged)


def test_who_sees_which_enrolled_case(world: World) -> None:
    pilot = pilot_of(world)
    enrolled = cases(world, 2, signalled=0, escalated=0, plan_days=30)
    for case in enrolled:
        enrolment_add(
            user=world.users["procesregisseur"],
            pilot=pilot,
            case=taking_part(world, case),
            reason="Past",
        )
    director = (
        verified_client(world.users["procesregisseur"])
        .get(f"/proeftuin/{pilot.pk}/")
        .content.decode()
    )
    assert all(case.number in director for case in enrolled)
    # The wethouder sees the pilot (her municipality), not which cases are in it.
    alderman = (
        verified_client(world.users["wethouder"]).get(f"/proeftuin/{pilot.pk}/").content.decode()
    )
    assert not any(case.number in alderman for case in enrolled)
    assert "&lt; 5" in alderman
    researcher = (
        verified_client(world.users["onderzoeker"]).get(f"/proeftuin/{pilot.pk}/").content.decode()
    )
    assert not any(case.number in researcher for case in enrolled)
    assert (
        verified_client(world.users["ketenpartner_zorg"]).get(f"/proeftuin/{pilot.pk}/").status_code
        == 404
    )


def test_pilots_run_whole_quarters_and_show_only_where_every_place_is_ones_own(
    world: World,
) -> None:
    with pytest.raises(ValidationError) as refused:
        pilot_of(world, starts_on=datetime.date(2025, 2, 1), ends_on=datetime.date(2025, 5, 31))
    assert set(refused.value.message_dict) == {"starts_on", "ends_on"}
    wider = pilot_of(
        world,
        user=world.users["onderzoeker"],
        municipalities=[world.municipality, MunicipalityFactory.create(name="Verweg")],
    )
    # Its comparison, over Verweg too, would tell the wethouder of a place she does not see.
    assert (
        verified_client(world.users["wethouder"]).get(f"/proeftuin/{wider.pk}/").status_code == 404
    )
    assert (
        verified_client(world.users["onderzoeker"]).get(f"/proeftuin/{wider.pk}/").status_code
        == 200
    )


def test_a_pilot_is_changed_by_who_may_and_compared_again(world: World) -> None:
    pilot = pilot_of(world)
    pilots_compare()
    client = verified_client(world.users["voorzitter"])
    page = client.get(f"/proeftuin/{pilot.pk}/wijzigen/").content.decode()
    assert "Eerst zorg wijzigen" in page and pilot.hypothesis in page
    fields = {
        "name": "Eerst zorg",
        "hypothesis": "Bijgesteld na een half jaar.",
        "approach": "Gezinscoach",
        "municipalities": [world.municipality.pk],
        "starts_on": "2025-01-01",
        "ends_on": "2025-10-15",
    }
    refused = client.post(f"/proeftuin/{pilot.pk}/wijzigen/", fields)
    assert refused.status_code == 400 and "laatste dag van een kwartaal" in refused.content.decode()
    assert (
        client.post(
            f"/proeftuin/{pilot.pk}/wijzigen/", {**fields, "ends_on": "2025-09-30"}
        ).status_code
        == 302
    )
    pilot.refresh_from_db()
    assert (pilot.hypothesis, pilot.ends_on, pilot.compared_at) == (
        "Bijgesteld na een half jaar.",
        datetime.date(2025, 9, 30),
        None,
    )
    assert (
        verified_client(world.users["wethouder"])
        .get(f"/proeftuin/{pilot.pk}/wijzigen/")
        .status_code
        == 404
    )
    api = api_client(world.users["onderzoeker"])
    patched = api.patch(
        f"/api/pilots/{pilot.pk}/", {"approach": "Gezinscoach en buurtteam"}, format="json"
    )
    assert patched.status_code == 200, patched.content
    assert patched.json()["approach"] == "Gezinscoach en buurtteam"
    assert (
        api_client(world.users["wethouder"])
        .patch(f"/api/pilots/{pilot.pk}/", {"approach": "x"}, format="json")
        .status_code
        == 403
    )
