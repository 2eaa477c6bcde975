"""Territorial competence, case numbers across the country, the case list's sorting and
filters, "Mijn werk", and what the menu offers."""

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from casework.models import Case
from casework.selectors import case_list_municipalities, my_work
from casework.services import case_create, case_update, partner_join_case
from casework.services.interventions import case_intervention_propose
from interventions.models import Intervention, Kind
from partners.policy import Action, can
from tests.conftest import reader, verified_client
from tests.partners.factories import RegionFactory, served_municipality
from tests.world import World


def _outside_case(world: World) -> Case:
    """A case in Anderstad (served by the ZVH only) in which the municipality, the police and
    the public prosecutor of Teststad take part."""
    anderstad = served_municipality(world.organisations["zvh"], name="Anderstad")
    case = case_create(user=world.users["procesregisseur"], title="Buiten", municipality=anderstad)
    for key in ("gemeente", "politie", "om"):
        partner_join_case(
            case=case,
            organisation=world.organisations[key],
            decided_by=world.users["procesregisseur"],
        )
    return case


def test_vierhoek_members_see_only_cases_of_their_territory(world: World) -> None:
    outside = _outside_case(world)
    for name in ("burgemeester", "wethouder", "officier", "politiechef"):
        assert can(world.users[name], Action.VIEW, world.case), name
        assert not can(world.users[name], Action.VIEW, outside), name
    # Case workers of a partner taking part still see it: they work on it.
    assert can(world.users["aov"], Action.VIEW, outside)
    assert can(world.users["ketenpartner_politie"], Action.VIEW, outside)


def test_a_case_crossing_the_border_is_seen_where_the_family_acts(world: World) -> None:
    outside = _outside_case(world)
    case_update(
        case=outside,
        user=world.users["procesregisseur"],
        version=outside.version,
        other_municipalities=[world.municipality],
    )
    assert can(world.users["burgemeester"], Action.VIEW, outside)
    assert list(outside.other_municipalities.all()) == [world.municipality]


def test_the_police_chief_sees_the_municipalities_of_the_unit(world: World) -> None:
    region = RegionFactory.create(name="Eenheid Oost")
    police = world.organisations["politie"]
    police.municipalities.clear()
    police.regions.add(region)
    anderstad = served_municipality(world.organisations["zvh"], name="Anderstad", region=region)
    case = case_create(user=world.users["procesregisseur"], title="Oost", municipality=anderstad)
    partner_join_case(case=case, organisation=police, decided_by=world.users["procesregisseur"])
    chief = world.users["politiechef"]
    chief.refresh_from_db()
    assert can(chief, Action.VIEW, case)
    # Teststad no longer lies in the unit's area.
    assert not can(chief, Action.VIEW, world.case)


def test_a_case_is_created_only_in_the_werkgebied(world: World) -> None:
    elsewhere = served_municipality(name="Nergensdorp")
    with pytest.raises(ValidationError, match="werkgebied"):
        case_create(user=world.users["aov"], title="Elders", municipality=elsewhere)
    client = verified_client(world.users["aov"])
    html = client.get("/casussen/nieuw/").content.decode()
    # The only municipality of the werkgebied is chosen already; others are not offered.
    assert f'<option value="{world.municipality.pk}" selected>Teststad</option>' in html
    assert "Nergensdorp</option>" not in html.split('name="municipality"')[1].split("</select>")[0]
    refused = client.post(
        "/casussen/nieuw/", {"title": "Elders", "municipality": elsewhere.pk, "priority": "normaal"}
    )
    assert "Kies een gemeente uit het werkgebied van uw organisatie." in refused.content.decode()


def test_case_numbers_are_unique_across_the_country(world: World) -> None:
    year = timezone.localdate().year
    other = served_municipality(world.organisations["gemeente"], cbs_code="GM0344")
    case = case_create(user=world.users["aov"], title="Elders", municipality=other)
    assert case.number == f"GM0344-{year}-0001"
    assert world.case.number == f"{world.municipality.cbs_code}-{year}-0001"
    with pytest.raises(IntegrityError), transaction.atomic():
        Case.objects.filter(pk=case.pk).update(number=world.case.number)


