"""Who may see and do what with meetings (registered with the policy by the app's ready()).

Need-to-know per agenda item: a partner is invited to an item, not to a meeting's every case.
The runners of a meeting are its chair, its minute-taker and the procesregisseurs and chairs of
the organising partner (the Zorg- en Veiligheidshuis).

| object | action | allowed |
|---|---|---|
| Meeting | create | procesregisseur, voorzitter |
| Meeting | view (date, place, the agenda lines one may see) | runners; case workers and vierhoek members of a partner invited to it |
| Meeting | change (agenda, invitations, notes, decisions, actions, attendance) | runners |
| Meeting | transition (confirm the minutes) | its chair |
| AgendaItem | view (the line: case number and title, invited partners) | who may view the case and is a runner, or works for a partner invited to the item |
| AgendaItem | view_content (input, notes, decisions, actions of the item) | as view, once the user confirmed the meeting's confidentiality statement |
| AgendaItem | contribute (informatie-inbreng) | case workers of a partner invited to the item, taking part in the case, after the statement |
| ItemInput, Decision | view | as the item's view_content |
| MeetingAction | view | as the item's view_content; its owner (the person, or the owning partner's case workers), while they work for a partner taking part in the case |
| MeetingAction | change (close with its result) | its owner; the runners of its meeting who may read its item's content |
| Attendance | view | whoever may view the meeting |
| ConfidentialityStatement | view | the runners of its meeting; the one who confirmed it |
| Minutes | view (the whole minutes and every partner's extract) | the runners of the meeting; a variant only to who may read the content of each item it shows, now (casework/meetings/selectors.py) |
| Minutes | view_content (one's own partner's extract) | case workers of an invited partner who confirmed the statement |
"""

from functools import partial

from django.db.models import Exists, OuterRef, Q

from casework.meetings.models import (
    AgendaItem,
    Attendance,
    ConfidentialityStatement,
    Decision,
    Invitation,
    ItemInput,
    Meeting,
    MeetingAction,
    Minutes,
)
from casework.permissions import CASE_WORKERS, VIERHOEK, _seen_by_the_case, _taking_part
from partners.models import Role, User
from partners.policy import Action, RuleResult, has_role, rule
from partners.reading import readable

PARTICIPANTS = (*CASE_WORKERS, *VIERHOEK)
ORGANISERS = (Role.PROCESS_DIRECTOR, Role.CHAIR)
NOTHING = Q(pk__in=[])


def _prefix(through: str) -> str:
    return "" if through == "pk" else f"{through.removesuffix('_id')}__"


def _runs(user: User, *, meeting: str = "pk") -> Q:
    """Meetings (reached through `meeting`) that the user chairs, minutes or organises, while
    they hold a role that takes part in meetings."""
    if not has_role(user, *PARTICIPANTS):
        return NOTHING
    p = _prefix(meeting)
    runs = Q(**{f"{p}chair_id": user.pk}) | Q(**{f"{p}minute_taker_id": user.pk})
    if user.organisation_id is not None and has_role(user, *ORGANISERS):
        runs |= Q(**{f"{p}organiser_id": user.organisation_id})
    return runs


@rule(Meeting, Action.CREATE)
def create_meeting(user: User) -> RuleResult:
    return has_role(user, *ORGANISERS)


@rule(Meeting, Action.VIEW)
def view_meeting(user: User) -> RuleResult:
    invited = NOTHING
    if user.organisation_id is not None and has_role(user, *PARTICIPANTS):
        invited = Q(invited__id=user.organisation_id)
    # `invited__id` joins the invitations; a subquery keeps one row per meeting.
    return Q(pk__in=Meeting.objects.filter(_runs(user) | invited).values("pk"))


@rule(Meeting, Action.CHANGE)
def change_meeting(user: User) -> RuleResult:
    return _runs(user)


@rule(Meeting, Action.TRANSITION)
def confirm_minutes(user: User) -> RuleResult:
    """The meeting's last step, confirming its minutes: its chair's."""
    if not has_role(user, *PARTICIPANTS):
        return False
    return Q(chair_id=user.pk)


