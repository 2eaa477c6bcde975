"""The permission matrix: every role × what it reads or does × every read path, in one table.

Y = the user sees the object (or the action succeeds) on that read path; N = it is refused or the
object is simply absent. Each row is one user of the world in tests/world.py; together they hold
every role. Read it against the rules in partners/permissions.py, interventions/permissions.py
and casework/permissions.py.

Each column is a probe below, declared with the routes it goes through and the rules it asks.
Two meta-tests keep the table whole: every registered rule and every route that reads or changes
data must appear in a column, so a new read path without cells fails the build.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from casework.models import (
    Assessment,
    Case,
    CaseIntervention,
    CaseNote,
    CaseParticipation,
    ConditionCheck,
    Evaluation,
    InterventionStatusChange,
    LinkedAddress,
    LinkedOrganisation,
    NetworkChange,
    Person,
    Relation,
    Signal,
    StatusChange,
)
from casework.plans.models import (
    Plan,
    PlanAction,
    PlanChild,
    PlanCommitment,
    PlanGoal,
    PlanMessage,
    PlanVersion,
)
from casework.plans.services import FULL, PSEUDONYMISED, plan_save, plan_submit
from casework.services import (
    case_create,
    linked_address_add,
    linked_organisation_add,
    partner_join_case,
    person_add,
    relation_add,
)
from casework.services.interventions import (
    CheckInput,
    assessment_save,
    case_intervention_propose,
    case_intervention_transition,
    evaluation_record,
)
from documents.jobs import job_done
from documents.models import DocumentJob
from documents.rendering import Pdf, store
from interventions.models import (
    Condition,
    Intervention,
    InterventionVersion,
    Kind,
    LegalReview,
    Source,
)
from interventions.services import intervention_keep_version
from partners.models import (
    AccessLog,
    AdminRequest,
    ContactPerson,
    Domain,
    Expertise,
    Municipality,
    Organisation,
    Region,
    Role,
    User,
)
from partners.policy import Action, rules_table
from tests.casework.plan_world import content as plan_content
from tests.casework.plan_world import submitted as plan_submitted
from tests.conftest import api_client, log_reads, verified_client
from tests.partners.factories import (
    ContactPersonFactory,
    OrganisationFactory,
    served_municipality,
)
from tests.world import USERS, World

MATRIX = """
user                    | case: page list detail search api-search fragment timeline home | open note: page api fragment | zorg note: page api fragment | access log: page api export | create case: page api | add partner: page api | add note: page api fragment | network: page api person relations business | add to network: person relation business address person-api relation-api | zorg signal: page api | add signal: page api | partners: page api | status: history-page history-api | intervention: tab page api-list api-detail history checks evaluation | weighing: text names | propose: form page api | weigh: page api | step: page api | evaluate: page api | summary: fragment page api | transition: page api | leave: page api | social map: page detail api | registry: api | users: all | admin: registry users requests | catalogue: page detail version api admin reviews review-page review-api | api tokens: page api | correct: person relation end business address person-api relation-api link-api history history-api | remove: person relation link merge api | territory: outside create-elsewhere | plan: draft draft-api edit edit-api submit submit-api version version-api full full-api pseudonymised pseudonymised-api compare compare-api progress documents-api request request-api jobs-admin
aov                     | Y Y Y Y Y Y Y Y | Y Y Y | N N N | N N N | Y Y | Y Y | Y Y Y | Y Y Y Y Y | Y Y Y Y Y Y | N N | Y Y | Y Y | Y Y | Y Y Y Y Y Y Y | Y Y | Y Y Y | Y Y | Y Y | Y Y | Y Y Y | Y Y | Y Y | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | Y Y Y Y Y Y Y Y Y Y | Y Y Y Y Y | Y N | Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y N
procesregisseur         | Y Y Y Y Y Y Y Y | Y Y Y | N N N | N N N | Y Y | Y Y | Y Y Y | Y Y Y Y Y | Y Y Y Y Y Y | N N | Y Y | Y Y | Y Y | Y Y Y Y Y Y Y | Y Y | Y Y Y | N N | Y Y | Y Y | Y Y Y | Y Y | Y Y | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | Y Y Y Y Y Y Y Y Y Y | Y Y Y Y Y | Y N | Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y N
voorzitter              | Y Y Y Y Y Y Y Y | Y Y Y | N N N | N N N | N N | Y Y | Y Y Y | Y Y Y Y Y | Y Y Y Y Y Y | N N | Y Y | Y Y | Y Y | Y Y Y Y Y Y Y | Y Y | Y Y Y | N N | Y Y | Y Y | N N N | Y Y | Y Y | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | Y Y Y Y Y Y Y Y Y Y | N N N N N | Y N | Y Y N N N N Y Y Y Y Y Y Y Y Y Y Y Y N
ketenpartner_zorg       | Y Y Y Y Y Y Y Y | Y Y Y | Y Y Y | N N N | N N | N N | Y Y Y | Y Y Y Y Y | Y Y Y Y Y Y | Y Y | Y Y | Y Y | Y Y | Y Y Y Y Y Y Y | Y Y | Y Y Y | N N | Y Y | Y Y | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | Y Y Y Y Y Y Y Y Y Y | N N N N N | Y N | Y Y N N N N Y Y Y Y Y Y Y Y Y Y Y Y N
ketenpartner_ggz        | Y Y Y Y Y Y Y Y | Y Y Y | Y Y Y | N N N | N N | N N | Y Y Y | Y Y Y Y Y | Y Y Y Y Y Y | Y Y | Y Y | Y Y | Y Y | Y Y Y Y Y Y Y | Y Y | Y Y Y | N N | Y Y | Y Y | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | Y Y Y Y Y Y Y Y Y Y | N N N N N | Y N | Y Y N N N N Y Y Y Y Y Y Y Y Y Y Y Y N
ketenpartner_politie    | Y Y Y Y Y Y Y Y | Y Y Y | N N N | N N N | N N | N N | Y Y Y | Y Y Y Y Y | Y Y Y Y Y Y | N N | Y Y | Y Y | Y Y | Y Y Y Y Y Y Y | Y Y | Y Y Y | N N | Y Y | Y Y | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | Y Y Y Y Y Y Y Y Y Y | N N N N N | Y N | Y Y N N N N Y Y Y Y Y Y Y Y Y Y Y Y N
ketenpartner_vertrokken | N N N N N N N N | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | N N | N N | N N N N N N N | N N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N N N N N N N N N N N N N N
ketenpartner_buiten     | N N N N N N N N | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | N N | N N | N N N N N N N | N N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N N N N N N N N N N N N N N
burgemeester            | Y Y Y Y Y Y Y Y | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | Y Y | Y Y | Y Y Y Y Y Y Y | Y N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N Y Y N N Y Y Y Y Y Y Y Y N
wethouder               | Y Y Y Y Y Y Y Y | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | Y Y | Y Y | Y Y Y Y Y Y Y | Y N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N Y Y N N Y Y Y Y Y Y Y Y N
officier                | Y Y Y Y Y Y Y Y | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | Y Y | Y Y | Y Y Y Y Y Y Y | Y N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N Y Y N N Y Y Y Y Y Y Y Y N
politiechef             | Y Y Y Y Y Y Y Y | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | Y Y | Y Y | Y Y Y Y Y Y Y | Y N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N Y Y N N Y Y Y Y Y Y Y Y N
functioneel_beheerder   | N N N N N N N N | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | N N | N N | N N N N N N N | N N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | Y | Y Y Y | Y Y Y Y Y Y Y Y | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N N N N N N N N N N N N N Y
privacy_officer         | N N N N N N N N | N N N | N N N | Y Y Y | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | N N | N N | N N N N N N N | N N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N N N N N N N N N N N N N N
onderzoeker             | N N N N N N N N | N N N | N N N | N N N | N N | N N | N N N | N N N N N | N N N N N N | N N | N N | N N | N N | N N N N N N N | N N | N N N | N N | N N | N N | N N N | N N | N N | Y Y Y | Y | N | N N N | Y Y Y Y N Y N N | Y Y | N N N N N N N N N N | N N N N N | N N | N N N N N N N N N N N N N N N N N N N
"""

HX = {"HX-Request": "true"}
CLOSURE = "sluiting-woning-drugs"


def parse(matrix: str) -> tuple[list[str], dict[str, list[bool]]]:
    lines = matrix.strip().splitlines()
    columns = []
    for group in lines[0].split("|")[1:]:
        subject, names = group.split(":")
        columns += [f"{subject.strip()} {name}" for name in names.split()]
    rows = {}
    for line in lines[1:]:
        name, *groups = (part.strip() for part in line.split("|"))
        rows[name] = [cell == "Y" for group in groups for cell in group.split()]
    return columns, rows


COLUMNS, EXPECTED = parse(MATRIX)


# --- The probes ------------------------------------------------------------------------------


@dataclass
class Setting:
    """What the probes of one user work on: the world, its clients and a few extra objects."""

    world: World
    user: User
    page: Client
    api: APIClient
    weighed: CaseIntervention
    evaluated: CaseIntervention
    withdrawn: list[CaseIntervention]
    newcomers: list[Organisation]
    leaving: list[CaseParticipation]
    closure: Intervention
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def case(self) -> Case:
        self.world.case.refresh_from_db()
        return self.world.case

    def url(self, suffix: str = "") -> str:
        return f"/casussen/{self.world.case.pk}/{suffix}"

    def api_url(self, suffix: str = "") -> str:
        return f"/api/cases/{self.world.case.pk}/{suffix}"


@dataclass(frozen=True)
class Probe:
    routes: tuple[str, ...]
    rules: tuple[tuple[type, Action], ...]
    check: Callable[[Setting], bool]


PROBES: dict[str, Probe] = {}


def probe(
    column: str, *, routes: tuple[str, ...], rules: tuple[tuple[type, Action], ...]
) -> Callable[[Callable[[Setting], bool]], Callable[[Setting], bool]]:
    def register(check: Callable[[Setting], bool]) -> Callable[[Setting], bool]:
        PROBES[column] = Probe(routes, rules, check)
        return check

    return register


def shown(response: Any, denied: tuple[int, ...] = (404,)) -> bool:
    """200 is Y; a refusal (404 by default, so a case's existence is not given away) is N."""
    assert response.status_code == 200 or response.status_code in denied, (
        response.status_code,
        getattr(response, "content", b"")[:500],
    )
    return response.status_code == 200


def done(response: Any, ok: tuple[int, ...] = (201,), denied: tuple[int, ...] = (403, 404)) -> bool:
    assert response.status_code in ok + denied, (response.status_code, response.content[:500])
    return response.status_code in ok


def ids(response: Any) -> list[int]:
    if response.status_code != 200:
        return []
    return [row["id"] for row in response.json()["results"]]


CASE_VIEW = ((Case, Action.VIEW),)


@probe("case page", routes=("casework:case_detail",), rules=CASE_VIEW)
def case_page(s: Setting) -> bool:
    return shown(s.page.get(s.url()))


@probe("case list", routes=("case-list",), rules=CASE_VIEW)
def case_list(s: Setting) -> bool:
    return s.world.case.pk in ids(s.api.get("/api/cases/"))


@probe("case detail", routes=("case-detail",), rules=CASE_VIEW)
def case_detail(s: Setting) -> bool:
    return shown(s.api.get(s.api_url()))


@probe("case search", routes=("casework:cases",), rules=CASE_VIEW)
def case_search(s: Setting) -> bool:
    page = s.page.get("/casussen/", {"q": s.world.case.number})
    return f'href="{s.url()}"' in page.content.decode()


@probe("case api-search", routes=("case-list",), rules=CASE_VIEW)
def case_api_search(s: Setting) -> bool:
    return s.world.case.pk in ids(s.api.get("/api/cases/", {"q": s.world.case.number}))


@probe("case fragment", routes=("casework:case_partners",), rules=CASE_VIEW)
def case_fragment(s: Setting) -> bool:
    return shown(s.page.get(s.url("partners/"), headers=HX))


@probe("case timeline", routes=("casework:case_timeline",), rules=CASE_VIEW)
def case_timeline(s: Setting) -> bool:
    return shown(s.page.get(s.url("tijdlijn/")))


@probe("case home", routes=("casework:home",), rules=CASE_VIEW)
def case_home(s: Setting) -> bool:
    return f'href="{s.url()}"' in s.page.get("/").content.decode()


def _note(s: Setting, note: CaseNote, path: str) -> bool:
    if path == "page":
        page = s.page.get(s.url())
        return page.status_code == 200 and note.text in page.content.decode()
    if path == "api":
        return note.pk in ids(s.api.get(s.api_url("notes/")))
    fragment = s.page.get(s.url("notities/"), headers=HX)
    return shown(fragment) and note.text in fragment.content.decode()


def _note_probe(attribute: str, path: str) -> Callable[[Setting], bool]:
    return lambda s: _note(s, getattr(s.world, attribute), path)


NOTES = ("casework:case_detail", "case-notes", "casework:case_notes")
for _kind, _attribute in (("open note", "open_note"), ("zorg note", "zorg_note")):
    for _path in ("page", "api", "fragment"):
        probe(f"{_kind} {_path}", routes=NOTES, rules=((CaseNote, Action.VIEW),))(
            _note_probe(_attribute, _path)
        )


LOG = ((AccessLog, Action.VIEW),)


@probe("access log page", routes=("access_log",), rules=LOG)
def access_log_page(s: Setting) -> bool:
    return shown(s.page.get("/privacy/toegangslog/"), denied=(403,))


@probe("access log api", routes=("access-log-list", "access-log-detail"), rules=LOG)
def access_log_api(s: Setting) -> bool:
    rows = s.api.get("/api/access-log/").json()["results"]
    first = AccessLog.objects.order_by("id").first()
    assert first is not None
    detail = s.api.get(f"/api/access-log/{first.pk}/")
    found = any(row["scope_repr"] == f"Casus {s.world.case.number} Teststad" for row in rows)
    return found and shown(detail)


@probe("access log export", routes=("access_log",), rules=LOG)
def access_log_export(s: Setting) -> bool:
    export = s.page.get("/privacy/toegangslog/", {"format": "csv"})
    if not shown(export, denied=(403,)):
        return False
    content = b"".join(export.streaming_content)  # type: ignore[attr-defined]
    return s.world.case.number in content.decode()


CREATE = ((Case, Action.CREATE),)


@probe("create case page", routes=("casework:case_new",), rules=CREATE)
def create_case_page(s: Setting) -> bool:
    return shown(s.page.get("/casussen/nieuw/"), denied=(403,))


@probe("create case api", routes=("case-list",), rules=CREATE)
def create_case_api(s: Setting) -> bool:
    municipality = s.world.municipality.pk
    return done(s.api.post("/api/cases/", {"title": "Nieuwe casus", "municipality": municipality}))


MANAGE = ((Case, Action.MANAGE_PARTNERS),)


@probe("add partner page", routes=("casework:case_partners",), rules=MANAGE)
def add_partner_page(s: Setting) -> bool:
    joined = s.page.post(
        s.url("partners/"),
        {"organisation": s.newcomers[0].pk, "joined_on": timezone.localdate().isoformat()},
    )
    return done(joined, ok=(302,))


@probe("add partner api", routes=("case-participations",), rules=MANAGE)
def add_partner_api(s: Setting) -> bool:
    return done(s.api.post(s.api_url("participations/"), {"organisation": s.newcomers[1].pk}))


CONTRIBUTE = ((Case, Action.CONTRIBUTE),)


@probe("add note page", routes=("casework:case_notes",), rules=CONTRIBUTE)
def add_note_page(s: Setting) -> bool:
    return done(s.page.post(s.url("notities/"), {"text": "Via de pagina"}), ok=(302,))


@probe("add note api", routes=("case-notes",), rules=CONTRIBUTE)
def add_note_api(s: Setting) -> bool:
    return done(s.api.post(s.api_url("notes/"), {"text": "Via de API"}))


@probe("add note fragment", routes=("casework:case_notes",), rules=CONTRIBUTE)
def add_note_fragment(s: Setting) -> bool:
    response = s.page.post(s.url("notities/"), {"text": "Via htmx"}, headers=HX)
    return done(response, ok=(200,))


NETWORK = ((Case, Action.VIEW_NETWORK), (Person, Action.VIEW))


@probe("network page", routes=("casework:case_network",), rules=NETWORK)
def network_page(s: Setting) -> bool:
    page = s.page.get(s.url("netwerk/"))
    return shown(page) and "Milan Teststraat" in page.content.decode()


@probe("network api", routes=("case-persons",), rules=NETWORK)
def network_api(s: Setting) -> bool:
    return s.world.persons["kind"].pk in ids(s.api.get(s.api_url("persons/")))


@probe("network person", routes=("casework:person_detail",), rules=NETWORK)
def network_person(s: Setting) -> bool:
    page = s.page.get(s.url(f"personen/{s.world.persons['kind'].pk}/"))
    return shown(page) and "Milan Teststraat" in page.content.decode()


@probe("network relations", routes=("case-relations",), rules=((Relation, Action.VIEW),))
def network_relations(s: Setting) -> bool:
    parents = set(
        Relation.objects.filter(case=s.world.case, kind="ouder").values_list("pk", flat=True)
    )
    return len(parents) == 2 and parents <= set(ids(s.api.get(s.api_url("relations/"))))


@probe(
    "network business",
    routes=("casework:case_network",),
    rules=((LinkedOrganisation, Action.VIEW), (LinkedAddress, Action.VIEW)),
)
def network_business(s: Setting) -> bool:
    page = s.page.get(s.url("netwerk/"))
    text = page.content.decode()
    return shown(page) and "Garage Teststraat" in text and "Industrieweg 4" in text


@probe("add to network person", routes=("casework:person_add",), rules=CONTRIBUTE)
def add_person_page(s: Setting) -> bool:
    response = s.page.post(
        s.url("netwerk/personen/"),
        {"first_name": "Kees", "last_name": "Teststraat", "roles": ["familielid"]},
    )
    return done(response, ok=(302,))


@probe("add to network relation", routes=("casework:relation_add",), rules=CONTRIBUTE)
def add_relation_page(s: Setting) -> bool:
    persons = s.world.persons
    response = s.page.post(
        s.url("netwerk/relaties/"),
        {
            "from_person": persons["opa"].pk,
            "kind": "grootouder",
            "to_person": persons["kind"].pk,
            "source": s.world.organisations["gemeente"].pk,
        },
    )
    return done(response, ok=(302,))


@probe("add to network business", routes=("casework:linked_organisation_add",), rules=CONTRIBUTE)
def add_business_page(s: Setting) -> bool:
    response = s.page.post(s.url("netwerk/organisaties/"), {"name": "Autohandel Test"})
    return done(response, ok=(302,))


@probe("add to network address", routes=("casework:linked_address_add",), rules=CONTRIBUTE)
def add_address_page(s: Setting) -> bool:
    response = s.page.post(s.url("netwerk/adressen/"), {"address": "Havenweg 1"})
    return done(response, ok=(302,))


@probe("add to network person-api", routes=("case-persons",), rules=CONTRIBUTE)
def add_person_api(s: Setting) -> bool:
    person = {"first_name": "Joop", "last_name": "Teststraat"}
    return done(s.api.post(s.api_url("persons/"), person, format="json"))


@probe("add to network relation-api", routes=("case-relations",), rules=CONTRIBUTE)
def add_relation_api(s: Setting) -> bool:
    persons = s.world.persons
    relation = {
        "from_person": persons["moeder"].pk,
        "kind": "ex_partner",
        "to_person": persons["opa"].pk,
        "source": s.world.organisations["gemeente"].pk,
    }
    return done(s.api.post(s.api_url("relations/"), relation, format="json"))


@probe("zorg signal page", routes=("casework:case_signals",), rules=((Signal, Action.VIEW),))
def zorg_signal_page(s: Setting) -> bool:
    page = s.page.get(s.url("signalen/"))
    return page.status_code == 200 and s.world.zorg_signal.description in page.content.decode()


@probe("zorg signal api", routes=("case-signals",), rules=((Signal, Action.VIEW),))
def zorg_signal_api(s: Setting) -> bool:
    return s.world.zorg_signal.pk in ids(s.api.get(s.api_url("signals/")))


SIGNAL = {
    "received_on": "2026-01-05",
    "source": 0,
    "domain": 0,
    "classification": "overlast",
    "description": "Nieuw signaal",
}


@probe("add signal page", routes=("casework:case_signals",), rules=CONTRIBUTE)
def add_signal_page(s: Setting) -> bool:
    gemeente = s.world.organisations["gemeente"]
    data = {**SIGNAL, "kind": "signaal", "source": gemeente.pk, "domain": gemeente.domain_id}
    return done(s.page.post(s.url("signalen/"), data), ok=(302,))


@probe("add signal api", routes=("case-signals",), rules=CONTRIBUTE)
def add_signal_api(s: Setting) -> bool:
    gemeente = s.world.organisations["gemeente"]
    data = {**SIGNAL, "source": gemeente.pk, "domain": gemeente.domain_id}
    return done(s.api.post(s.api_url("signals/"), data, format="json"))


PARTNERS = ((CaseParticipation, Action.VIEW),)


@probe("partners page", routes=("casework:case_partners",), rules=PARTNERS)
def partners_page(s: Setting) -> bool:
    page = s.page.get(s.url("partners/"))
    return shown(page) and "Politie Testeenheid" in page.content.decode()


@probe("partners api", routes=("case-participations",), rules=PARTNERS)
def partners_api(s: Setting) -> bool:
    return len(ids(s.api.get(s.api_url("participations/")))) >= 7


HISTORY = ((StatusChange, Action.VIEW),)


@probe("status history-page", routes=("casework:case_detail",), rules=HISTORY)
def status_history_page(s: Setting) -> bool:
    page = s.page.get(s.url())
    return page.status_code == 200 and "Casus aangemaakt" in page.content.decode()


@probe("status history-api", routes=("case-status-changes",), rules=HISTORY)
def status_history_api(s: Setting) -> bool:
    return len(ids(s.api.get(s.api_url("status-changes/")))) == 1


INTERVENTION = ((CaseIntervention, Action.VIEW),)


def _detail(s: Setting, item: CaseIntervention) -> dict[str, Any] | None:
    response = s.api.get(s.api_url(f"interventions/{item.pk}/"))
    return response.json() if shown(response) else None


@probe("intervention tab", routes=("casework:case_interventions",), rules=INTERVENTION)
def intervention_tab(s: Setting) -> bool:
    page = s.page.get(s.url("interventies/"))
    return shown(page) and s.closure.name in page.content.decode()


@probe("intervention page", routes=("casework:case_intervention",), rules=INTERVENTION)
def intervention_page(s: Setting) -> bool:
    return shown(s.page.get(s.url(f"interventies/{s.weighed.pk}/")))


@probe("intervention api-list", routes=("case-interventions",), rules=INTERVENTION)
def intervention_api_list(s: Setting) -> bool:
    return s.weighed.pk in ids(s.api.get(s.api_url("interventions/")))


@probe("intervention api-detail", routes=("case-intervention",), rules=INTERVENTION)
def intervention_api_detail(s: Setting) -> bool:
    detail = _detail(s, s.weighed)
    return detail is not None and detail["assessment"] is not None


@probe(
    "intervention history",
    routes=("case-intervention", "casework:case_intervention"),
    rules=((InterventionStatusChange, Action.VIEW),),
)
def intervention_history(s: Setting) -> bool:
    detail = _detail(s, s.weighed)
    return detail is not None and len(detail["status_changes"]) == 1


@probe("intervention checks", routes=("case-intervention",), rules=((ConditionCheck, Action.VIEW),))
def intervention_checks(s: Setting) -> bool:
    detail = _detail(s, s.weighed)
    return detail is not None and len(detail["assessment"]["checks"]) >= 2


@probe("intervention evaluation", routes=("case-intervention",), rules=((Evaluation, Action.VIEW),))
def intervention_evaluation(s: Setting) -> bool:
    detail = _detail(s, s.evaluated)
    return detail is not None and detail["evaluation"]["rating"] == 4


@probe(
    "weighing text",
    routes=("casework:case_intervention",),
    rules=((Assessment, Action.VIEW),),
)
def weighing_text(s: Setting) -> bool:
    page = s.page.get(s.url(f"interventies/{s.weighed.pk}/"))
    return page.status_code == 200 and "gaat tijdelijk naar zijn tante" in page.content.decode()


@probe("weighing names", routes=("case-intervention",), rules=((Assessment, Action.VIEW),))
def weighing_names(s: Setting) -> bool:
    """The name of a minor in the free text: the read side hides it from vierhoek members."""
    detail = _detail(s, s.weighed)
    return detail is not None and detail["assessment"]["human_measure"].startswith("Milan")


PROPOSE = ((Case, Action.CONTRIBUTE), (Person, Action.VIEW))


@probe("propose form", routes=("casework:case_interventions",), rules=PROPOSE)
def propose_form(s: Setting) -> bool:
    page = s.page.get(s.url("interventies/"))
    text = page.content.decode()
    return shown(page) and 'name="target_persons"' in text and "Milan Teststraat" in text


def _proposal(s: Setting) -> dict[str, Any]:
    return {
        "intervention": s.closure.slug,
        "purpose": "Nog een voornemen",
        "responsible": s.world.organisations["gemeente"].pk,
        "target_persons": [s.world.persons["moeder"].pk],
    }


@probe("propose page", routes=("casework:case_interventions",), rules=PROPOSE)
def propose_page(s: Setting) -> bool:
    data = {**_proposal(s), "intervention": s.closure.pk}
    return done(s.page.post(s.url("interventies/"), data), ok=(302,))


@probe("propose api", routes=("case-interventions",), rules=PROPOSE)
def propose_api(s: Setting) -> bool:
    return done(s.api.post(s.api_url("interventions/"), _proposal(s), format="json"))


WEIGH = ((CaseIntervention, Action.CHANGE),)


def _version(item: CaseIntervention) -> int:
    item.refresh_from_db()
    return item.version


@probe("weigh page", routes=("casework:case_intervention_assess",), rules=WEIGH)
def weigh_page(s: Setting) -> bool:
    data = {"version": _version(s.weighed), "desirability": "Past in het plan."}
    response = s.page.post(s.url(f"interventies/{s.weighed.pk}/afweging/"), data)
    return done(response, ok=(302,))


@probe("weigh api", routes=("case-intervention-assessment",), rules=WEIGH)
def weigh_api(s: Setting) -> bool:
    checks = [{"met": True, "evidence": "PV"}] * s.closure.conditions.count()
    data = {"version": _version(s.weighed), "checks": checks, "motivation": "Zie dossier."}
    response = s.api.put(s.api_url(f"interventions/{s.weighed.pk}/assessment/"), data, "json")
    return done(response, ok=(200,))


@probe("step page", routes=("casework:case_intervention_transition",), rules=CONTRIBUTE)
def step_page(s: Setting) -> bool:
    data = {"version": _version(s.weighed), "to_status": "zienswijze_gevraagd", "reason": "Brief"}
    response = s.page.post(s.url(f"interventies/{s.weighed.pk}/status/"), data)
    return done(response, ok=(302,))


@probe("step api", routes=("case-intervention-transitions",), rules=CONTRIBUTE)
def step_api(s: Setting) -> bool:
    data = {"version": _version(s.weighed), "to_status": "ingetrokken", "reason": "Afgezien"}
    response = s.api.post(s.api_url(f"interventions/{s.weighed.pk}/transitions/"), data)
    return done(response)


def _evaluation(item: CaseIntervention) -> dict[str, Any]:
    return {"version": _version(item), "rating": 3, "what_worked": "Het gesprek."}


@probe("evaluate page", routes=("casework:case_intervention_evaluate",), rules=CONTRIBUTE)
def evaluate_page(s: Setting) -> bool:
    item = s.withdrawn[0]
    response = s.page.post(s.url(f"interventies/{item.pk}/evaluatie/"), _evaluation(item))
    return done(response, ok=(302,))


@probe("evaluate api", routes=("case-intervention-evaluation",), rules=CONTRIBUTE)
def evaluate_api(s: Setting) -> bool:
    item = s.withdrawn[1]
    url = s.api_url(f"interventions/{item.pk}/evaluation/")
    return done(s.api.post(url, _evaluation(item)))


CHANGE = ((Case, Action.CHANGE),)


@probe("summary fragment", routes=("casework:case_summary",), rules=CHANGE)
def summary_fragment(s: Setting) -> bool:
    return shown(s.page.get(s.url("samenvatting/"), {"bewerken": "1"}, headers=HX))


@probe("summary page", routes=("casework:case_summary",), rules=CHANGE)
def summary_page(s: Setting) -> bool:
    data = {"version": s.case.version, "title": "Familie T.", "priority": "hoog"}
    data["escalation_level"] = "2"
    return done(s.page.post(s.url("samenvatting/"), data), ok=(302,))


@probe("summary api", routes=("case-detail",), rules=CHANGE)
def summary_api(s: Setting) -> bool:
    data = {"version": s.case.version, "priority": "urgent"}
    return done(s.api.patch(s.api_url(), data, format="json"), ok=(200,))


TRANSITION = ((Case, Action.TRANSITION),)


@probe("transition page", routes=("casework:case_transition",), rules=TRANSITION)
def transition_page(s: Setting) -> bool:
    data = {"version": s.case.version, "to_status": "aanmelding", "reason": "Aangemeld"}
    return done(s.page.post(s.url("status/"), data), ok=(302,))


@probe("transition api", routes=("case-transitions",), rules=TRANSITION)
def transition_api(s: Setting) -> bool:
    case = s.case
    data = {"version": case.version, "to_status": "screening", "reason": "Screening"}
    if case.status == "signaal":  # the page step was refused, so the API takes the first one
        data["to_status"] = "aanmelding"
    return done(s.api.post(s.api_url("transitions/"), data))


@probe("leave page", routes=("casework:case_partner_leave",), rules=MANAGE)
def leave_page(s: Setting) -> bool:
    response = s.page.post(s.url(f"partners/{s.leaving[0].pk}/vertrek/"), {"reason": "Klaar"})
    return done(response, ok=(302,))


@probe("leave api", routes=("case-participation-leave",), rules=MANAGE)
def leave_api(s: Setting) -> bool:
    url = s.api_url(f"participations/{s.leaving[1].pk}/leave/")
    return done(s.api.post(url, {"reason": "Klaar"}), ok=(200,))


SOCIAL_MAP = ((Organisation, Action.VIEW), (ContactPerson, Action.VIEW))


@probe("social map page", routes=("social_map",), rules=SOCIAL_MAP)
def social_map_page(s: Setting) -> bool:
    page = s.page.get("/sociale-kaart/")
    return shown(page) and "Politie Testeenheid" in page.content.decode()


@probe("social map detail", routes=("organisation_detail",), rules=SOCIAL_MAP)
def social_map_detail(s: Setting) -> bool:
    page = s.page.get(f"/sociale-kaart/{s.world.organisations['politie'].pk}/")
    return shown(page) and "Wijkagent Test" in page.content.decode()


@probe(
    "social map api",
    routes=("organisation-list", "organisation-detail", "contact-list", "contact-detail"),
    rules=SOCIAL_MAP + ((Expertise, Action.VIEW),),
)
def social_map_api(s: Setting) -> bool:
    contact = s.extras["contact"]
    responses = [
        s.api.get("/api/organisations/"),
        s.api.get(f"/api/organisations/{s.world.organisations['politie'].pk}/"),
        s.api.get("/api/contacts/"),
        s.api.get(f"/api/contacts/{contact.pk}/"),
    ]
    return all(shown(response) for response in responses) and "weerbaarheid" in str(
        responses[3].json()
    )


@probe(
    "registry api",
    routes=(
        "api-current-user",
        "domain-list",
        "domain-detail",
        "region-list",
        "region-detail",
        "municipality-list",
        "municipality-detail",
    ),
    rules=((Domain, Action.VIEW), (Region, Action.VIEW), (Municipality, Action.VIEW)),
)
def registry_api(s: Setting) -> bool:
    municipality = s.world.municipality
    a_domain = s.world.organisations["politie"].domain_id
    paths = [
        "/api/me/",
        "/api/domains/",
        f"/api/domains/{a_domain}/",
        "/api/regions/",
        f"/api/regions/{municipality.region_id}/",
        "/api/municipalities/",
        f"/api/municipalities/{municipality.pk}/",
    ]
    return all(shown(s.api.get(path)) for path in paths)


@probe("users all", routes=("membership-list", "membership-detail"), rules=((User, Action.VIEW),))
def users_all(s: Setting) -> bool:
    """Whether the user sees an account of another organisation (their own they always see)."""
    other = s.world.users[
        "ketenpartner_buiten" if s.user.username != "ketenpartner_buiten" else "aov"
    ]
    own = s.api.get(f"/api/memberships/{s.user.pk}/")
    assert own.status_code == 200
    return other.pk in ids(s.api.get("/api/memberships/")) and shown(
        s.api.get(f"/api/memberships/{other.pk}/")
    )


REGISTRY = tuple(
    (model, action)
    for model in (Domain, Region, Municipality, Expertise, Organisation, ContactPerson)
    for action in (Action.CREATE, Action.CHANGE)
)


@probe("admin registry", routes=(), rules=REGISTRY)
def admin_registry(s: Setting) -> bool:
    pages = [
        f"/beheer/partners/{model}/add/"
        for model in ("domain", "region", "municipality", "expertise", "organisation")
    ] + [
        f"/beheer/partners/organisation/{s.world.organisations['politie'].pk}/change/",
        f"/beheer/partners/contactperson/{s.extras['contact'].pk}/change/",
    ]
    answers = [shown(s.page.get(page), denied=(403, 302)) for page in pages]
    assert len(set(answers)) == 1, answers
    return answers[0]


@probe(
    "admin users",
    routes=(),
    rules=((User, Action.CREATE), (User, Action.CHANGE)),
)
def admin_users(s: Setting) -> bool:
    add = shown(s.page.get("/beheer/partners/user/add/"), denied=(403, 302))
    change = s.page.get(f"/beheer/partners/user/{s.world.users['aov'].pk}/change/")
    return add and shown(change, denied=(403, 302)) and 'name="_save"' in change.content.decode()


@probe(
    "admin requests",
    routes=(),
    rules=(
        (AdminRequest, Action.VIEW),
        (AdminRequest, Action.CREATE),
        (AdminRequest, Action.CHANGE),
    ),
)
def admin_requests(s: Setting) -> bool:
    listed = shown(s.page.get("/beheer/partners/adminrequest/"), denied=(403, 302))
    add = shown(s.page.get("/beheer/partners/adminrequest/add/"), denied=(403, 302))
    assert listed == add, (listed, add)
    return listed


CATALOGUE = ((Intervention, Action.VIEW), (Condition, Action.VIEW))


@probe(
    "catalogue page", routes=("interventions:catalogue", "interventions:glossary"), rules=CATALOGUE
)
def catalogue_page(s: Setting) -> bool:
    page = s.page.get("/interventies/", {"q": "13b"})
    return (
        shown(page)
        and s.closure.name in page.content.decode()
        and shown(s.page.get("/interventies/begrippen/"))
    )


@probe("catalogue detail", routes=("interventions:detail",), rules=CATALOGUE)
def catalogue_detail(s: Setting) -> bool:
    page = s.page.get(f"/interventies/{s.closure.slug}/")
    return shown(page) and "Damoclesbeleid" in page.content.decode()


@probe(
    "catalogue version",
    routes=("interventions:version",),
    rules=((InterventionVersion, Action.VIEW),),
)
def catalogue_version(s: Setting) -> bool:
    return shown(s.page.get(f"/interventies/{s.closure.slug}/versie/1/"))


@probe("catalogue api", routes=("intervention-list", "intervention-detail"), rules=CATALOGUE)
def catalogue_api(s: Setting) -> bool:
    listed = s.api.get("/api/interventions/", {"kind": Kind.FORMAL})
    detail = s.api.get(f"/api/interventions/{s.closure.slug}/")
    return shown(listed) and shown(detail) and len(detail.json()["conditions"]) >= 2


@probe(
    "catalogue admin",
    routes=(),
    rules=(
        (Intervention, Action.CREATE),
        (Intervention, Action.CHANGE),
        (Condition, Action.CREATE),
        (Condition, Action.CHANGE),
        (Condition, Action.DELETE),
        (Source, Action.CREATE),
        (Source, Action.CHANGE),
        (Source, Action.DELETE),
    ),
)
def catalogue_admin(s: Setting) -> bool:
    change = s.page.get(f"/beheer/interventions/intervention/{s.closure.pk}/change/")
    if not shown(change, denied=(403, 302)):
        return False
    text = change.content.decode()
    # The checklist and the sources are edited with the entry: rows can be added, changed and
    # removed; reviews are shown, not edited.
    markers = (
        'name="_save"',
        "conditions-0-DELETE",
        'id="conditions-empty"',
        "sources-0-DELETE",
        'id="sources-empty"',
    )
    return (
        all(marker in text for marker in markers)
        and 'id="reviews-empty"' not in text
        and shown(s.page.get("/beheer/interventions/intervention/add/"))
    )


@probe(
    "catalogue reviews",
    routes=(),
    rules=((LegalReview, Action.VIEW), (Source, Action.VIEW)),
)
def catalogue_reviews(s: Setting) -> bool:
    listed = s.api.get(f"/api/interventions/{s.closure.slug}/reviews/")
    detail = s.api.get(f"/api/interventions/{s.closure.slug}/").json()
    page = s.page.get(f"/interventies/{s.closure.slug}/").content.decode()
    law = next(source for source in detail["sources"] if source["kind"] == "wet")
    return shown(listed) and isinstance(listed.json(), list) and law["bwbr_id"] in page


@probe(
    "catalogue review-page",
    routes=("interventions:review",),
    rules=((LegalReview, Action.CREATE),),
)
def catalogue_review_page(s: Setting) -> bool:
    form = "Toetsing vastleggen" in s.page.get(f"/interventies/{s.closure.slug}/").content.decode()
    posted = s.page.post(
        f"/interventies/{s.closure.slug}/toetsing/",
        {"reviewed_on": timezone.localdate().isoformat(), "reviewer_function": "jurist"},
    )
    return form and posted.status_code == 302


@probe("catalogue review-api", routes=("intervention-reviews",), rules=())
def catalogue_review_api(s: Setting) -> bool:
    posted = s.api.post(
        f"/api/interventions/{s.closure.slug}/reviews/",
        {"reviewed_on": timezone.localdate().isoformat(), "reviewer_function": "jurist"},
    )
    return posted.status_code == 201


@probe(
    "api tokens page",
    routes=("api_tokens", "api_token_revoke"),
    rules=((AuthToken, Action.VIEW), (AuthToken, Action.CREATE), (AuthToken, Action.DELETE)),
)
def api_tokens_page(s: Setting) -> bool:
    issued = s.page.post("/mijn-account/api-sleutels/")
    if not shown(issued, denied=(403,)):
        return False
    key = AuthToken.objects.filter(user=s.user).latest("created").token_key
    revoked = s.page.post(f"/mijn-account/api-sleutels/{key}/intrekken/")
    return 'data-testid="new-token"' in issued.content.decode() and revoked.status_code == 302


@probe("api tokens api", routes=("api-my-tokens", "api-my-token-revoke"), rules=())
def api_tokens_api(s: Setting) -> bool:
    # A second token of the user's, revoked through the API (the client's own stays valid).
    key = AuthToken.objects.create(user=s.user)[0].token_key
    listed = s.api.get("/api/me/tokens/")
    if not shown(listed, denied=(403,)):
        return False
    keys = {row["token_key"] for row in listed.json()}
    return key in keys and s.api.delete(f"/api/me/tokens/{key}/").status_code == 204


# --- Correcting the network, and the territory ----------------------------------------------

CHANGE = ((Case, Action.CHANGE),)
REASON = "Verkeerd vastgelegd"


def _item(s: Setting, key: str) -> Any:
    item = s.extras[key]
    item.refresh_from_db()
    return item


@probe("correct person", routes=("casework:person_edit",), rules=CONTRIBUTE)
def correct_person(s: Setting) -> bool:
    person = _item(s, "person edit")
    response = s.page.post(
        s.url(f"personen/{person.pk}/corrigeren/"),
        {
            "first_name": "Correctie",
            "last_name": "Verbeterd",
            "roles": ["familielid"],
            "version": person.version,
            "reason": REASON,
        },
    )
    return done(response, ok=(302,))


@probe("correct relation", routes=("casework:relation_edit",), rules=CONTRIBUTE)
def correct_relation(s: Setting) -> bool:
    relation = _item(s, "relation edit")
    response = s.page.post(
        s.url(f"relaties/{relation.pk}/"),
        {
            "kind": "zakelijk",
            "source": s.world.organisations["gemeente"].pk,
            "valid_from": "2020-01-01",
            "version": relation.version,
            "reason": REASON,
        },
    )
    return done(response, ok=(302,))


@probe("correct end", routes=("casework:relation_end",), rules=CONTRIBUTE)
def correct_end(s: Setting) -> bool:
    relation = _item(s, "relation end")
    response = s.page.post(
        s.url(f"relaties/{relation.pk}/beeindigen/"),
        {
            "einde-ended_on": timezone.localdate().isoformat(),
            "einde-version": relation.version,
            "einde-reason": REASON,
        },
    )
    return done(response, ok=(302,))


@probe(
    "correct business",
    routes=("casework:linked_organisation_edit",),
    rules=CONTRIBUTE,
)
def correct_business(s: Setting) -> bool:
    link = _item(s, "organisation edit")
    response = s.page.post(
        s.url(f"organisaties/{link.pk}/"),
        {"name": "Bedrijf verbeterd", "version": link.version, "reason": REASON},
    )
    return done(response, ok=(302,))


@probe("correct address", routes=("casework:linked_address_edit",), rules=CONTRIBUTE)
def correct_address(s: Setting) -> bool:
    link = _item(s, "address edit")
    response = s.page.post(
        s.url(f"adressen/{link.pk}/"),
        {"address": "Adres verbeterd", "version": link.version, "reason": REASON},
    )
    return done(response, ok=(302,))


@probe("correct person-api", routes=("case-person",), rules=CONTRIBUTE)
def correct_person_api(s: Setting) -> bool:
    person = _item(s, "person edit-api")
    response = s.api.patch(
        s.api_url(f"persons/{person.pk}/"),
        {"last_name": "Verbeterd", "version": person.version, "reason": REASON},
        format="json",
    )
    return done(response, ok=(200,))


@probe(
    "correct relation-api",
    routes=("case-relation", "case-relation-end"),
    rules=CONTRIBUTE,
)
def correct_relation_api(s: Setting) -> bool:
    edited = _item(s, "relation edit-api")
    ended = _item(s, "relation end-api")
    first = s.api.patch(
        s.api_url(f"relations/{edited.pk}/"),
        {"valid_from": "2021-01-01", "version": edited.version, "reason": REASON},
        format="json",
    )
    second = s.api.post(
        s.api_url(f"relations/{ended.pk}/end/"),
        {"ended_on": timezone.localdate().isoformat(), "version": ended.version, "reason": REASON},
        format="json",
    )
    return done(first, ok=(200,)) and done(second, ok=(200,))


@probe(
    "correct link-api",
    routes=(
        "case-linked-organisations",
        "case-linked-organisation",
        "case-linked-addresses",
        "case-linked-address",
    ),
    rules=CONTRIBUTE,
)
def correct_link_api(s: Setting) -> bool:
    organisation = _item(s, "organisation edit-api")
    address = _item(s, "address edit-api")
    first = s.api.patch(
        s.api_url(f"linked-organisations/{organisation.pk}/"),
        {"description": "Verbeterd", "version": organisation.version, "reason": REASON},
        format="json",
    )
    second = s.api.patch(
        s.api_url(f"linked-addresses/{address.pk}/"),
        {"description": "Verbeterd", "version": address.version, "reason": REASON},
        format="json",
    )
    added = s.api.post(s.api_url("linked-addresses/"), {"address": "Nieuw adres 1"}, format="json")
    listed = ids(s.api.get(s.api_url("linked-organisations/")))
    return (
        done(first, ok=(200,))
        and done(second, ok=(200,))
        and done(added)
        and organisation.pk in listed
    )


NETWORK_HISTORY = ((NetworkChange, Action.VIEW),)


@probe("correct history", routes=("casework:case_timeline",), rules=NETWORK_HISTORY)
def correct_history(s: Setting) -> bool:
    NetworkChange.objects.get_or_create(
        case=s.world.case,
        item="persoon",
        item_id=0,
        action="gewijzigd",
        label="Historie Teststraat",
        reason="Proef van de tijdlijn",
        changed_by=s.world.users["aov"],
    )
    page = s.page.get(s.url("tijdlijn/"))
    return shown(page) and "Proef van de tijdlijn" in page.content.decode()


@probe("correct history-api", routes=("case-network-history",), rules=NETWORK_HISTORY)
def correct_history_api(s: Setting) -> bool:
    change, _ = NetworkChange.objects.get_or_create(
        case=s.world.case,
        item="persoon",
        item_id=0,
        action="gewijzigd",
        label="Historie Teststraat",
        reason="Proef van de API",
        changed_by=s.world.users["aov"],
    )
    return change.pk in ids(s.api.get(s.api_url("network-history/")))


@probe("remove person", routes=("casework:person_remove",), rules=CHANGE)
def remove_person(s: Setting) -> bool:
    person = _item(s, "person remove")
    response = s.page.post(
        s.url(f"personen/{person.pk}/verwijderen/"),
        {"version": person.version, "reason": REASON},
    )
    return done(response, ok=(302,))


@probe("remove relation", routes=("casework:relation_remove",), rules=CHANGE)
def remove_relation(s: Setting) -> bool:
    relation = _item(s, "relation remove")
    response = s.page.post(
        s.url(f"relaties/{relation.pk}/verwijderen/"),
        {"version": relation.version, "reason": REASON},
    )
    return done(response, ok=(302,))


@probe(
    "remove link",
    routes=("casework:linked_organisation_remove", "casework:linked_address_remove"),
    rules=CHANGE,
)
def remove_link(s: Setting) -> bool:
    organisation = _item(s, "organisation remove")
    address = _item(s, "address remove")
    first = s.page.post(
        s.url(f"organisaties/{organisation.pk}/verwijderen/"),
        {"version": organisation.version, "reason": REASON},
    )
    second = s.page.post(
        s.url(f"adressen/{address.pk}/verwijderen/"),
        {"version": address.version, "reason": REASON},
    )
    return done(first, ok=(302,)) and done(second, ok=(302,))


@probe("remove merge", routes=("casework:person_merge",), rules=CHANGE)
def remove_merge(s: Setting) -> bool:
    keep, other = _item(s, "person keep"), _item(s, "person other")
    response = s.page.post(
        s.url(f"personen/{keep.pk}/samenvoegen/"),
        {"other": other.pk, "version": keep.version, "reason": REASON},
    )
    return done(response, ok=(302,))


@probe(
    "remove api",
    routes=(
        "case-person-remove",
        "case-person-merge",
        "case-relation-remove",
        "case-linked-organisation-remove",
        "case-linked-address-remove",
    ),
    rules=CHANGE,
)
def remove_api(s: Setting) -> bool:
    person = _item(s, "person remove-api")
    keep, other = _item(s, "person keep-api"), _item(s, "person other-api")
    relation = _item(s, "relation remove-api")
    organisation = _item(s, "organisation remove-api")
    address = _item(s, "address remove-api")
    answers = [
        s.api.post(
            s.api_url(f"persons/{person.pk}/remove/"),
            {"version": person.version, "reason": REASON},
            format="json",
        ),
        s.api.post(
            s.api_url(f"persons/{keep.pk}/merge/"),
            {
                "other": other.pk,
                "other_version": other.version,
                "version": keep.version,
                "reason": REASON,
            },
            format="json",
        ),
        s.api.post(
            s.api_url(f"relations/{relation.pk}/remove/"),
            {"version": relation.version, "reason": REASON},
            format="json",
        ),
        s.api.post(
            s.api_url(f"linked-organisations/{organisation.pk}/remove/"),
            {"version": organisation.version, "reason": REASON},
            format="json",
        ),
        s.api.post(
            s.api_url(f"linked-addresses/{address.pk}/remove/"),
            {"version": address.version, "reason": REASON},
            format="json",
        ),
    ]
    results = [done(answer, ok=(200, 204)) for answer in answers]
    assert len(set(results)) == 1, results
    return results[0]


@probe("territory outside", routes=("casework:case_detail", "case-detail"), rules=CASE_VIEW)
def territory_outside(s: Setting) -> bool:
    """A case in a municipality outside the user's territory, in which the partner takes part."""
    outside = s.extras["outside"]
    page = shown(s.page.get(f"/casussen/{outside.pk}/"))
    api = shown(s.api.get(f"/api/cases/{outside.pk}/"))
    assert page == api
    return page


@probe("territory create-elsewhere", routes=("casework:case_new", "case-list"), rules=CREATE)
def territory_create_elsewhere(s: Setting) -> bool:
    """Creating a case in a municipality outside the organisation's werkgebied."""
    elsewhere = s.extras["elsewhere"]
    api = s.api.post("/api/cases/", {"title": "Elders", "municipality": elsewhere.pk})
    assert api.status_code in (201, 400, 403), api.status_code
    page = s.page.post(
        "/casussen/nieuw/", {"title": "Elders", "municipality": elsewhere.pk, "priority": "normaal"}
    )
    assert page.status_code in (200, 302, 403), page.status_code
    return api.status_code == 201 or page.status_code == 302


# --- Plans of action ---------------------------------------------------------------------------

PLAN_VIEW = (
    (Plan, Action.VIEW),
    (PlanGoal, Action.VIEW),
    (PlanAction, Action.VIEW),
    (PlanChild, Action.VIEW),
    (PlanMessage, Action.VIEW),
    (PlanCommitment, Action.VIEW),
)
PLAN_CHANGE = ((Plan, Action.CHANGE),)
VERSION_VIEW = ((PlanVersion, Action.VIEW),)
VERSION_FULL = ((PlanVersion, Action.VIEW_NETWORK),)


@probe("plan draft", routes=("casework:plan",), rules=PLAN_VIEW)
def plan_draft_page(s: Setting) -> bool:
    page = s.page.get(s.url("plan/"))
    return shown(page) and "concept-kop" in page.content.decode()


@probe("plan draft-api", routes=("case-plan",), rules=PLAN_VIEW)
def plan_draft_api(s: Setting) -> bool:
    return shown(s.api.get(s.api_url("plan/")))


@probe("plan edit", routes=("casework:plan_edit",), rules=PLAN_CHANGE)
def plan_edit(s: Setting) -> bool:
    return shown(s.page.get(s.url("plan/bewerken/")), denied=(403, 404))


def _change_plan(s: Setting, problem: str) -> int:
    """The draft changed by the AOV'er (so that it can be submitted again): its new version."""
    plan = Plan.objects.get(case=s.world.case)
    plan_save(
        plan=plan,
        user=s.world.users["aov"],
        version=plan.version,
        content=plan_content(
            s.world,
            [plan.actions.get().case_intervention],
            problem=problem,
            commitments=[
                {"organisation": taking_part.organisation, "commitment": "Inzet."}
                for taking_part in s.world.case.participations.current().select_related(
                    "organisation"
                )
            ],
        ),
    )
    return plan.version


@probe("plan edit-api", routes=("case-plan",), rules=PLAN_CHANGE)
def plan_edit_api(s: Setting) -> bool:
    plan = Plan.objects.get(case=s.world.case)
    read = s.api.get(s.api_url("plan/"))
    body = read.json() if read.status_code == 200 else {}
    body.pop("missing", None)
    body.update(version=plan.version, problem="Via de API")
    return done(s.api.put(s.api_url("plan/"), body, format="json"), ok=(200,))


@probe("plan submit", routes=("casework:plan_submit",), rules=PLAN_CHANGE)
def plan_submit_page(s: Setting) -> bool:
    version = _change_plan(s, "Ingediend via de pagina")
    before = PlanVersion.objects.count()
    response = s.page.post(s.url("plan/indienen/"), {"version": version})
    assert response.status_code in (302, 403, 404), response.status_code
    return PlanVersion.objects.count() == before + 1


@probe("plan submit-api", routes=("case-plan-submit",), rules=PLAN_CHANGE)
def plan_submit_api(s: Setting) -> bool:
    version = _change_plan(s, "Ingediend via de API")
    return done(s.api.post(s.api_url("plan/submit/"), {"version": version}, format="json"))


@probe("plan version", routes=("casework:plan_version",), rules=VERSION_VIEW)
def plan_version_page(s: Setting) -> bool:
    return shown(s.page.get(s.url("plan/versies/1/")))


@probe("plan version-api", routes=("case-plan-versions", "case-plan-version"), rules=VERSION_VIEW)
def plan_version_api(s: Setting) -> bool:
    listed = shown(s.api.get(s.api_url("plan/versions/")))
    detail = shown(s.api.get(s.api_url("plan/versions/1/")))
    assert listed == detail
    return detail


def _download(s: Setting, variant: str, api: bool) -> bool:
    response: Any
    if api:
        response = s.api.get(s.api_url(f"plan/versions/1/documents/{variant}/download/"))
    else:
        response = s.page.get(s.url(f"plan/versies/1/pdf/{variant}/"))
    shown(response, denied=(403, 404))
    return response.status_code == 200 and response["Content-Type"] == "application/pdf"


@probe("plan full", routes=("casework:plan_document",), rules=VERSION_FULL)
def plan_full(s: Setting) -> bool:
    return _download(s, FULL, api=False)


@probe("plan full-api", routes=("case-plan-version-document-download",), rules=VERSION_FULL)
def plan_full_api(s: Setting) -> bool:
    return _download(s, FULL, api=True)


@probe("plan pseudonymised", routes=("casework:plan_document",), rules=VERSION_VIEW)
def plan_pseudonymised(s: Setting) -> bool:
    return _download(s, PSEUDONYMISED, api=False)


@probe(
    "plan pseudonymised-api", routes=("case-plan-version-document-download",), rules=VERSION_VIEW
)
def plan_pseudonymised_api(s: Setting) -> bool:
    return _download(s, PSEUDONYMISED, api=True)


@probe("plan compare", routes=("casework:plan_compare",), rules=VERSION_VIEW)
def plan_compare(s: Setting) -> bool:
    return shown(s.page.get(s.url("plan/vergelijken/"), {"van": 1, "met": 2}))


@probe("plan compare-api", routes=("case-plan-version-compare",), rules=VERSION_VIEW)
def plan_compare_api(s: Setting) -> bool:
    return shown(s.api.get(s.api_url("plan/versions/2/compare/1/")))


@probe("plan progress", routes=("casework:plan_document_status",), rules=VERSION_VIEW)
def plan_progress(s: Setting) -> bool:
    return shown(s.page.get(s.url(f"plan/versies/1/pdf/{PSEUDONYMISED}/voortgang/"), headers=HX))


@probe(
    "plan documents-api",
    routes=("case-plan-version-documents", "case-plan-version-document"),
    rules=VERSION_VIEW,
)
def plan_documents_api(s: Setting) -> bool:
    listed = shown(s.api.get(s.api_url("plan/versions/1/documents/")))
    one = shown(s.api.get(s.api_url(f"plan/versions/1/documents/{PSEUDONYMISED}/")))
    assert listed == one
    return one


@probe("plan request", routes=("casework:plan_document_request",), rules=VERSION_VIEW)
def plan_request(s: Setting) -> bool:
    response = s.page.post(s.url(f"plan/versies/2/pdf/{PSEUDONYMISED}/maken/"))
    assert response.status_code in (302, 403, 404), response.status_code
    return response.status_code == 302


@probe("plan request-api", routes=("case-plan-version-document",), rules=VERSION_VIEW)
def plan_request_api(s: Setting) -> bool:
    response = s.api.post(s.api_url(f"plan/versions/2/documents/{PSEUDONYMISED}/"))
    return done(response, ok=(202,))


@probe("plan jobs-admin", routes=(), rules=((DocumentJob, Action.VIEW),))
def plan_jobs_admin(s: Setting) -> bool:
    return shown(s.page.get("/beheer/documents/documentjob/"), denied=(403, 302))


def _plan_setting(world: World) -> None:
    """A complete plan, submitted twice, with the PDFs of version 1 made (a small stand-in
    file: the worker that makes real ones is tested in tests/documents)."""
    first = plan_submitted(world)
    plan = first.plan
    plan.refresh_from_db()
    plan_save(
        plan=plan,
        user=world.users["aov"],
        version=plan.version,
        content=plan_content(world, [plan.actions.get().case_intervention], problem="Tweede"),
    )
    plan.refresh_from_db()
    plan_submit(plan=plan, user=world.users["aov"], version=plan.version)
    pdf = Pdf(content=b"%PDF-1.7 matrix", pages=1)
    for job in DocumentJob.objects.filter(subject_id=first.pk):
        job_done(job, name=store("plan", pdf), pdf=pdf)


# --- The world the probes work on -----------------------------------------------------------


def setting(world: World, user: User) -> Setting:
    aov = world.users["aov"]
    case = world.case
    # One access log row exists before anyone reads, so the privacy officer has one to see.
    log_reads(aov, Case.objects.select_related("municipality").get(pk=case.pk))
    linked_organisation_add(case=case, user=aov, name="Garage Teststraat")
    linked_address_add(case=case, user=aov, address="Industrieweg 4")
    extras = _corrections_setting(world)
    _plan_setting(world)
    closure = Intervention.objects.get(slug=CLOSURE)
    manager = world.users["functioneel_beheerder"]
    closure.version = intervention_keep_version(intervention=closure, user=manager)
    closure.save()
    weighed = case_intervention_propose(
        case=case,
        user=aov,
        intervention=closure,
        purpose="Drugshandel uit de woning stoppen",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["moeder"]],
    )
    assessment_save(
        case_intervention=weighed,
        user=aov,
        version=weighed.version,
        checks=[CheckInput(met=True, evidence="PV") for _ in closure.conditions.all()],
        human_measure="Milan (12) gaat tijdelijk naar zijn tante.",
    )
    informal = Intervention.objects.filter(kind=Kind.INFORMAL).order_by("name")
    withdrawn = []
    for purpose in ("Gesprek A", "Gesprek B", "Gesprek C"):
        item = case_intervention_propose(
            case=case,
            user=aov,
            intervention=informal[0],
            purpose=purpose,
            responsible=world.organisations["gemeente"],
            target_persons=[world.persons["opa"]],
        )
        case_intervention_transition(
            case_intervention=item, user=aov, to_status="ingetrokken", reason="x", version=1
        )
        withdrawn.append(item)
    evaluated = withdrawn.pop()
    evaluation_record(
        case_intervention=evaluated,
        user=aov,
        rating=4,
        what_worked="Goed gesprek.",
        what_did_not="",
        version=evaluated.version,
    )
    newcomers = [
        world.organisations["woningcorporatie"],
        OrganisationFactory.create(name="Leerplicht"),
    ]
    leaving = [
        partner_join_case(case=case, organisation=organisation, decided_by=aov)
        for organisation in (
            OrganisationFactory.create(name="Buurtwerk"),
            OrganisationFactory.create(name="Schuldhulp"),
        )
    ]
    contact = ContactPersonFactory.create(
        organisation=world.organisations["politie"], name="Wijkagent Test"
    )
    contact.expertise.add(Expertise.objects.create(name="weerbaarheid"))
    # Staff status opens the admin's door; what a user may do there is the policy's answer.
    User.objects.filter(pk__in=[u.pk for u in world.users.values()]).update(is_staff=True)
    user.refresh_from_db()
    case.refresh_from_db()
    return Setting(
        world=world,
        user=user,
        page=verified_client(user),
        api=api_client(user),
        weighed=weighed,
        evaluated=evaluated,
        withdrawn=withdrawn,
        newcomers=newcomers,
        leaving=leaving,
        closure=closure,
        extras={"contact": contact, **extras},
    )


