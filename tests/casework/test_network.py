import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from casework.diagram import generations, network_svg
from casework.models import Person
from casework.selectors import case_collaboration, person_known_elsewhere
from casework.services import (
    case_create,
    case_transition,
    partner_join_case,
    person_add,
    relation_add,
    signal_add,
)
from tests.conftest import api_client, reader
from tests.partners.factories import domain, served_municipality
from tests.world import World

pytestmark = pytest.mark.django_db


def add(world: World, first: str, last: str = "Teststraat", **extra) -> Person:
    return person_add(
        case=world.case, user=world.users["aov"], first_name=first, last_name=last, **extra
    )


def test_a_person_with_an_invalid_bsn_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="elfproef"):
        add(world, "Piet", bsn="123456789")
    assert not Person.objects.filter(first_name="Piet").exists()


def test_a_birth_date_in_the_future_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="toekomst"):
        add(world, "Piet", birth_date=timezone.localdate() + datetime.timedelta(days=1))


def test_minors_are_marked(world: World) -> None:
    assert world.persons["kind"].is_minor
    assert not world.persons["moeder"].is_minor
    eighteen_today = timezone.localdate().replace(year=timezone.localdate().year - 18)
    assert not add(world, "Jarig", birth_date=eighteen_today).is_minor


def test_a_relation_to_oneself_is_refused(world: World) -> None:
    moeder = world.persons["moeder"]
    with pytest.raises(ValidationError, match="zichzelf"):
        relation_add(
            case=world.case,
            user=world.users["aov"],
            from_person=moeder,
            kind="partner",
            to_person=moeder,
            source=world.organisations["gemeente"],
        )


def test_a_relation_across_cases_is_refused(world: World) -> None:
    other = case_create(user=world.users["aov"], title="Ander", municipality=world.municipality)
    stranger = person_add(case=other, user=world.users["aov"], first_name="Vreemd", last_name="X")
    with pytest.raises(ValidationError, match="Beide personen"):
        relation_add(
            case=world.case,
            user=world.users["aov"],
            from_person=world.persons["moeder"],
            kind="partner",
            to_person=stranger,
            source=world.organisations["gemeente"],
        )


def test_a_relation_that_ends_before_it_starts_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="einddatum"):
        relation_add(
            case=world.case,
            user=world.users["aov"],
            from_person=world.persons["opa"],
            kind="zakelijk",
            to_person=world.persons["moeder"],
            source=world.organisations["gemeente"],
            valid_from=datetime.date(2020, 1, 1),
            valid_to=datetime.date(2019, 1, 1),
        )


def test_the_same_relation_twice_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="staat er al"):
        relation_add(
            case=world.case,
            user=world.users["aov"],
            from_person=world.persons["opa"],
            kind="ouder",
            to_person=world.persons["moeder"],
            source=world.organisations["gemeente"],
        )


def test_informing_an_authority_needs_the_authority(world: World) -> None:
    with pytest.raises(ValidationError, match="overheid"):
        signal_add(
            case=world.case,
            user=world.users["aov"],
            kind="informeren",
            received_on=timezone.localdate(),
            source=world.organisations["gemeente"],
            domain=domain("veiligheid"),
            classification="ondermijning",
            description="RIEC geïnformeerd",
        )
    signal = signal_add(
        case=world.case,
        user=world.users["aov"],
        kind="informeren",
        authority="riec",
        received_on=timezone.localdate(),
        source=world.organisations["gemeente"],
        domain=domain("veiligheid"),
        classification="ondermijning",
        description="RIEC geïnformeerd",
    )
    assert signal.get_authority_display() == "RIEC"


def test_the_diagram_puts_three_generations_in_three_rows(world: World) -> None:
    persons = list(world.case.persons.all())
    relations = list(world.case.relations.all())
    rows = generations(persons, relations)
    assert rows[world.persons["opa"].pk] == 0
    assert rows[world.persons["moeder"].pk] == 1
    assert rows[world.persons["kind"].pk] == 2
    svg = network_svg(persons, relations, title="Netwerk <test>")
    assert svg.startswith("<svg")
    assert 'role="img"' in svg
    assert "Netwerk &lt;test&gt;" in svg
    assert "Milan Teststraat" in svg
    assert "minderjarig" in svg
    # Drawn by Graphviz: three rows, top to bottom, and a line from each parent to the child.
    row = {}
    for pk, texts in re.findall(r'<g id="persoon-(\d+)" class="node">(.*?)</g>', svg, re.S):
        ys = [float(y) for y in re.findall(r'<text [^>]*\by="(-?[\d.]+)"', texts)]
        row[int(pk)] = sum(ys) / len(ys)
    assert row[world.persons["opa"].pk] < row[world.persons["moeder"].pk]
    assert row[world.persons["moeder"].pk] < row[world.persons["kind"].pk]
    assert len(re.findall(r'<g id="relatie-\d+" class="edge">', svg)) == 2


