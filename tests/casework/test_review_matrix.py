"""The permission matrix of the gezagsvierhoek's review, on every read path of it.

Y = the user sees it (or the action succeeds); N = it is refused or simply absent. The world is
tests/casework/review_world.py: the plan put before the Teststad vierhoek, pseudonymised, on a
vierhoekoverleg organised by the Zorg- en Veiligheidshuis and chaired by its voorzitter.
The rows: the procesregisseur who put it there, the AOV'er and a Veilig Thuis professional
(case workers of partners taking part), the meeting's chair, a member (the wethouder), her
deputy, a member of another municipality's vierhoek, an outsider and the functional manager.
"stale" is each of them after a new version voided what they were to decide on.

The columns are part of the permission matrix: tests/casework/test_permission_matrix.py checks
that every rule and every route has cells here or there.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from casework.review.models import (
    InstrumentDecision,
    MemberDecision,
    Submission,
    SubmissionStatus,
    Variant,
)
from documents.jobs import job_done
from documents.models import DocumentJob, JobStatus
from documents.rendering import Pdf, store
from partners.models import Seat, User, Vierhoek
from partners.policy import Action
from tests.casework.plan_world import submit_until
from tests.casework.review_world import ReviewWorld, build, put_before
from tests.casework.test_meeting_matrix import shown
from tests.casework.test_permission_matrix import parse
from tests.conftest import api_client, verified_client
from tests.world import World

pytestmark = pytest.mark.django_db

MATRIX = """
user                 | queue: page api | plan: page api-list api-detail pdf decisions commitments | full: pdf | decide: page api | case: reviews | instrument: page api | list: page request | vierhoek: api admin-add admin-change | put: page api | stale: page api
procesregisseur      | N N | Y Y Y Y Y Y | Y | N N | Y | Y Y | Y Y | Y N N | Y Y | N N
aov                  | N N | Y Y Y Y Y Y | Y | N N | Y | Y Y | Y Y | Y N N | N N | N N
ketenpartner_zorg    | N N | Y Y Y Y Y Y | Y | N N | Y | Y Y | Y Y | Y N N | N N | N N
voorzitter           | N N | Y Y Y Y Y Y | Y | N N | Y | Y Y | Y Y | Y N N | N N | N N
wethouder            | Y Y | Y Y Y Y Y Y | Y | Y Y | Y | Y Y | Y Y | Y N N | N N | N N
wethouder_loco       | Y Y | Y Y Y Y Y Y | Y | Y Y | Y | Y Y | Y Y | Y N N | N N | N N
burgemeester_elders  | N N | N N N N N N | N | N N | N | N N | N N | Y N N | N N | N N
ketenpartner_buiten  | N N | N N N N N N | N | N N | N | N N | N N | Y N N | N N | N N
functioneel_beheerder| N N | N N N N N N | N | N N | N | N N | N N | Y Y Y | N N | N N
"""

COLUMNS, EXPECTED = parse(MATRIX)
COMMITMENT = "Handhaving door de gemeente"


@dataclass
class Setting:
    r: ReviewWorld
    user: User
    page: Client
    api: APIClient

    @property
    def item(self) -> Submission:
        return self.r.submission

    def url(self, suffix: str = "") -> str:
        return f"/beoordelen/{self.item.pk}/{suffix}"


@dataclass(frozen=True)
class Probe:
    routes: tuple[str, ...]
    rules: tuple[tuple[type, Action], ...]
    check: Callable[[Setting], bool]


PROBES: dict[str, Probe] = {}


def probe(
    column: str, *, routes: tuple[str, ...], rules: tuple[tuple[type, Action], ...] = ()
) -> Callable[[Callable[[Setting], bool]], Callable[[Setting], bool]]:
    def register(check: Callable[[Setting], bool]) -> Callable[[Setting], bool]:
        PROBES[column] = Probe(routes, rules, check)
        return check

    return register


def pdf_text(response: Any) -> str:
    return b"".join(response.streaming_content).decode() if response.status_code == 200 else ""


VIEW = ((Submission, Action.VIEW), (MemberDecision, Action.VIEW))


@probe("queue page", routes=("casework:review_queue",), rules=VIEW)
def queue_page(s: Setting) -> bool:
    response = s.page.get("/beoordelen/")
    assert response.status_code == 200
    return f'href="/beoordelen/{s.item.pk}/"' in response.content.decode()


@probe("queue api", routes=("review-queue",), rules=VIEW)
def queue_api(s: Setting) -> bool:
    response = s.api.get("/api/review-queue/")
    return s.item.pk in [row["id"] for row in response.json()["results"]]


@probe("plan page", routes=("casework:submission",), rules=VIEW)
def plan_page(s: Setting) -> bool:
    response = s.page.get(s.url())
    return shown(response) and COMMITMENT in response.content.decode()


@probe("plan api-list", routes=("submissions",), rules=VIEW)
def plan_api_list(s: Setting) -> bool:
    return s.item.pk in [row["id"] for row in s.api.get("/api/submissions/").json()["results"]]


@probe(
    "plan api-detail",
    routes=("submission",),
    rules=(*VIEW, (InstrumentDecision, Action.VIEW)),
)
def plan_api_detail(s: Setting) -> bool:
    response = s.api.get(f"/api/submissions/{s.item.pk}/")
    if response.status_code == 200:
        body = response.json()
        assert body["sha256"] == s.r.version.sha256
        assert body["decisions"][0]["instruments"][0]["choice"] == "toepassen"
    return shown(response)


@probe("plan pdf", routes=("casework:submission_pdf",), rules=VIEW)
def plan_pdf(s: Setting) -> bool:
    text = pdf_text(s.page.get(s.url("pdf/")))
    assert "volledig" not in text
    return text.endswith("gepseudonimiseerd")


@probe("plan decisions", routes=("submission-decisions",), rules=VIEW)
def plan_decisions(s: Setting) -> bool:
    response = s.api.get(f"/api/submissions/{s.item.pk}/decisions/")
    return shown(response) and COMMITMENT in response.content.decode()


@probe("plan commitments", routes=("commitments",), rules=VIEW)
def plan_commitments(s: Setting) -> bool:
    return COMMITMENT in s.api.get("/api/commitments/").content.decode()


@probe("full pdf", routes=("casework:submission_pdf",), rules=((Submission, Action.VIEW_NETWORK),))
def full_pdf(s: Setting) -> bool:
    Submission.objects.filter(pk=s.item.pk).update(variant=Variant.FULL, reason="Sluiting")
    text = pdf_text(s.page.get(s.url("pdf/")))
    Submission.objects.filter(pk=s.item.pk).update(variant=Variant.PSEUDONYMISED, reason="")
    return text.endswith("volledig")


DECIDE = ((Submission, Action.CONTRIBUTE),)


@probe("decide page", routes=("casework:submission",), rules=DECIDE)
def decide_page(s: Setting) -> bool:
    before = MemberDecision.objects.count()
    s.page.post(s.url(), {"sha256": s.item.sha256, "verdict": "opmerking", "text": "Via de pagina"})
    return MemberDecision.objects.count() == before + 1


@probe("decide api", routes=("submission-decisions",), rules=DECIDE)
def decide_api(s: Setting) -> bool:
    response = s.api.post(
        f"/api/submissions/{s.item.pk}/decisions/",
        {"sha256": s.item.sha256, "verdict": "opmerking", "text": "Via de API"},
        format="json",
    )
    assert response.status_code in (201, 403, 404), response.content
    return response.status_code == 201


@probe("case reviews", routes=("casework:case_reviews",), rules=VIEW)
def case_reviews(s: Setting) -> bool:
    response = s.page.get(f"/casussen/{s.r.world.case.pk}/plan/beoordeling/")
    return shown(response) and COMMITMENT in response.content.decode()


def _closure(s: Setting) -> Any:
    return InstrumentDecision.objects.get().case_intervention


@probe(
    "instrument page",
    routes=("casework:intervention_vierhoek",),
    rules=((InstrumentDecision, Action.VIEW),),
)
def instrument_page(s: Setting) -> bool:
    closure = _closure(s)
    response = s.page.get(
        f"/casussen/{s.r.world.case.pk}/interventies/{closure.pk}/gezagsvierhoek/"
    )
    return shown(response) and "Besluit tot toepassing" in response.content.decode()


@probe(
    "instrument api",
    routes=("case-intervention-vierhoek-decisions",),
    rules=((InstrumentDecision, Action.VIEW),),
)
def instrument_api(s: Setting) -> bool:
    closure = _closure(s)
    response = s.api.get(
        f"/api/cases/{s.r.world.case.pk}/interventions/{closure.pk}/vierhoek-decisions/"
    )
    if response.status_code != 200:
        assert response.status_code == 404
        return False
    return [row["choice"] for row in response.json()["results"]] == ["toepassen"]


@probe("list page", routes=("casework:decision_list",), rules=VIEW)
def list_page(s: Setting) -> bool:
    return shown(s.page.get(f"/overleggen/{s.r.meeting.pk}/besluitenlijst/"))


@probe("list request", routes=("casework:decision_list_request",), rules=VIEW)
def list_request(s: Setting) -> bool:
    response = s.page.post(f"/overleggen/{s.r.meeting.pk}/besluitenlijst/maken/")
    assert response.status_code in (302, 404), response.status_code
    return DocumentJob.objects.filter(kind="besluitenlijst", requested_by=s.user).exists()


@probe(
    "vierhoek api",
    routes=("vierhoeken", "vierhoek"),
    rules=((Vierhoek, Action.VIEW), (Seat, Action.VIEW)),
)
def vierhoek_api(s: Setting) -> bool:
    listed = s.api.get("/api/vierhoeken/").json()["results"]
    one = s.api.get(f"/api/vierhoeken/{s.r.vierhoek.pk}/")
    return shown(one) and any(len(row["seats"]) == 4 for row in listed)


@probe("vierhoek admin-add", routes=(), rules=((Vierhoek, Action.CREATE),))
def vierhoek_admin_add(s: Setting) -> bool:
    return shown(s.page.get("/beheer/partners/vierhoek/add/"), denied=(403, 302))


@probe("vierhoek admin-change", routes=(), rules=((Vierhoek, Action.CHANGE),))
def vierhoek_admin_change(s: Setting) -> bool:
    response = s.page.get(f"/beheer/partners/vierhoek/{s.r.vierhoek.pk}/change/")
    if response.status_code == 200:
        assert "Handhaving" not in response.content.decode()
    return shown(response, denied=(403, 302))


PUT = ((Submission, Action.CREATE),)


def _clear(s: Setting) -> None:
    Submission.objects.filter(pk=s.item.pk).update(status=SubmissionStatus.VOID)


@probe("put page", routes=("casework:submission_new",), rules=PUT)
def put_page(s: Setting) -> bool:
    _clear(s)
    response = s.page.post(
        f"/casussen/{s.r.world.case.pk}/plan/versies/{s.r.version.number}/voorleggen/",
        {
            "meeting": s.r.meeting.pk,
            "variant": Variant.PSEUDONYMISED,
            "reason": "",
            "deadline": s.item.deadline.isoformat(),
        },
    )
    assert response.status_code in (302, 403, 404), response.status_code
    made = Submission.objects.filter(status=SubmissionStatus.OPEN)
    found = made.exists()
    made.update(status=SubmissionStatus.VOID)
    return found


@probe("put api", routes=("submissions",), rules=PUT)
def put_api(s: Setting) -> bool:
    _clear(s)
    response = s.api.post(
        "/api/submissions/",
        {
            "plan_version": s.r.version.pk,
            "meeting": s.r.meeting.pk,
            "deadline": s.item.deadline.isoformat(),
        },
        format="json",
    )
    assert response.status_code in (201, 400, 403), response.content
    return response.status_code == 201


def _stale(s: Setting) -> Submission:
    """A plan before the vierhoek, then a new version of it submitted."""
    Submission.objects.filter(status=SubmissionStatus.OPEN).update(status=SubmissionStatus.VOID)
    latest = s.r.version.plan.versions.order_by("-number")[0]
    stale = put_before(s.r.world, latest, s.r.meeting)
    submit_until(s.r.world, s.r.version.plan, latest.number + 1)
    return stale


@probe("stale page", routes=("casework:submission",), rules=DECIDE)
def stale_page(s: Setting) -> bool:
    stale = _stale(s)
    s.page.post(
        f"/beoordelen/{stale.pk}/", {"sha256": stale.sha256, "verdict": "opmerking", "text": "X"}
    )
    return stale.decisions.exists()


@probe("stale api", routes=("submission-decisions",), rules=DECIDE)
def stale_api(s: Setting) -> bool:
    stale = _stale(s)
    response = s.api.post(
        f"/api/submissions/{stale.pk}/decisions/",
        {"sha256": stale.sha256, "verdict": "opmerking", "text": "X"},
        format="json",
    )
    assert response.status_code in (201, 403, 404, 409), response.content
    return response.status_code == 201


def setting(world: World, username: str) -> Setting:
    from casework.review.services import DecisionInput, decision_record, mayor_instruments
    from tests.casework.review_world import agreed

    r = build(world)
    for job in DocumentJob.objects.filter(subject_id=r.version.pk):
        pdf = Pdf(content=f"%PDF-1.7 {job.variant}".encode(), pages=1)
        job_done(job, name=store(job.kind, pdf), pdf=pdf)
    assert DocumentJob.objects.filter(status=JobStatus.DONE).count() == 2
    given = agreed(COMMITMENT)
    decision_record(
        submission=r.submission,
        user=world.users["burgemeester"],
        sha256=r.version.sha256,
        given=DecisionInput(
            verdict="akkoord",
            commitment=given.commitment,
            instruments={mayor_instruments(r.submission)[0].pk: "toepassen"},
        ),
    )
    # Everyone may reach the admin's door; the policy decides what is behind it.
    User.objects.filter(pk__in=[u.pk for u in world.users.values()]).update(is_staff=True)
    user = r.user(username)
    user.refresh_from_db()
    return Setting(r, user, verified_client(user), api_client(user))


@pytest.mark.parametrize("username", list(EXPECTED))
def test_review_matrix(world: World, username: str) -> None:
    s = setting(world, username)
    actual = {column: PROBES[column].check(s) for column in COLUMNS}
    expected = dict(zip(COLUMNS, EXPECTED[username], strict=True))
    wrong = {column: actual[column] for column in COLUMNS if actual[column] != expected[column]}
    assert wrong == {}, f"{username}: these cells are not as the table says"


def test_the_review_matrix_is_whole() -> None:
    assert set(COLUMNS) == set(PROBES), set(COLUMNS) ^ set(PROBES)
