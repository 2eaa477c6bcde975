"""Reads of meetings, through the reader of the request or task: filtered by the policy (per
agenda item: only the items the user's partner is invited to), redacted and logged."""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from casework.meetings.models import (
    ActionStatus,
    AgendaItem,
    Attendance,
    ConfidentialityStatement,
    Decision,
    ItemInput,
    Meeting,
    MeetingAction,
    Minutes,
)
from casework.models import Case, Person
from casework.permissions import CASE_WORKERS, VIERHOEK
from documents.models import DocumentJob
from partners.models import Organisation, Role, User
from partners.policy import Action, territory, visible
from partners.reading import Reader

LISTED = 10
# The partners invited for an item, with their domain (shown beside each).
INVITED = Prefetch("invited", queryset=Organisation.objects.select_related("domain"))
CHAIRS = (Role.CHAIR, Role.PROCESS_DIRECTOR, *VIERHOEK)


def meeting_list(reader: Reader, *, query: str = "", past: bool = False) -> QuerySet[Meeting]:
    """The meetings the reader may see, upcoming first (or the past ones, newest first), with
    the number of agenda items the reader may see on each (not the others')."""
    items = (
        visible(reader.user, Action.VIEW, AgendaItem.objects.filter(meeting_id=OuterRef("pk")))
        .order_by()
        .values("meeting_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    meetings = visible(reader.user, Action.VIEW, Meeting.objects.all()).select_related(
        "organiser", "chair"
    )
    now = timezone.now()
    if past:
        meetings = meetings.filter(ends_at__lt=now).order_by("-starts_at", "-id")
    else:
        meetings = meetings.filter(ends_at__gte=now).order_by("starts_at", "id")
    if query.strip():
        meetings = meetings.filter(title__icontains=query.strip())
    return meetings.annotate(
        visible_items=Coalesce(Subquery(items, output_field=IntegerField()), 0)
    )


def meeting_for(reader: Reader, pk: int, action: Action = Action.VIEW) -> Meeting:
    meetings = visible(reader.user, action, Meeting.objects.all()).select_related(
        "organiser", "chair", "minute_taker", "series"
    )
    try:
        return meetings.get(pk=pk)
    except Meeting.DoesNotExist as missing:
        raise Http404 from missing


def meeting_invited(meeting: Meeting) -> QuerySet[Organisation]:
    """The partners invited to the meeting (not personal data: who sits at the table)."""
    return meeting.invited.select_related("domain").order_by("domain__position", "name")


def agenda(reader: Reader, meeting: Meeting) -> list[AgendaItem]:
    """The agenda lines the reader may see, with their case and invited partners."""
    items = reader.visible(
        Action.VIEW,
        AgendaItem.objects.filter(meeting=meeting)
        .select_related("case", "case__municipality")
        .prefetch_related(INVITED),
    )
    return list(items)


def item_for(reader: Reader, meeting: Meeting, pk: int, action: Action = Action.VIEW) -> AgendaItem:
    items = reader.visible(
        action,
        AgendaItem.objects.filter(meeting=meeting)
        .select_related("case", "case__municipality", "meeting")
        .prefetch_related(INVITED),
    )
    try:
        return items.get(pk=pk)
    except AgendaItem.DoesNotExist as missing:
        raise Http404 from missing


def confirmed(reader: Reader, meeting: Meeting) -> bool:
    return ConfidentialityStatement.objects.filter(
        meeting=meeting, user_id=cast(User, reader.user).pk
    ).exists()


def statements(reader: Reader, meeting: Meeting) -> QuerySet[ConfidentialityStatement]:
    return visible(
        reader.user, Action.VIEW, meeting.statements.select_related("user__organisation")
    ).order_by("confirmed_at")


def attendance(reader: Reader, meeting: Meeting) -> dict[int, Attendance]:
    rows = visible(reader.user, Action.VIEW, Attendance.objects.filter(meeting=meeting))
    return {row.organisation_id: row for row in rows}


@dataclass
class ItemContent:
    """What was said about the items the reader may read: per item id."""

    inputs: dict[int, list[ItemInput]] = field(default_factory=lambda: defaultdict(list))
    decisions: dict[int, list[Decision]] = field(default_factory=lambda: defaultdict(list))
    actions: dict[int, list[MeetingAction]] = field(default_factory=lambda: defaultdict(list))
    persons: dict[int, list[Person]] = field(default_factory=lambda: defaultdict(list))


def item_content(reader: Reader, items: list[AgendaItem], *, network: bool = False) -> ItemContent:
    """Input, decisions and actions of `items` (those the reader may read the content of), in
    one query each whatever the number of items; with `network` also the persons of each case
    whose network the reader may see."""
    content = ItemContent()
    ids = [item.pk for item in items]
    for row in reader.visible(
        Action.VIEW,
        ItemInput.objects.filter(item_id__in=ids).select_related("organisation", "author"),
    ):
        content.inputs[row.item_id].append(row)
    for decision in reader.visible(
        Action.VIEW,
        Decision.objects.filter(item_id__in=ids).select_related("plan_version", "recorded_by"),
    ):
        content.decisions[decision.item_id].append(decision)
    for action in reader.visible(
        Action.VIEW,
        MeetingAction.objects.filter(item_id__in=ids).select_related("owner", "owner_person"),
    ):
        content.actions[action.item_id].append(action)
    if network:
        by_case: dict[int, list[int]] = defaultdict(list)
        for item in items:
            by_case[item.case_id].append(item.pk)
        for person in reader.visible(
            Action.VIEW,
            Person.objects.filter(case_id__in=list(by_case)).order_by("last_name", "first_name"),
        ):
            for item_id in by_case[person.case_id]:
                content.persons[item_id].append(person)
    return content


def content_readable(reader: Reader, items: list[AgendaItem]) -> set[int]:
    """The ids of `items` whose content the reader may read (statement confirmed), in one query."""
    if not items:
        return set()
    return set(
        visible(
            reader.user,
            Action.VIEW_CONTENT,
            AgendaItem.objects.filter(pk__in=[i.pk for i in items]),
        ).values_list("pk", flat=True)
    )


def my_actions(reader: Reader, *, open_only: bool = True) -> QuerySet[MeetingAction]:
    """The actions the user owns: theirs by name, or their partner's when no person was named."""
    user = reader.user
    mine = Q(owner_person_id=user.pk)
    organisation_id = getattr(user, "organisation_id", None)
    if organisation_id is not None:
        mine |= Q(owner_id=organisation_id, owner_person__isnull=True)
    actions = reader.visible(
        Action.VIEW,
        MeetingAction.objects.filter(mine).select_related(
            "case__municipality", "owner", "owner_person", "item__meeting"
        ),
    )
    if open_only:
        actions = actions.filter(status=ActionStatus.OPEN)
    return actions.order_by("deadline", "id")


def action_for(reader: Reader, pk: int, action: Action = Action.VIEW) -> MeetingAction:
    actions = reader.visible(
        action,
        MeetingAction.objects.select_related(
            "case__municipality", "owner", "owner_person", "item__meeting"
        ),
    )
    try:
        return actions.get(pk=pk)
    except MeetingAction.DoesNotExist as missing:
        raise Http404 from missing


def case_by_number(reader: Reader, number: str) -> Case | None:
    """The case with this number, if the reader may see it, for the agenda."""
    return (
        reader.visible(Action.VIEW, Case.objects.select_related("municipality"))
        .filter(number__iexact=number.strip())
        .first()
    )


# --- Choices for the forms (professionals and partners: no personal data of the network) ----


def partner_choices(user: User) -> QuerySet[Organisation]:
    """The partners serving the user's werkgebied: who can be invited to a meeting."""
    served = territory(user)
    return (
        Organisation.objects.filter(
            Q(municipalities__in=served) | Q(regions__municipalities__in=served)
        )
        .distinct()
        .select_related("domain")
        .order_by("name")
    )


def _with_roles(organisations: QuerySet[Organisation], roles: tuple[Role, ...]) -> QuerySet[User]:
    return (
        User.objects.filter(
            is_active=True,
            organisation__in=organisations.values("pk"),
            groups__name__in=[role.group_name for role in roles],
        )
        .distinct()
        .select_related("organisation")
        .order_by("last_name", "first_name", "username")
    )


def chair_choices(user: User) -> QuerySet[User]:
    return _with_roles(partner_choices(user), CHAIRS)


def minute_taker_choices(user: User) -> QuerySet[User]:
    return _with_roles(partner_choices(user), CASE_WORKERS)


def item_people(item: AgendaItem) -> QuerySet[User]:
    """Who can own an action of the item: the active people of its invited partners."""
    return _with_roles(item.invited.all(), CASE_WORKERS)


# --- Minutes -------------------------------------------------------------------------------


def _name(user: User | None) -> str:
    return (user.get_full_name() or user.username) if user is not None else ""


def minutes_content(reader: Reader, meeting: Meeting) -> dict[str, Any]:
    """Everything the minutes show, as the chair reads it when confirming them: the meeting,
    attendance, and per item its invitees, notes, input, decisions and actions. Plain data
    (the snapshot kept with its SHA-256), read in one query per kind whatever the items."""
    items = agenda(reader, meeting)
    readable_ids = content_readable(reader, items)
    items = [item for item in items if item.pk in readable_ids]
    content = item_content(reader, items)
    present = attendance(reader, meeting)
    return {
        "meeting": {
            "id": meeting.pk,
            "kind": meeting.kind,
            "kind_label": str(meeting.get_kind_display()),
            "title": meeting.title,
            "starts_at": timezone.localtime(meeting.starts_at).isoformat(),
            "ends_at": timezone.localtime(meeting.ends_at).isoformat(),
            "place": meeting.place,
            "organiser": str(meeting.organiser),
            "chair": _name(meeting.chair),
            "minute_taker": _name(meeting.minute_taker),
        },
        "attendance": [
            {
                "organisation": organisation.pk,
                "name": str(organisation),
                "domain": str(organisation.domain),
                "present": bool(present.get(organisation.pk) and present[organisation.pk].present),
                "represented_by": present[organisation.pk].represented_by
                if organisation.pk in present
                else "",
            }
            for organisation in meeting_invited(meeting)
        ],
        "items": [
            {
                "id": item.pk,
                "position": item.position,
                "case_number": item.case.number,
                "case_title": item.case.title,
                "invited": [
                    {"id": o.pk, "name": str(o)}
                    for o in sorted(item.invited.all(), key=lambda o: o.name)
                ],
                "screening_outcome": str(item.get_screening_outcome_display())
                if item.screening_outcome
                else "",
                "picture": item.picture,
                "judgement": item.judgement,
                "decision_making": item.decision_making,
                "minutes_spent": round(item.seconds_spent / 60),
                "inputs": [
                    {"organisation": str(row.organisation), "text": row.text}
                    for row in content.inputs[item.pk]
                ],
                "decisions": [
                    {
                        "kind": str(d.get_kind_display()),
                        "text": d.text,
                        "plan_version": d.plan_version.number if d.plan_version else None,
                        "plan_sha256": d.plan_version.sha256 if d.plan_version else "",
                    }
                    for d in content.decisions[item.pk]
                ],
                "actions": [
                    {
                        "what": a.what,
                        "owner": str(a.owner),
                        "owner_person": _name(a.owner_person),
                        "deadline": a.deadline.isoformat(),
                    }
                    for a in content.actions[item.pk]
                ],
            }
            for item in items
        ],
    }


def minutes_of(meeting: Meeting) -> Minutes | None:
    """The confirmed minutes of the meeting (their variants say who may read what)."""
    return Minutes.objects.filter(meeting=meeting).first()


def minutes_jobs(minutes: Minutes) -> dict[str, Any]:
    """The document jobs of the minutes, by variant."""
    jobs = DocumentJob.objects.filter(kind=MINUTES_KIND, subject_id=minutes.pk)
    return {job.variant: job for job in jobs}


def minutes_for_document(reader: Reader, pk: int, variant: str) -> Minutes | None:
    """The minutes a document job renders, if its requester may read that variant: the whole
    minutes for the runners; a partner's extract for them and for that partner's people."""
    minutes = Minutes.objects.select_related("meeting").filter(pk=pk).first()
    if minutes is None or variant not in minutes_variants(reader, minutes):
        return None
    return minutes


def minutes_variants(reader: Reader, minutes: Minutes) -> list[str]:
    """The variants of the minutes the reader may read: "volledig" and every partner's
    extract for the runners, their own partner's extract for the case workers of an invited
    partner who confirmed the statement — each only when the reader may read, now, the
    content of every item it shows (a partner that left a case, or a runner without sight of
    one, reads no document that holds it)."""
    user = reader.user
    invited = [row["organisation"] for row in minutes.snapshot["attendance"]]
    own: int | None = getattr(user, "organisation_id", None)
    candidates: list[str] = []
    if visible(user, Action.VIEW, Minutes.objects.filter(pk=minutes.pk)).exists():
        candidates = [FULL_MINUTES, *(extract_variant(pk) for pk in invited)]
    elif (
        own is not None
        and own in invited
        and visible(user, Action.VIEW_CONTENT, Minutes.objects.filter(pk=minutes.pk)).exists()
    ):
        candidates = [extract_variant(own)]
    if not candidates:
        return []
    shown = [item["id"] for item in minutes.snapshot["items"]]
    readable = set(
        visible(user, Action.VIEW_CONTENT, AgendaItem.objects.filter(pk__in=shown)).values_list(
            "pk", flat=True
        )
    )
    return [
        variant
        for variant in candidates
        if {item["id"] for item in extract_of(minutes.snapshot, variant)["items"]} <= readable
    ]


FULL_MINUTES = "volledig"
MINUTES_KIND = "notulen"


def extract_variant(organisation_id: int) -> str:
    return f"partner-{organisation_id}"


def extract_of(snapshot: dict[str, Any], variant: str) -> dict[str, Any]:
    """The snapshot as the variant shows it: a partner's extract holds only the items that
    partner was invited to."""
    if variant == FULL_MINUTES:
        return snapshot
    organisation_id = int(variant.removeprefix("partner-"))
    items = [
        item
        for item in snapshot["items"]
        if any(o["id"] == organisation_id for o in item["invited"])
    ]
    return {**snapshot, "items": items, "extract_for": organisation_id}


def minutes_items_read(reader: Reader, snapshot: dict[str, Any]) -> None:
    """Records the items a minutes document shows as read (the access log, per case)."""
    ids = [item["id"] for item in snapshot["items"]]
    items = AgendaItem.objects.filter(pk__in=ids).select_related("case__municipality")
    list(reader.visible(Action.VIEW, items))
