"""The permission matrix of meetings: who sees and does what, on every read path of meetings.

Y = the user sees it (or the action succeeds); N = it is refused or simply absent. The rows
stand to the casusoverleg of tests/casework/meeting_world.py as its table says: chair,
minute-taker, organiser (procesregisseur of the Zorg- en Veiligheidshuis), invited to item 1,
invited to item 2 only, not invited, a vierhoek member and an outsider. Every user has
confirmed the confidentiality statement where they could (the gate has its own tests).

The columns are part of the permission matrix: tests/casework/test_permission_matrix.py checks
that every rule and every route has cells here or there.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from casework.meetings.models import (
    AgendaItem,
    Attendance,
    ConfidentialityStatement,
    Decision,
    ItemInput,
    Meeting,
    MeetingAction,
    MeetingKind,
    Minutes,
)
from casework.meetings.selectors import MINUTES_KIND
from casework.meetings.services import (
    action_add,
    decision_record,
    input_add,
    item_add,
    minutes_confirm,
    statement_confirm,
)
from documents.jobs import job_done
from documents.models import DocumentJob
from documents.rendering import Pdf, store
from partners.models import User
from partners.policy import Action, can
from tests.casework.meeting_world import MeetingWorld, build, plan_meeting
from tests.casework.test_permission_matrix import parse
from tests.conftest import api_client, verified_client
from tests.world import World

pytestmark = pytest.mark.django_db

MATRIX = """
user                 | meeting: list page ics api-list api-detail | statement: page api | agenda: item1 item2 api-list api-item1 | content: page mode api-inputs api-decisions api-actions | input: page api | runner: mode add-item add-item-api invite invite-api notes notes-api decision decision-api screening screening-api action action-api timer | attendance: page api put | actions: home page api api-detail close-page close-api | new meeting: page api | edit: page api | minutes: full extract confirm
voorzitter           | Y Y Y Y Y | Y Y | Y Y Y Y | Y Y Y Y Y | Y Y | Y Y Y Y Y Y Y Y Y Y Y Y Y Y | Y Y Y | N N N Y Y Y | Y Y | Y Y | Y Y Y
aov                  | Y Y Y Y Y | Y Y | Y Y Y Y | Y Y Y Y Y | N N | Y Y Y Y Y Y Y Y Y Y Y Y Y Y | Y Y Y | N N N Y Y Y | N N | Y Y | Y Y N
procesregisseur      | Y Y Y Y Y | Y Y | Y Y Y Y | Y Y Y Y Y | Y Y | Y Y Y Y Y Y Y Y Y Y Y Y Y Y | Y Y Y | N N N Y Y Y | Y Y | Y Y | Y Y N
ketenpartner_zorg    | Y Y Y Y Y | Y Y | Y N Y Y | Y N Y Y Y | Y Y | N N N N N N N N N N N N N N | N Y N | Y Y Y Y Y Y | N N | N N | N Y N
ketenpartner_ggz     | Y Y Y Y Y | Y Y | N Y N N | N N N N N | N N | N N N N N N N N N N N N N N | N Y N | N N N N N N | N N | N N | N N N
ketenpartner_politie | N N N N N | N N | N N N N | N N N N N | N N | N N N N N N N N N N N N N N | N N N | N N N N N N | N N | N N | N N N
burgemeester         | N N N N N | N N | N N N N | N N N N N | N N | N N N N N N N N N N N N N N | N N N | N N N N N N | N N | N N | N N N
ketenpartner_buiten  | N N N N N | N N | N N N N | N N N N N | N N | N N N N N N N N N N N N N N | N N N | N N N N N N | N N | N N | N N N
"""

COLUMNS, EXPECTED = parse(MATRIX)
INPUT = "Veilig Thuis meldt: zorgen om de kinderen"
DECISION = "Gezamenlijk huisbezoek"
ACTION = "Gesprek met moeder plannen"


@dataclass
class Setting:
    m: MeetingWorld
    user: User
    page: Client
    api: APIClient
    screening: Meeting
    screening_items: list[AgendaItem]
    action: MeetingAction
    archived: Meeting

    @property
    def meeting(self) -> Meeting:
        return self.m.meeting

    def url(self, suffix: str = "") -> str:
        return f"/overleggen/{self.m.meeting.pk}/{suffix}"

    def item_url(self, item: AgendaItem, suffix: str = "") -> str:
        return self.url(f"punten/{item.pk}/{suffix}")

    def api_url(self, suffix: str = "") -> str:
        return f"/api/meetings/{self.m.meeting.pk}/{suffix}"

    def api_item(self, item: AgendaItem, suffix: str = "") -> str:
        return self.api_url(f"items/{item.pk}/{suffix}")


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


def shown(response: Any, denied: tuple[int, ...] = (404,)) -> bool:
    assert response.status_code == 200 or response.status_code in denied, (
        response.status_code,
        getattr(response, "content", b"")[:300],
    )
    return response.status_code == 200


def done(
    response: Any, ok: tuple[int, ...] = (201, 200, 302), denied: tuple[int, ...] = (403, 404)
) -> bool:
    assert response.status_code in ok + denied, (response.status_code, response.content[:500])
    return response.status_code in ok


def text(response: Any) -> str:
    return response.content.decode() if response.status_code == 200 else ""


MEETING = ((Meeting, Action.VIEW),)


@probe("meeting list", routes=("casework:meetings",), rules=MEETING)
def meeting_list_page(s: Setting) -> bool:
    return s.meeting.title in text(s.page.get("/overleggen/"))


@probe("meeting page", routes=("casework:meeting",), rules=MEETING)
def meeting_page(s: Setting) -> bool:
    return shown(s.page.get(s.url()))


@probe("meeting ics", routes=("casework:meeting_ics",), rules=MEETING)
def meeting_ics(s: Setting) -> bool:
    response = s.page.get(s.url("uitnodiging.ics"))
    if response.status_code == 200:
        body = response.content.decode()
        assert "BEGIN:VEVENT" in body and s.m.world.case.title not in body
    return shown(response)


@probe("meeting api-list", routes=("meetings",), rules=MEETING)
def meeting_api_list(s: Setting) -> bool:
    response = s.api.get("/api/meetings/")
    return s.meeting.pk in [row["id"] for row in response.json()["results"]]


@probe("meeting api-detail", routes=("meeting",), rules=MEETING)
def meeting_api_detail(s: Setting) -> bool:
    return shown(s.api.get(f"/api/meetings/{s.meeting.pk}/"))


STATEMENT = ((ConfidentialityStatement, Action.VIEW), (Meeting, Action.VIEW))


@probe("statement page", routes=("casework:meeting_statement",), rules=STATEMENT)
def statement_page(s: Setting) -> bool:
    response = s.page.post(s.url("verklaring/"), {"agree": "ja"})
    return (
        done(response)
        and ConfidentialityStatement.objects.filter(meeting=s.meeting, user=s.user).exists()
    )


@probe("statement api", routes=("meeting-statement",), rules=STATEMENT)
def statement_api(s: Setting) -> bool:
    return done(s.api.post(s.api_url("statement/")))


ITEM = ((AgendaItem, Action.VIEW),)


@probe("agenda item1", routes=("casework:meeting_item",), rules=ITEM)
def agenda_item1(s: Setting) -> bool:
    return shown(s.page.get(s.item_url(s.m.first)))


@probe("agenda item2", routes=("casework:meeting_item",), rules=ITEM)
def agenda_item2(s: Setting) -> bool:
    return shown(s.page.get(s.item_url(s.m.second)))


@probe("agenda api-list", routes=("meeting-items",), rules=ITEM)
def agenda_api_list(s: Setting) -> bool:
    response = s.api.get(s.api_url("items/"))
    return response.status_code == 200 and s.m.first.pk in [r["id"] for r in response.json()]


@probe("agenda api-item1", routes=("meeting-item",), rules=ITEM)
def agenda_api_item1(s: Setting) -> bool:
    return shown(s.api.get(s.api_item(s.m.first)))


CONTENT = (
    (AgendaItem, Action.VIEW_CONTENT),
    (ItemInput, Action.VIEW),
    (Decision, Action.VIEW),
    (MeetingAction, Action.VIEW),
)


@probe("content page", routes=("casework:meeting_item",), rules=CONTENT)
def content_page(s: Setting) -> bool:
    page = text(s.page.get(s.item_url(s.m.first)))
    return INPUT in page and DECISION in page and ACTION in page


@probe("content mode", routes=("casework:meeting_mode",), rules=CONTENT)
def content_mode(s: Setting) -> bool:
    page = text(s.page.get(s.url(f"vergadering/?punt={s.m.first.pk}")))
    return INPUT in page and DECISION in page


def _listed(s: Setting, suffix: str, needle: str) -> bool:
    response = s.api.get(s.api_item(s.m.first, suffix))
    assert response.status_code in (200, 404)
    return needle in response.content.decode()


@probe("content api-inputs", routes=("meeting-item-inputs",), rules=CONTENT)
def content_api_inputs(s: Setting) -> bool:
    return _listed(s, "inputs/", INPUT)


@probe("content api-decisions", routes=("meeting-item-decisions",), rules=CONTENT)
def content_api_decisions(s: Setting) -> bool:
    return _listed(s, "decisions/", DECISION)


@probe("content api-actions", routes=("meeting-item-actions",), rules=CONTENT)
def content_api_actions(s: Setting) -> bool:
    return _listed(s, "actions/", ACTION)


CONTRIBUTE = ((AgendaItem, Action.CONTRIBUTE),)


@probe("input page", routes=("casework:meeting_item_input",), rules=CONTRIBUTE)
def input_page(s: Setting) -> bool:
    s.page.post(s.item_url(s.m.first, "inbreng/"), {"text": "Via de pagina"})
    return ItemInput.objects.filter(text="Via de pagina").exists()


@probe("input api", routes=("meeting-item-inputs",), rules=CONTRIBUTE)
def input_api(s: Setting) -> bool:
    response = s.api.post(s.api_item(s.m.first, "inputs/"), {"text": "Via de API"}, format="json")
    return done(response, ok=(201,), denied=(403, 404))


RUN = ((Meeting, Action.CHANGE),)


@probe("runner mode", routes=("casework:meeting_mode",), rules=RUN)
def runner_mode(s: Setting) -> bool:
    return shown(s.page.get(s.url("vergadering/")))


def _third_case(s: Setting) -> Any:
    from tests.casework.meeting_world import other_case

    return other_case(s.m.world)


@probe("runner add-item", routes=("casework:meeting_item_add",), rules=RUN)
def runner_add_item(s: Setting) -> bool:
    case = _third_case(s)
    zvh = s.m.world.organisations["zvh"]
    s.page.post(s.url("agenda/"), {"number": case.number, "invited": [zvh.pk]})
    return s.meeting.items.filter(case=case).exists()


@probe("runner add-item-api", routes=("meeting-items",), rules=RUN)
def runner_add_item_api(s: Setting) -> bool:
    case = _third_case(s)
    zvh = s.m.world.organisations["zvh"]
    response = s.api.post(
        s.api_url("items/"), {"case": case.pk, "invited": [zvh.pk]}, format="json"
    )
    return done(response, ok=(201,))


def _invitees(s: Setting) -> list[int]:
    o = s.m.world.organisations
    return [o["zvh"].pk, o["veilig_thuis"].pk, o["politie"].pk]


@probe("runner invite", routes=("casework:meeting_item_invite",), rules=RUN)
def runner_invite(s: Setting) -> bool:
    s.page.post(s.item_url(s.m.first, "uitnodigen/"), {"invited": _invitees(s)})
    return s.m.first.invited.count() == 3


@probe("runner invite-api", routes=("meeting-item-invited",), rules=RUN)
def runner_invite_api(s: Setting) -> bool:
    response = s.api.put(
        s.api_item(s.m.first, "invited/"), {"invited": _invitees(s)}, format="json"
    )
    return done(response, ok=(200,))


def _notes(s: Setting) -> dict[str, Any]:
    s.m.first.refresh_from_db()
    return {
        "version": s.m.first.version,
        "picture": "Beeld",
        "judgement": "",
        "decision_making": "",
    }


@probe("runner notes", routes=("casework:meeting_notes",), rules=RUN)
def runner_notes(s: Setting) -> bool:
    before = AgendaItem.objects.get(pk=s.m.first.pk).version
    s.page.post(s.item_url(s.m.first, "notities/"), _notes(s))
    return AgendaItem.objects.get(pk=s.m.first.pk).version == before + 1


@probe("runner notes-api", routes=("meeting-item-notes",), rules=RUN)
def runner_notes_api(s: Setting) -> bool:
    return done(s.api.put(s.api_item(s.m.first, "notes/"), _notes(s), format="json"), ok=(200,))


@probe("runner decision", routes=("casework:meeting_decision",), rules=RUN)
def runner_decision(s: Setting) -> bool:
    s.page.post(s.item_url(s.m.first, "besluiten/"), {"kind": "besluit", "text": "Via pagina"})
    return Decision.objects.filter(text="Via pagina").exists()


@probe("runner decision-api", routes=("meeting-item-decisions",), rules=RUN)
def runner_decision_api(s: Setting) -> bool:
    response = s.api.post(
        s.api_item(s.m.first, "decisions/"), {"kind": "besluit", "text": "Via API"}, format="json"
    )
    return done(response, ok=(201,))


@probe("runner screening", routes=("casework:meeting_screening",), rules=RUN)
def runner_screening(s: Setting) -> bool:
    item = s.screening_items[0]
    url = f"/overleggen/{s.screening.pk}/punten/{item.pk}/screening/"
    s.page.post(url, {"outcome": "niet_voor_zvh", "advice": "Wijkteam"})
    return AgendaItem.objects.get(pk=item.pk).screening_outcome == "niet_voor_zvh"


@probe("runner screening-api", routes=("meeting-item-screening",), rules=RUN)
def runner_screening_api(s: Setting) -> bool:
    url = f"/api/meetings/{s.screening.pk}/items/{s.screening_items[1].pk}/screening/"
    response = s.api.post(url, {"outcome": "niet_voor_zvh", "advice": "Wijkteam"}, format="json")
    return done(response, ok=(201,))


def _action(s: Setting, what: str) -> dict[str, Any]:
    deadline = timezone.localdate() + datetime.timedelta(days=7)
    owner = s.m.world.organisations["veilig_thuis"]
    return {"what": what, "owner": owner.pk, "deadline": deadline.isoformat()}


@probe("runner action", routes=("casework:meeting_action",), rules=RUN)
def runner_action(s: Setting) -> bool:
    s.page.post(s.item_url(s.m.first, "acties/"), _action(s, "Actie via pagina"))
    return MeetingAction.objects.filter(what="Actie via pagina").exists()


@probe("runner action-api", routes=("meeting-item-actions",), rules=RUN)
def runner_action_api(s: Setting) -> bool:
    response = s.api.post(s.api_item(s.m.first, "actions/"), _action(s, "Via API"), format="json")
    return done(response, ok=(201,))


@probe("runner timer", routes=("casework:meeting_timer",), rules=RUN)
def runner_timer(s: Setting) -> bool:
    s.page.post(s.item_url(s.m.first, "tijd/"))
    return AgendaItem.objects.get(pk=s.m.first.pk).started_at is not None


ATTENDANCE = ((Attendance, Action.VIEW), (Meeting, Action.CHANGE))


@probe("attendance page", routes=("casework:meeting_attendance",), rules=ATTENDANCE)
def attendance_page(s: Setting) -> bool:
    zorg = s.m.world.organisations["veilig_thuis"]
    s.page.post(s.url("aanwezigheid/"), {f"aanwezig-{zorg.pk}": "ja"})
    return Attendance.objects.filter(meeting=s.meeting, organisation=zorg, present=True).exists()


@probe("attendance api", routes=("meeting-attendance",), rules=((Attendance, Action.VIEW),))
def attendance_api(s: Setting) -> bool:
    return shown(s.api.get(s.api_url("attendance/")))


@probe("attendance put", routes=("meeting-attendance",), rules=ATTENDANCE)
def attendance_put(s: Setting) -> bool:
    zorg = s.m.world.organisations["veilig_thuis"]
    body = [{"organisation": zorg.pk, "present": True, "represented_by": "J. Jansen"}]
    return done(s.api.put(s.api_url("attendance/"), body, format="json"), ok=(200,))


MINE = ((MeetingAction, Action.VIEW),)


@probe("actions home", routes=("casework:home",), rules=MINE)
def actions_home(s: Setting) -> bool:
    return ACTION in text(s.page.get("/"))


@probe("actions page", routes=("casework:my_actions",), rules=MINE)
def actions_page(s: Setting) -> bool:
    return ACTION in text(s.page.get("/acties/"))


@probe("actions api", routes=("actions",), rules=MINE)
def actions_api(s: Setting) -> bool:
    return ACTION in s.api.get("/api/actions/").content.decode()


@probe("actions api-detail", routes=("action",), rules=MINE)
def actions_api_detail(s: Setting) -> bool:
    return shown(s.api.get(f"/api/actions/{s.action.pk}/"))


CLOSE = ((MeetingAction, Action.CHANGE),)


@probe("actions close-page", routes=("casework:action_close",), rules=CLOSE)
def actions_close_page(s: Setting) -> bool:
    if not shown(s.page.get(f"/acties/{s.action.pk}/afronden/")):
        return False
    s.page.post(f"/acties/{s.action.pk}/afronden/", {"result": "Gesproken"})
    return MeetingAction.objects.get(pk=s.action.pk).status == "afgerond"


@probe("actions close-api", routes=("action-close",), rules=CLOSE)
def actions_close_api(s: Setting) -> bool:
    other = action_add(
        item=s.m.first,
        user=s.m.world.users["voorzitter"],
        what="Tweede actie",
        owner=s.m.world.organisations["veilig_thuis"],
        owner_person=s.m.world.users["ketenpartner_zorg"],
        deadline=timezone.localdate() + datetime.timedelta(days=3),
    )
    response = s.api.post(f"/api/actions/{other.pk}/close/", {"result": "Klaar"}, format="json")
    return done(response, ok=(200,))


CREATE = ((Meeting, Action.CREATE),)


@probe("new meeting page", routes=("casework:meeting_new",), rules=CREATE)
def new_meeting_page(s: Setting) -> bool:
    return shown(s.page.get("/overleggen/nieuw/"), denied=(403,))


@probe("new meeting api", routes=("meetings",), rules=CREATE)
def new_meeting_api(s: Setting) -> bool:
    body = {
        "kind": "screening",
        "title": "Extra screening",
        "starts_at": (timezone.now() + datetime.timedelta(days=3)).isoformat(),
        "place": "ZVH",
        "chair": s.m.world.users["voorzitter"].pk,
    }
    return done(s.api.post("/api/meetings/", body, format="json"), ok=(201,))


EDIT = ((Meeting, Action.CHANGE),)


@probe("edit page", routes=("casework:meeting_edit",), rules=EDIT)
def edit_page(s: Setting) -> bool:
    if not shown(s.page.get(s.url("wijzigen/"))):
        return False
    local = timezone.localtime(s.meeting.starts_at)
    s.page.post(
        s.url("wijzigen/"),
        {
            "version": Meeting.objects.get(pk=s.meeting.pk).version,
            "title": s.meeting.title,
            "day": local.date().isoformat(),
            "at": local.strftime("%H:%M"),
            "minutes": 90,
            "place": "Zaal 3",
            "chair": s.meeting.chair_id,
            "minute_taker": s.meeting.minute_taker_id,
        },
    )
    return Meeting.objects.get(pk=s.meeting.pk).place == "Zaal 3"


@probe("edit api", routes=("meeting",), rules=EDIT)
def edit_api(s: Setting) -> bool:
    version = Meeting.objects.get(pk=s.meeting.pk).version
    response = s.api.patch(
        f"/api/meetings/{s.meeting.pk}/", {"version": version, "place": "Zaal 4"}, format="json"
    )
    return done(response, ok=(200,))


@probe(
    "minutes full", routes=("casework:meeting_minutes_document",), rules=((Minutes, Action.VIEW),)
)
def minutes_full(s: Setting) -> bool:
    return shown(s.page.get(f"/overleggen/{s.archived.pk}/notulen/volledig/"))


@probe(
    "minutes extract",
    routes=("casework:meeting_minutes_document",),
    rules=((Minutes, Action.VIEW_CONTENT),),
)
def minutes_extract(s: Setting) -> bool:
    variant = f"partner-{s.m.world.organisations['veilig_thuis'].pk}"
    return shown(s.page.get(f"/overleggen/{s.archived.pk}/notulen/{variant}/"))


@probe(
    "minutes confirm",
    routes=("casework:meeting_minutes_confirm",),
    rules=((Meeting, Action.TRANSITION),),
)
def minutes_confirm_page(s: Setting) -> bool:
    s.page.post(s.url("notulen/vaststellen/"))
    return Minutes.objects.filter(meeting=s.meeting).exists()


def archived_meeting(world: World, m: MeetingWorld) -> Meeting:
    """A meeting whose minutes the chair confirmed, their documents finished."""
    users, o = world.users, world.organisations
    meeting = plan_meeting(world, days=-7)
    item_add(
        meeting=meeting,
        user=users["procesregisseur"],
        case=world.case,
        invited=[o["zvh"], o["veilig_thuis"]],
    )
    item_add(
        meeting=meeting,
        user=users["procesregisseur"],
        case=m.other_case,
        invited=[o["zvh"], o["ggz"]],
    )
    for user in users.values():
        if can(user, Action.VIEW, meeting):
            statement_confirm(meeting=meeting, user=user)
    minutes = minutes_confirm(meeting=meeting, user=users["voorzitter"])
    # The permission cells ask who may download, not what the worker renders (that is
    # tests/casework/test_meeting_minutes.py): each job is finished with a stored file.
    pdf = Pdf(content=b"%PDF-1.4\n%%EOF\n", pages=1)
    for job in DocumentJob.objects.filter(kind=MINUTES_KIND, subject_id=minutes.pk):
        job_done(job, name=store(MINUTES_KIND, pdf), pdf=pdf)
    return meeting


def setting(world: World, user: User) -> Setting:
    m = build(world)
    users, o = world.users, world.organisations
    chair = users["voorzitter"]
    input_add(item=m.first, user=users["ketenpartner_zorg"], text=INPUT)
    decision_record(item=m.first, user=chair, kind="besluit", text=DECISION)
    action = action_add(
        item=m.first,
        user=chair,
        what=ACTION,
        owner=o["veilig_thuis"],
        owner_person=users["ketenpartner_zorg"],
        deadline=timezone.localdate() + datetime.timedelta(days=10),
    )
    screening = plan_meeting(world, kind=MeetingKind.SCREENING, days=1)
    for key in ("voorzitter", "aov", "procesregisseur"):
        statement_confirm(meeting=screening, user=users[key])
    screening_items = [
        item_add(meeting=screening, user=users["procesregisseur"], case=case, invited=[o["zvh"]])
        for case in (m.other_case, world.case)
    ]
    return Setting(
        m,
        user,
        verified_client(user),
        api_client(user),
        screening,
        screening_items,
        action,
        archived_meeting(world, m),
    )


@pytest.mark.parametrize("username", list(EXPECTED))
def test_meeting_matrix(world: World, username: str) -> None:
    s = setting(world, world.users[username])
    actual = {column: PROBES[column].check(s) for column in COLUMNS}
    expected = dict(zip(COLUMNS, EXPECTED[username], strict=True))
    wrong = {column: actual[column] for column in COLUMNS if actual[column] != expected[column]}
    assert wrong == {}, f"{username}: these cells are not as the table says"


def test_the_meeting_matrix_is_whole() -> None:
    assert set(COLUMNS) == set(PROBES), set(COLUMNS) ^ set(PROBES)