def test_known_elsewhere_names_only_whom_to_contact(world: World) -> None:
    elders = served_municipality(world.organisations["zvh"], name="Elders")
    other = case_create(
        user=world.users["procesregisseur"], title="Geheime titel", municipality=elders
    )
    person_add(
        case=other,
        user=world.users["procesregisseur"],
        first_name="Hendrik",
        last_name="Testtstraat",  # a typo, same birth date
        birth_date=datetime.date(1950, 1, 1),
    )
    person_add(
        case=other,
        user=world.users["procesregisseur"],
        first_name="Anders",
        last_name="Geheel",
        bsn="111222333",
    )
    # The politie user takes part in the first case only.
    user = world.users["ketenpartner_politie"]
    by_name = person_known_elsewhere(reader(user), world.persons["opa"])
    by_bsn = person_known_elsewhere(reader(user), world.persons["moeder"])
    assert [contact.name for contact in by_name] == [str(world.users["procesregisseur"])]
    assert by_bsn == by_name
    shown = repr(by_name)
    assert other.number not in shown
    assert "Geheime titel" not in shown
    assert "Anders" not in shown
    assert person_known_elsewhere(reader(user), world.persons["kind"]) == []


def test_known_elsewhere_is_nothing_for_who_cannot_see_the_person(world: World) -> None:
    assert person_known_elsewhere(reader(world.users["burgemeester"]), world.persons["opa"]) == []


def test_collaboration_is_proactive_when_everyone_joined_before_the_plan(world: World) -> None:
    case = world.case
    for status in ("aanmelding", "screening", "in_behandeling", "casusoverleg", "plan_van_aanpak"):
        case.refresh_from_db()
        case_transition(
            case=case, user=world.users["aov"], to_status=status, reason="x", version=case.version
        )
    user = world.users["aov"]
    before = case_collaboration(reader(user), case)
    assert before.verdict == "proactief"
    assert before.plan_date == timezone.localdate()
    assert {d.code for d, _ in before.before_plan} == {"veiligheid", "zorg", "politie", "justitie"}
    partner_join_case(
        case=case, organisation=world.organisations["woningcorporatie"], decided_by=user
    )
    # Joining on the day of the plan still counts as before it; a later day does not.
    assert case_collaboration(reader(user), case).verdict == "proactief"
    case.participations.filter(organisation=world.organisations["woningcorporatie"]).update(
        joined_on=timezone.localdate() + datetime.timedelta(days=1)
    )
    after = case_collaboration(reader(user), case)
    assert after.verdict == "reactief"
    assert [d.code for d, _ in after.after_plan] == ["wonen"]


def test_collaboration_is_open_before_a_plan(world: World) -> None:
    assert case_collaboration(reader(world.users["aov"]), world.case).verdict == "open"


def test_impossible_relations_are_refused_and_unknown_ages_warned(world: World) -> None:
    import datetime

    from casework.services import person_add, relation_add
    from casework.validators import relation_implausible, relation_unchecked

    aov = world.users["aov"]
    source = world.organisations["politie"]
    emma = person_add(
        case=world.case,
        user=aov,
        first_name="Emma",
        last_name="Jong",
        birth_date=datetime.date(2016, 3, 1),
    )
    kees = person_add(
        case=world.case,
        user=aov,
        first_name="Kees",
        last_name="Oud",
        birth_date=datetime.date(1951, 5, 1),
    )
    with pytest.raises(ValidationError, match="minstens 12 jaar ouder"):
        relation_add(
            case=world.case, user=aov, from_person=emma, kind="ouder", to_person=kees, source=source
        )
    with pytest.raises(ValidationError, match="minstens 16 jaar oud"):
        relation_add(
            case=world.case,
            user=aov,
            from_person=emma,
            kind="partner",
            to_person=kees,
            source=source,
        )
    assert "24 jaar" in relation_implausible(
        "grootouder", datetime.date(1980, 1, 1), datetime.date(2000, 1, 1)
    )
    assert relation_implausible("ouder", kees.birth_date, emma.birth_date) == ""
    # Through the API as well, with the reason in the answer.
    api = api_client(aov)
    refused = api.post(
        f"/api/cases/{world.case.pk}/relations/",
        {"from_person": emma.pk, "kind": "ouder", "to_person": kees.pk, "source": source.pk},
        format="json",
    )
    assert refused.status_code == 400 and "12 jaar" in str(refused.json())
    # Kees is Emma's grandfather: 65 years apart, fine.
    relation_add(
        case=world.case,
        user=aov,
        from_person=kees,
        kind="grootouder",
        to_person=emma,
        source=source,
    )
    assert relation_unchecked("ouder", None, emma.birth_date)
    assert relation_unchecked("broer_zus", None, None) == ""
