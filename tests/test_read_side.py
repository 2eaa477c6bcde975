"""The one read side: every read of case data filtered by the policy, redacted for the reader
and logged once per request, by the reader and not by the caller."""

import ast
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casework.models import CaseIntervention, CaseNote, Person, Relation
from casework.redaction import Network, NetworkPerson, pseudonymise
from casework.selectors import case_for, case_persons
from casework.services.interventions import (
    CheckInput,
    assessment_save,
    case_intervention_propose,
)
from interventions.models import Intervention
from partners.models import AccessLog, ReadPath
from partners.policy import Action
from partners.reading import read_in_task, readable_models
from tests.conftest import api_client, reader, verified_client
from tests.world import World

ROOT = Path(__file__).resolve().parent.parent


def logged_objects(username: str, model: type) -> set[int]:
    kind = ContentType.objects.get_for_model(model)
    return set(
        AccessLog.objects.filter(username=username, object_type=kind).values_list(
            "object_id", flat=True
        )
    )


@pytest.fixture
def weighed(world: World) -> CaseIntervention:
    """A closure whose purpose and weighing name persons of the network in free text."""
    aov = world.users["aov"]
    item = case_intervention_propose(
        case=world.case,
        user=aov,
        intervention=Intervention.objects.get(slug="sluiting-woning-drugs"),
        purpose="Anna Teststraat laten weten dat de woning sluit; Hendriks loods blijft open.",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["moeder"]],
    )
    assessment_save(
        case_intervention=item,
        user=aov,
        version=item.version,
        checks=[
            CheckInput(met=True, evidence="PV over milan")
            for _ in item.intervention.conditions.all()
        ],
        human_measure="Milan (12) gaat naar zijn tante; BSN van moeder 111222333 bekend.",
        motivation="Teststraat heeft eerder een waarschuwing gehad.",
    )
    return item


NAMES = ("Anna", "Milan", "milan", "Hendrik", "Teststraat", "111222333")


# --- Leaks closed ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_vierhoek_members_read_no_name_of_the_network_in_free_text(
    world: World, weighed: CaseIntervention
) -> None:
    case = world.case
    mayor_page = verified_client(world.users["burgemeester"])
    mayor_api = api_client(world.users["burgemeester"])
    shown = [
        mayor_page.get(f"/casussen/{case.pk}/interventies/{weighed.pk}/").content.decode(),
        mayor_page.get(f"/casussen/{case.pk}/interventies/").content.decode(),
        mayor_page.get(f"/casussen/{case.pk}/").content.decode(),
        mayor_page.get("/casussen/").content.decode(),
        mayor_api.get(f"/api/cases/{case.pk}/interventions/{weighed.pk}/").content.decode(),
        mayor_api.get(f"/api/cases/{case.pk}/interventions/").content.decode(),
        mayor_api.get(f"/api/cases/{case.pk}/").content.decode(),
    ]
    for text in shown:
        assert not [name for name in NAMES if name in text], text[:2000]
    detail = mayor_api.get(f"/api/cases/{case.pk}/interventions/{weighed.pk}/").json()
    assert detail["purpose"].startswith("[familielid A.T.] laten weten dat de woning sluit")
    # "Hendriks": a possessive goes with the name.
    assert detail["purpose"].endswith("[betrokkene H.T.] loods blijft open.")
    assert detail["assessment"]["human_measure"].startswith("[minderjarige M.T.] (12) gaat")
    assert "[BSN]" in detail["assessment"]["human_measure"]
    assert detail["assessment"]["checks"][0]["evidence"] == "PV over [minderjarige M.T.]"
    assert detail["target_persons"] == []
    assert mayor_api.get(f"/api/cases/{case.pk}/").json()["title"] == "Familie [T.]"


@pytest.mark.django_db
def test_case_workers_read_the_names_as_written(world: World, weighed: CaseIntervention) -> None:
    detail = (
        api_client(world.users["ketenpartner_politie"])
        .get(f"/api/cases/{world.case.pk}/interventions/{weighed.pk}/")
        .json()
    )
    assert detail["purpose"].startswith("Anna Teststraat laten weten")
    assert detail["assessment"]["human_measure"].startswith("Milan (12)")
    assert detail["target_persons"] == [world.persons["moeder"].pk]