rule(Attendance, Action.VIEW)(lambda user: Q(meeting__in=_visible_meetings(user)))


def _visible_meetings(user: User) -> object:
    decision = view_meeting(user)
    return Meeting.objects.filter(decision).values("pk")


def _item(user: User, *, through: str = "pk") -> RuleResult:
    """Agenda items (reached through `through`) the user may see as a line of the agenda."""
    seen = _seen_by_the_case(user, through=f"{_prefix(through)}case_id")
    if seen is False:
        return False
    p = _prefix(through)
    invited = NOTHING
    if user.organisation_id is not None and has_role(user, *PARTICIPANTS):
        invitations = AgendaItem.invited.through.objects.filter(
            agendaitem_id=OuterRef(through), organisation_id=user.organisation_id
        )
        invited = Q(Exists(invitations))
    return (_runs(user, meeting=f"{p}meeting_id") | invited) & seen  # type: ignore[operator]


def _confirmed(user: User, *, meeting: str) -> Q:
    return Q(
        Exists(
            ConfidentialityStatement.objects.filter(meeting_id=OuterRef(meeting), user_id=user.pk)
        )
    )


def _content(user: User, *, through: str = "pk") -> RuleResult:
    """The content of items (input, notes, decisions): the item's line and the statement."""
    item = _item(user, through=through)
    if item is False:
        return False
    return item & _confirmed(user, meeting=f"{_prefix(through)}meeting_id")  # type: ignore[operator]


rule(AgendaItem, Action.VIEW)(_item)
rule(AgendaItem, Action.VIEW_CONTENT)(_content)
rule(ItemInput, Action.VIEW)(partial(_content, through="item_id"))
rule(Decision, Action.VIEW)(partial(_content, through="item_id"))


@rule(AgendaItem, Action.CONTRIBUTE)
def contribute_to_item(user: User) -> RuleResult:
    if user.organisation_id is None or not has_role(user, *CASE_WORKERS):
        return False
    invitations = AgendaItem.invited.through.objects.filter(
        agendaitem_id=OuterRef("pk"), organisation_id=user.organisation_id
    )
    return (
        Q(Exists(invitations))
        & _taking_part(user, *CASE_WORKERS, through="case_id")
        & _confirmed(user, meeting="meeting_id")
    )


def _owns(user: User) -> Q:
    """Actions the user owns (by name, or through their partner), while they work for a
    partner taking part in the case: who moved on no longer reads what the action says."""
    if user.organisation_id is None or not has_role(user, *CASE_WORKERS):
        return NOTHING
    mine = Q(owner_person_id=user.pk) | Q(owner_id=user.organisation_id)
    return mine & _taking_part(user, *CASE_WORKERS, through="case_id")


@rule(MeetingAction, Action.VIEW)
def view_action(user: User) -> RuleResult:
    content = _content(user, through="item_id")
    return _owns(user) | (content if content is not False else NOTHING)  # type: ignore[operator]


@rule(MeetingAction, Action.CHANGE)
def close_action(user: User) -> RuleResult:
    content = _content(user, through="item_id")
    if content is False:
        return _owns(user)
    return _owns(user) | (_runs(user, meeting="item__meeting_id") & content)  # type: ignore[operator]


@rule(ConfidentialityStatement, Action.VIEW)
def view_statement(user: User) -> RuleResult:
    return Q(user_id=user.pk) | _runs(user, meeting="meeting_id")


rule(Minutes, Action.VIEW)(lambda user: _runs(user, meeting="meeting_id"))


@rule(Minutes, Action.VIEW_CONTENT)
def read_minutes_extract(user: User) -> RuleResult:
    """The extract of one's own partner: its case workers, invited, after the statement."""
    if user.organisation_id is None or not has_role(user, *CASE_WORKERS):
        return False
    invited = Invitation.objects.filter(
        meeting_id=OuterRef("meeting_id"), organisation_id=user.organisation_id
    )
    return Q(Exists(invited)) & _confirmed(user, meeting="meeting_id")


# The read side: what is said about a case at a meeting is logged with that case.
for _model in (AgendaItem, ItemInput, Decision, MeetingAction):
    readable(_model, scope="case_id")