def test_the_case_list_sorts_and_filters_by_several_municipalities(world: World) -> None:
    aov = world.users["aov"]
    second = served_municipality(world.organisations["gemeente"], name="Tweestad")
    third = served_municipality(world.organisations["gemeente"], name="Driestad")
    two = case_create(user=aov, title="Tweede", municipality=second)
    three = case_create(user=aov, title="Derde", municipality=third)
    # The first case changes last: sorting by last change puts it on top.
    case_update(case=world.case, user=aov, version=world.case.version, title="Gewijzigd")
    client = verified_client(aov)

    def listed(**params: Any) -> list[int]:
        html = client.get("/casussen/", params).content.decode()
        rows = html.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in html else ""
        return [
            case.pk
            for case in sorted((world.case, two, three), key=lambda c: rows.find(f"/{c.pk}/"))
            if f'href="/casussen/{case.pk}/"' in rows
        ]

    assert listed() == [three.pk, two.pk, world.case.pk]
    assert listed(sorteer="gewijzigd")[0] == world.case.pk
    assert listed(sorteer="nummer") == sorted(
        [world.case.pk, two.pk, three.pk],
        key=lambda pk: Case.objects.get(pk=pk).number,
    )
    assert listed(gemeente=[second.pk, third.pk]) == [three.pk, two.pk]
    # A municipality the user may not filter by is ignored, not an error.
    assert len(listed(gemeente=["999999", "x"])) == 3


def test_the_filter_offers_the_municipalities_of_the_cases_taken_part_in(world: World) -> None:
    outside = _outside_case(world)
    offered = set(case_list_municipalities(user=world.users["aov"]).values_list("pk", flat=True))
    assert offered == {world.municipality.pk, outside.municipality_id}


def test_mijn_werk_shows_what_is_the_users(world: World) -> None:
    aov = world.users["aov"]
    case_update(case=world.case, user=aov, version=world.case.version, case_director=aov)
    closure = Intervention.objects.filter(kind=Kind.FORMAL).order_by("name")[0]
    item = case_intervention_propose(
        case=world.case,
        user=aov,
        intervention=closure,
        purpose="Stoppen",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["opa"]],
        planned_on=timezone.localdate() + datetime.timedelta(days=3),
    )
    work = my_work(reader(aov))
    assert work.directed == [world.case]
    assert work.to_weigh == [item]
    assert [deadline.item for deadline in work.deadlines] == [item]
    mayor = my_work(reader(world.users["burgemeester"]))
    assert mayor.to_decide == [item] and mayor.to_weigh == []
    outsider = my_work(reader(world.users["ketenpartner_buiten"]))
    assert outsider == type(outsider)([], [], [], [], [])
    html = verified_client(aov).get("/").content.decode()
    assert "Casussen waarvan u regisseur bent" in html and closure.name in html


def test_the_menu_offers_what_the_role_can_use(world: World) -> None:
    aov = verified_client(world.users["aov"]).get("/").content.decode()
    manager = verified_client(world.users["functioneel_beheerder"]).get("/").content.decode()
    nav = aov.split('class="site-nav"')[1].split("</nav>")[0]
    assert ">Casussen<" in nav and ">API<" not in nav
    manager_nav = manager.split('class="site-nav"')[1].split("</nav>")[0]
    assert ">Casussen<" not in manager_nav and ">Interventies<" in manager_nav


def test_short_dates_are_written_as_each_language_writes_them(world: World) -> None:
    from django.template import Context, Template

    template = Template('{{ day|date:"SHORT_DATE_FORMAT" }}')
    day = datetime.date(2026, 10, 5)
    with translation.override("nl"):
        assert template.render(Context({"day": day})) == "5 okt 2026"
    with translation.override("en"):
        assert template.render(Context({"day": day})) == "5 Oct 2026"


def test_the_maximum_length_is_stated_beside_the_field(world: World) -> None:
    html = verified_client(world.users["aov"]).get(f"/casussen/{world.case.pk}/netwerk/")
    assert "Hooguit 100 tekens." in html.content.decode()