@pytest.mark.django_db
def test_vierhoek_members_find_a_case_by_number_but_not_by_a_name_in_its_title(
    world: World,
) -> None:
    mayor = api_client(world.users["burgemeester"])
    assert mayor.get("/api/cases/", {"q": "Teststraat"}).json()["results"] == []
    by_number = mayor.get("/api/cases/", {"q": world.case.number}).json()["results"]
    assert [row["id"] for row in by_number] == [world.case.pk]
    aov = api_client(world.users["aov"])
    assert [row["id"] for row in aov.get("/api/cases/", {"q": "Teststraat"}).json()["results"]]


@pytest.mark.django_db
def test_an_object_redacted_for_a_reader_cannot_be_saved(world: World) -> None:
    case = case_for(reader(world.users["burgemeester"]), world.case.pk)
    assert case.title == "Familie [T.]"
    with pytest.raises(RuntimeError, match="redacted"):
        case.save()
    world.case.refresh_from_db()
    assert world.case.title == "Familie Teststraat"


@pytest.mark.django_db
def test_related_personal_data_cannot_be_prefetched_around_the_policy(world: World) -> None:
    as_mayor = reader(world.users["burgemeester"])
    around = as_mayor.visible(
        Action.VIEW, CaseIntervention.objects.prefetch_related("target_persons")
    )
    with pytest.raises(ImproperlyConfigured, match="around the policy"):
        list(around)
    through = as_mayor.visible(
        Action.VIEW,
        CaseIntervention.objects.prefetch_related(
            as_mayor.prefetch("target_persons", Person.objects.all())
        ),
    )
    assert list(through) == []


@pytest.mark.django_db
def test_the_propose_form_offers_and_logs_every_person_of_the_network(world: World) -> None:
    page = verified_client(world.users["aov"]).get(f"/casussen/{world.case.pk}/interventies/")
    html = page.content.decode()
    for person in world.persons.values():
        assert person.full_name in html
    assert logged_objects("aov", Person) == {person.pk for person in world.persons.values()}


@pytest.mark.django_db
def test_the_person_page_logs_the_persons_it_names(world: World) -> None:
    child = world.persons["kind"]
    verified_client(world.users["aov"]).get(f"/casussen/{world.case.pk}/personen/{child.pk}/")
    # Milan's page names Milan, and his mother through their relation.
    assert logged_objects("aov", Person) == {child.pk, world.persons["moeder"].pk}
    assert len(logged_objects("aov", Relation)) == 1


@pytest.mark.django_db
def test_the_partners_tab_logs_the_participations_it_shows(world: World) -> None:
    verified_client(world.users["aov"]).get(f"/casussen/{world.case.pk}/partners/")
    from casework.models import CaseParticipation

    assert logged_objects("aov", CaseParticipation) == set(
        world.case.participations.values_list("pk", flat=True)
    )