def _corrections_setting(world: World) -> dict[str, Any]:
    """What the correction probes change or remove, one of each per probe, and a case in a
    municipality outside every vierhoek member's territory in which their partners take part."""
    aov = world.users["aov"]
    case = world.case
    source = world.organisations["gemeente"]
    extras: dict[str, Any] = {}
    for key in (
        "edit",
        "edit-api",
        "remove",
        "remove-api",
        "keep",
        "other",
        "keep-api",
        "other-api",
        "rel-a",
        "rel-b",
    ):
        extras[f"person {key}"] = person_add(
            case=case, user=aov, first_name="Correctie", last_name=key
        )
    a, b = extras["person rel-a"], extras["person rel-b"]
    for index, key in enumerate(("edit", "end", "remove", "edit-api", "end-api", "remove-api")):
        kinds = ["zakelijk", "handlanger", "broer_zus", "neef_nicht", "partner", "ex_partner"]
        extras[f"relation {key}"] = relation_add(
            case=case, user=aov, from_person=a, kind=kinds[index], to_person=b, source=source
        )
    for key in ("edit", "remove", "edit-api", "remove-api"):
        extras[f"organisation {key}"] = linked_organisation_add(
            case=case, user=aov, name=f"Bedrijf {key}"
        )
        extras[f"address {key}"] = linked_address_add(case=case, user=aov, address=f"Adres {key}")
    elsewhere = served_municipality(world.organisations["zvh"], name="Anderstad")
    outside = case_create(
        user=world.users["procesregisseur"], title="Buiten het gebied", municipality=elsewhere
    )
    for key in ("gemeente", "politie", "om", "veilig_thuis", "ggz"):
        partner_join_case(
            case=outside,
            organisation=world.organisations[key],
            decided_by=world.users["procesregisseur"],
        )
    extras["outside"] = outside
    extras["elsewhere"] = served_municipality(name="Nergensdorp")
    return extras