@pytest.mark.django_db
def test_a_page_writes_the_log_in_one_insert(world: World) -> None:
    client = verified_client(world.users["aov"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/casussen/{world.case.pk}/tijdlijn/")
    assert response.status_code == 200
    inserts = [q for q in queries if q["sql"].startswith("\nINSERT INTO partners_accesslog")]
    assert len(inserts) == 1
    # The timeline names persons and summarises signals and notes: all of it is logged.
    assert logged_objects("aov", Person) == {person.pk for person in world.persons.values()}
    assert logged_objects("aov", CaseNote) == {world.open_note.pk}  # not the one for Zorg


@pytest.mark.django_db
def test_the_access_log_keeps_no_search_terms(world: World) -> None:
    aov_page, aov_api = verified_client(world.users["aov"]), api_client(world.users["aov"])
    aov_page.get("/casussen/", {"q": "Teststraat"})
    aov_api.get("/api/cases/", {"q": "Milan"})
    paths = set(AccessLog.objects.values_list("path", flat=True))
    assert paths == {"/casussen/", "/api/cases/"}
    seen_by_officer = api_client(world.users["privacy_officer"]).get("/api/access-log/")
    text = seen_by_officer.content.decode()
    assert "Teststraat" not in text and "Milan" not in text and "q=" not in text
    assert AccessLog.objects.filter(read_path=ReadPath.SEARCH).exists()


@pytest.mark.django_db
def test_a_task_reads_through_a_reader_and_logs_when_it_ends(world: World) -> None:
    with read_in_task(world.users["aov"], purpose="Plan van aanpak maken") as as_task:
        persons = list(case_persons(as_task, world.case))
        assert not AccessLog.objects.exists()
    assert len(persons) == 3
    rows = AccessLog.objects.filter(read_path=ReadPath.TASK)
    assert rows.count() == 3
    assert set(rows.values_list("purpose", flat=True)) == {"Plan van aanpak maken"}


@pytest.mark.django_db
def test_a_refused_read_hands_out_nothing(world: World) -> None:
    outsider = reader(world.users["ketenpartner_buiten"])
    assert list(case_persons(outsider, world.case)) == []
    assert outsider.handed_out == []


# --- Pseudonymising -------------------------------------------------------------------------


def network() -> Network:
    return Network(
        persons=[
            NetworkPerson("Dylan", "de Boer", roles=("familielid",), birth_date=None),
            NetworkPerson("Kevin", "de Boer", alias="Kef", roles=("dader",)),
            NetworkPerson("Jesse", "Bakker", bsn="111222333", roles=("betrokkene",)),
        ],
        businesses=["Garagebedrijf De Boer B.V."],
        addresses=["Industrieweg 4"],
    )


def test_pseudonymise_replaces_every_form_of_a_name() -> None:
    text = (
        "Dylan en Kevin wonen niet in de loods aan de Industrieweg 4. "
        "Jesse laten weten; Jesse Bakker's broer (Kef) werkt bij Garagebedrijf De Boer B.V.; "
        "familie de boer; BSN 111222333."
    )
    assert pseudonymise(text, network()) == (
        "[familielid D.B.] en [dader K.B.] wonen niet in de loods aan de [adres]. "
        "[betrokkene J.B.] laten weten; [betrokkene J.B.] broer ([dader K.B.]) werkt bij "
        "[bedrijf]; familie [D.]; BSN [BSN]."
    )


def test_pseudonymise_leaves_other_words_alone() -> None:
    text = "Dylano en Kevinstraat; een bakkerij; de Boerderij."
    assert pseudonymise(text, network()) == text
    assert pseudonymise("", network()) == ""


def test_a_shared_first_name_is_not_given_to_one_person() -> None:
    twins = Network(persons=[NetworkPerson("Sam", "Jansen"), NetworkPerson("Sam", "Visser")])
    assert pseudonymise("Sam kwam niet.", twins) == "[S.] kwam niet."
    assert pseudonymise("Sam Visser kwam niet.", twins) == "[persoon S.V.] kwam niet."


# --- Only the read side reads case data -----------------------------------------------------

# Where case data may be queried directly: the read side itself (selectors, the redactor, the
# reader, the rules), the writes (services, which read to check what they change, and the
# snapshot a submitted plan keeps), models, migrations, and the commands that make demo and
# volume data.
READ_SIDE_DIRECTORIES = {"selectors", "services", "models", "migrations", "management", "volume"}
READ_SIDE_FILES = {
    "permissions.py",
    "redaction.py",
    "reading.py",
    "models.py",
    "services.py",
    "selectors.py",
    "snapshot.py",
    # The mails of the review: services that read which rows are due, and send a link only.
    "sending.py",
}


def direct_reads(source: str, governed: set[str]) -> list[str]:
    """`Model.objects…` or `Model._default_manager…` of a governed model, except `.none()`."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in ("objects", "_default_manager")
            and isinstance(node.value, ast.Name)
            and node.value.id in governed
        ):
            parent = parents.get(node)
            if isinstance(parent, ast.Attribute) and parent.attr == "none":
                continue
            found.append(f"{node.value.id}.{node.attr} (line {node.lineno})")
    return found


def test_the_check_finds_a_direct_read() -> None:
    governed = {"Person"}
    assert direct_reads("Person.objects.filter(case=case)", governed) == ["Person.objects (line 1)"]
    assert direct_reads("Person.objects.none()", governed) == []
    assert direct_reads("Intervention.objects.all()", governed) == []


def test_no_module_outside_the_read_side_queries_case_data() -> None:
    governed = {model.__name__ for model in readable_models()}
    assert {"Case", "Person", "CaseNote", "Assessment"} <= governed
    offenders = {}
    for app in ("config", "partners", "documents", "interventions", "casework"):
        for path in (ROOT / app).rglob("*.py"):
            parts = path.relative_to(ROOT).parts
            if READ_SIDE_DIRECTORIES & set(parts[:-1]) or parts[-1] in READ_SIDE_FILES:
                continue
            found = direct_reads(path.read_text(), governed)
            if found:
                offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}


@pytest.mark.django_db
def test_what_roles_say_of_the_network_agrees_with_the_policy(world: World) -> None:
    from casework.permissions import network_follows_view
    from partners.policy import can

    for name, user in world.users.items():
        follows = network_follows_view(user)
        sees_case = can(user, Action.VIEW, world.case)
        sees_network = can(user, Action.VIEW_NETWORK, world.case)
        if follows is True:
            assert sees_network == sees_case, name
        elif follows is False:
            assert not sees_network, name