# The users are checked in two files, this one and test_permission_matrix_others.py, so that
# the two test processes share the work.
CASE_WORKER_ROLES = {Role.AOV, Role.PROCESS_DIRECTOR, Role.CHAIR, Role.PARTNER_PROFESSIONAL}
CASE_WORKER_USERS = [name for name in EXPECTED if USERS[name][0] in CASE_WORKER_ROLES]
OTHER_USERS = [name for name in EXPECTED if name not in CASE_WORKER_USERS]


@pytest.mark.parametrize("username", CASE_WORKER_USERS)
def test_permission_matrix(world: World, username: str) -> None:
    check_matrix(world, username)


def check_matrix(world: World, username: str) -> None:
    """Every cell of the user's row, as the probes find it."""
    s = setting(world, world.users[username])
    actual = {column: PROBES[column].check(s) for column in COLUMNS}
    expected = dict(zip(COLUMNS, EXPECTED[username], strict=True))
    wrong = {column: actual[column] for column in COLUMNS if actual[column] != expected[column]}
    assert wrong == {}, f"{username}: these cells are not as the table says"


# --- The table is whole ---------------------------------------------------------------------


def test_matrix_names_every_role_and_user() -> None:
    assert {USERS[name][0] for name in EXPECTED} == set(Role)
    assert sorted(CASE_WORKER_USERS + OTHER_USERS) == sorted(EXPECTED)
    assert set(EXPECTED) == set(USERS)
    assert all(len(cells) == len(COLUMNS) for cells in EXPECTED.values())
    assert set(COLUMNS) == set(PROBES), set(COLUMNS) ^ set(PROBES)


def _all_probes() -> list[Any]:
    """The probes of this matrix, of the meetings' (tests/casework/test_meeting_matrix.py), of
    the review's (tests/casework/test_review_matrix.py) and of the insight's
    (tests/casework/test_insight_matrix.py)."""
    from tests.casework.test_insight_matrix import PROBES as INSIGHT_PROBES
    from tests.casework.test_meeting_matrix import PROBES as MEETING_PROBES
    from tests.casework.test_review_matrix import PROBES as REVIEW_PROBES

    return [
        *PROBES.values(),
        *MEETING_PROBES.values(),
        *REVIEW_PROBES.values(),
        *INSIGHT_PROBES.values(),
    ]


def test_every_registered_rule_has_cells_in_the_matrix() -> None:
    covered = {(model.__name__, str(action)) for p in _all_probes() for model, action in p.rules}
    assert set(rules_table()) - covered == set()


# Routes that read or change no case, registry or catalogue data: signing in and out, the
# language switch, the health check, the API's schema, and the admin (tests/partners/test_admin.py
# checks that every admin page asks the policy; the matrix's admin columns probe it per role).
NOT_DATA = {
    "login",
    "logout",
    "two_factor_verify",
    "two_factor_setup",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "set_language",
    "healthz",
    "api-schema",
    "api-docs",
}


def route_names(patterns: list[Any] | None = None, namespace: str = "") -> set[str]:
    names = set()
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            names |= route_names(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(f"{namespace}{entry.name}")
    return names


def test_every_route_has_cells_in_the_matrix() -> None:
    routes = route_names() - NOT_DATA
    assert {"casework:case_timeline", "case-relations", "interventions:version"} <= routes
    covered = {route for p in _all_probes() for route in p.routes}
    assert routes - covered == set()
    assert covered - routes == set(), "a column names a route that does not exist"


def test_the_group_of_a_role_holds_no_permission_of_its_own(db: None) -> None:
    # What a role may do is the matrix above, decided by the policy alone.
    names = [role.group_name for role in Role]
    assert not Group.objects.filter(name__in=names, permissions__isnull=False).exists()
