"""Everything done with meetings: planning them (once or as a series), the agenda and its
invitations, the confidentiality statement, the partners' input, and what the chair records in
the meeting: notes, decisions, screening outcomes, actions, attendance, the time per item."""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from casework.mailing import each_once, emails
from casework.meetings.mail import invitation_mail, overdue_mail, reminder_mail
from casework.meetings.models import (
    ActionStatus,
    AgendaItem,
    Attendance,
    ConfidentialityStatement,
    Decision,
    DecisionKind,
    Invitation,
    ItemInput,
    Meeting,
    MeetingAction,
    MeetingKind,
    MeetingSeries,
    Minutes,
    ScreeningOutcome,
    Weekday,
)
from casework.meetings.selectors import (
    MINUTES_KIND,
    chair_choices,
    item_people,
    minute_taker_choices,
    minutes_content,
    minutes_variants,
    partner_choices,
)
from casework.models import Case, CaseStatus, EscalationLevel, PlanVersion
from casework.permissions import CASE_WORKERS, VIERHOEK
from casework.plans.snapshot import digest
from casework.services import case_transition
from casework.workflows import CASE_PROCESS
from documents.services import document_request
from partners.models import Organisation, ReadPath, Role, User
from partners.policy import Action, can, has_role, require, visible
from partners.reading import Reader
from workflow.locking import Conflict, bump_version

# A series makes its meetings at once; a year of weekly meetings at most.
SERIES_LIMIT = 53
MEETING_CONFLICT = gettext_lazy(
    "Iemand anders heeft dit agendapunt intussen gewijzigd. Uw wijziging is niet opgeslagen: "
    "laad de pagina opnieuw en voer uw wijziging nogmaals in."
)
MEETING_CHANGED = gettext_lazy(
    "Iemand anders heeft dit overleg intussen gewijzigd. Uw wijziging is niet opgeslagen: "
    "laad de pagina opnieuw en voer uw wijziging nogmaals in."
)
CONFIRMED = gettext_lazy(
    "De notulen van dit overleg zijn vastgesteld; er kan niets meer worden gewijzigd."
)
PASSES = {
    CaseStatus.REGISTRATION: (CaseStatus.SIGNAL,),
    CaseStatus.SCREENING: (CaseStatus.REGISTRATION, CaseStatus.REOPENED),
}
MINUTES_PURPOSE = "Notulen vaststellen"
# Where a screening can start from: a case not yet taken on, or reopened.
SCREENED_FROM = (
    CaseStatus.SIGNAL,
    CaseStatus.REGISTRATION,
    CaseStatus.SCREENING,
    CaseStatus.REOPENED,
)
# Stored in the case's history as written, in Dutch, like the reasons people type there.
STATUS_REASON = gettext_noop("Uitkomst van de screening (%(meeting)s)")


@dataclass(frozen=True)
class Planning:
    """What a meeting is: shared by a single meeting and a series."""

    kind: str
    title: str
    place: str
    online_link: str
    chair: User
    minute_taker: User | None
    invited: Sequence[Organisation] = ()


def _open(meeting: Meeting) -> None:
    """Refuses a change once the minutes are confirmed. The meeting's row is locked until the
    caller's transaction ends, so a change cannot slip in while the chair confirms."""
    locked = Meeting.objects.select_for_update().only("minutes_confirmed_at").get(pk=meeting.pk)
    if locked.minutes_confirmed_at is not None or meeting.minutes_confirmed_at is not None:
        raise ValidationError(CONFIRMED)


def _check_planning(user: User, planning: Planning) -> None:
    require(user, Action.CREATE, Meeting)
    _check_fields(user, planning)


def _check_fields(user: User, planning: Planning) -> None:
    if user.organisation_id is None:
        raise ValidationError(_("U werkt niet voor een partner; u kunt geen overleg plannen."))
    if not planning.title.strip():
        raise ValidationError({"title": _("Geef het overleg een titel.")})
    if not planning.place.strip() and not planning.online_link.strip():
        raise ValidationError({"place": _("Geef een plaats of een link voor online deelname.")})
    chairs = (Role.CHAIR, Role.PROCESS_DIRECTOR, *VIERHOEK)
    if not planning.chair.is_active or not has_role(planning.chair, *chairs):
        raise ValidationError(
            {"chair": _("Kies als voorzitter een voorzitter, procesregisseur of vierhoeklid.")}
        )
    if not chair_choices(user).filter(pk=planning.chair.pk).exists():
        raise ValidationError(
            {"chair": _("Kies een voorzitter van een partner uit uw werkgebied.")}
        )
    taker = planning.minute_taker
    if taker is not None and (not taker.is_active or not has_role(taker, *CASE_WORKERS)):
        raise ValidationError({"minute_taker": _("Kies als notulist iemand met een casusrol.")})
    if taker is not None and not minute_taker_choices(user).filter(pk=taker.pk).exists():
        raise ValidationError(
            {"minute_taker": _("Kies een notulist van een partner uit uw werkgebied.")}
        )
    served = set(partner_choices(user).values_list("pk", flat=True))
    if any(organisation.pk not in served for organisation in planning.invited):
        raise ValidationError({"invited": _("Nodig alleen partners uit uw werkgebied uit.")})


def _make(
    user: User,
    planning: Planning,
    starts_at: datetime.datetime,
    minutes: int,
    series: MeetingSeries | None = None,
) -> Meeting:
    meeting = Meeting.objects.create(
        kind=planning.kind,
        title=planning.title.strip(),
        organiser_id=cast(int, user.organisation_id),
        series=series,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=minutes),
        place=planning.place.strip(),
        online_link=planning.online_link.strip(),
        chair=planning.chair,
        minute_taker=planning.minute_taker,
        created_by=user,
    )
    meeting.invited.set(planning.invited)
    return meeting


@transaction.atomic
def meeting_create(
    *, user: User, planning: Planning, starts_at: datetime.datetime, minutes: int
) -> Meeting:
    """Plans one meeting of the user's organisation (the Zorg- en Veiligheidshuis)."""
    _check_planning(user, planning)
    if minutes < 5 or minutes > 8 * 60:
        raise ValidationError({"minutes": _("Een overleg duurt tussen 5 minuten en 8 uur.")})
    return _make(user, planning, starts_at, minutes)


@transaction.atomic
def meeting_update(
    *,
    meeting: Meeting,
    user: User,
    version: int,
    planning: Planning,
    starts_at: datetime.datetime,
    minutes: int,
) -> Meeting:
    """Changes when, where and by whom a meeting is held (its kind, agenda and invitees stay),
    if nobody changed it since `version`. A new time sends the invitations again, the
    calendar entry replacing the earlier one."""
    require(user, Action.CHANGE, meeting)
    _open(meeting)
    _check_fields(user, planning)
    if minutes < 5 or minutes > 8 * 60:
        raise ValidationError({"minutes": _("Een overleg duurt tussen 5 minuten en 8 uur.")})
    changes: dict[str, Any] = {
        "title": planning.title.strip(),
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(minutes=minutes),
        "place": planning.place.strip(),
        "online_link": planning.online_link.strip(),
        "chair": planning.chair,
        "minute_taker": planning.minute_taker,
    }
    moved = starts_at != meeting.starts_at
    if moved:
        changes["staff_mailed_at"] = None
    bump_version(meeting, version, conflict=Conflict(MEETING_CHANGED), **changes)
    if moved:
        meeting.invitations.update(mailed_at=None)
    return meeting


def series_dates(
    weekday: int, first_on: datetime.date, until: datetime.date
) -> list[datetime.date]:
    """The dates of a weekly series: every `weekday` from `first_on` up to and with `until`."""
    first = first_on + datetime.timedelta(days=(weekday - first_on.weekday()) % 7)
    count = (until - first).days // 7 + 1 if until >= first else 0
    return [first + datetime.timedelta(weeks=n) for n in range(count)]


@transaction.atomic
def series_create(
    *,
    user: User,
    planning: Planning,
    weekday: int,
    at: datetime.time,
    minutes: int,
    first_on: datetime.date,
    until: datetime.date,
) -> MeetingSeries:
    """Plans a weekly series ("every Tuesday at 09:30") and makes each of its meetings."""
    _check_planning(user, planning)
    if (until - first_on).days > 7 * SERIES_LIMIT:
        raise ValidationError(
            {"until": _("Een reeks loopt hoogstens een jaar (%(n)s keer).") % {"n": SERIES_LIMIT}}
        )
    dates = series_dates(weekday, first_on, until)
    if not dates:
        raise ValidationError({"until": _("Tussen deze data valt geen enkele keer die weekdag.")})
    if minutes < 5 or minutes > 8 * 60:
        raise ValidationError({"minutes": _("Een overleg duurt tussen 5 minuten en 8 uur.")})
    if weekday not in Weekday.values:
        raise ValidationError({"weekday": _("Een reeks valt op een werkdag.")})
    if len(dates) > SERIES_LIMIT:
        raise ValidationError(
            {"until": _("Een reeks loopt hoogstens een jaar (%(n)s keer).") % {"n": SERIES_LIMIT}}
        )
    series = MeetingSeries.objects.create(
        kind=planning.kind,
        title=planning.title.strip(),
        organiser_id=cast(int, user.organisation_id),
        weekday=weekday,
        starts_at=at,
        minutes=minutes,
        first_on=first_on,
        until=until,
        created_by=user,
    )
    zone = ZoneInfo(settings.TIME_ZONE)
    for day in dates:
        _make(user, planning, datetime.datetime.combine(day, at, tzinfo=zone), minutes, series)
    return series


# --- The agenda ----------------------------------------------------------------------------


def _partners_of(case: Case) -> set[int]:
    return set(case.participations.current().values_list("organisation_id", flat=True))


def _check_invited(case: Case, invited: Iterable[Organisation]) -> list[Organisation]:
    chosen = list(invited)
    if not chosen:
        raise ValidationError({"invited": _("Nodig ten minste één partner uit voor dit punt.")})
    outside = [o for o in chosen if o.pk not in _partners_of(case)]
    if outside:
        raise ValidationError(
            {
                "invited": _(
                    "%(partners)s neemt niet deel aan deze casus. Voeg de partner eerst aan de "
                    "casus toe; alleen deelnemende partners horen de casus te bespreken."
                )
                % {"partners": ", ".join(str(o) for o in outside)}
            }
        )
    return chosen


@transaction.atomic
def item_add(
    *, meeting: Meeting, user: User, case: Case, invited: Iterable[Organisation]
) -> AgendaItem:
    """Puts a case on the agenda, with the partners invited for it (they are invited to the
    meeting too; they see only the items they are invited to)."""
    require(user, Action.CHANGE, meeting)
    require(user, Action.VIEW, case)
    _open(meeting)
    chosen = _check_invited(case, invited)
    if meeting.items.filter(case=case).exists():
        raise ValidationError({"case": _("Deze casus staat al op de agenda.")})
    last = meeting.items.aggregate(last=Max("position"))["last"] or 0
    item = AgendaItem.objects.create(meeting=meeting, case=case, position=last + 1)
    item.invited.set(chosen)
    meeting.invited.add(*chosen, through_defaults={"by_item": True})
    return item


@transaction.atomic
def item_invite(*, item: AgendaItem, user: User, invited: Iterable[Organisation]) -> None:
    """Changes who is invited for an item."""
    require(user, Action.CHANGE, item.meeting)
    _open(item.meeting)
    chosen = _check_invited(item.case, invited)
    before = set(item.invited.values_list("pk", flat=True))
    item.invited.set(chosen)
    item.meeting.invited.add(*chosen, through_defaults={"by_item": True})
    _forget_invitations(item.meeting, before - {o.pk for o in chosen})


def _forget_invitations(meeting: Meeting, organisation_ids: set[int]) -> None:
    """Withdraws the meeting's invitation of partners that came with an item and are now on
    no item: they no longer see the meeting, get its mail or an extract of its minutes."""
    still = AgendaItem.invited.through.objects.filter(
        agendaitem__meeting=meeting, organisation_id__in=organisation_ids
    ).values("organisation_id")
    Invitation.objects.filter(
        meeting=meeting, organisation_id__in=organisation_ids, by_item=True
    ).exclude(organisation_id__in=still).delete()


@transaction.atomic
def item_remove(*, item: AgendaItem, user: User) -> None:
    require(user, Action.CHANGE, item.meeting)
    _open(item.meeting)
    if item.decisions.exists() or item.actions.exists() or item.inputs.exists():
        raise ValidationError(
            _("Over dit punt is al inbreng, een besluit of een actie vastgelegd; het blijft staan.")
        )
    invited = set(item.invited.values_list("pk", flat=True))
    meeting = item.meeting
    item.delete()
    _forget_invitations(meeting, invited)


# --- Before the meeting ----------------------------------------------------------------------


def statement_confirm(*, meeting: Meeting, user: User) -> ConfidentialityStatement:
    """Records that the user confirmed the confidentiality statement of this meeting (also
    after the minutes were confirmed: whoever reads their partner's extract confirms it too)."""
    require(user, Action.VIEW, meeting)
    statement, _created = ConfidentialityStatement.objects.get_or_create(meeting=meeting, user=user)
    return statement


@transaction.atomic
def input_add(*, item: AgendaItem, user: User, text: str) -> ItemInput:
    """What the user's partner knows about the item's case, for the other invitees."""
    require(user, Action.CONTRIBUTE, item)
    _open(item.meeting)
    if not text.strip():
        raise ValidationError({"text": _("Schrijf wat uw organisatie weet over deze casus.")})
    return ItemInput.objects.create(
        item=item,
        case_id=item.case_id,
        organisation_id=cast(int, user.organisation_id),
        author=user,
        text=text.strip(),
    )


# --- In the meeting --------------------------------------------------------------------------


def _running(item: AgendaItem, user: User) -> None:
    require(user, Action.CHANGE, item.meeting)
    require(user, Action.VIEW_CONTENT, item)
    _open(item.meeting)


@transaction.atomic
def notes_save(
    *,
    item: AgendaItem,
    user: User,
    version: int,
    picture: str,
    judgement: str,
    decision_making: str,
) -> AgendaItem:
    """The item's notes in the BOB structure; refused when someone saved in between, and to
    whoever reads the notes without the network's names (saving would write the pseudonyms)."""
    _running(item, user)
    if not can(user, Action.VIEW_NETWORK, item.case):
        raise ValidationError(
            _("U leest deze notities zonder de namen uit het netwerk en kunt ze niet wijzigen.")
        )
    bump_version(
        item,
        version,
        conflict=Conflict(MEETING_CONFLICT),
        picture=picture.strip(),
        judgement=judgement.strip(),
        decision_making=decision_making.strip(),
    )
    return item


@transaction.atomic
def decision_record(*, item: AgendaItem, user: User, kind: str, text: str) -> Decision:
    """A decision on the item. Adopting the plan binds the decision to the plan's newest
    version (and so its SHA-256); escalating raises the case to the vierhoek and puts it on
    the organiser's next vierhoekoverleg, when one is planned."""
    _running(item, user)
    text = text.strip()
    plan_version = None
    if kind == DecisionKind.SCREENING:
        raise ValidationError({"kind": _("Een screeningsuitkomst legt u vast met de uitkomst.")})
    if kind == DecisionKind.PLAN_ADOPTED:
        plan_version = PlanVersion.objects.filter(case_id=item.case_id).order_by("-number").first()
        if plan_version is None:
            raise ValidationError(
                {"kind": _("Deze casus heeft nog geen ingediende versie van het plan van aanpak.")}
            )
        text = text or _("Plan van aanpak versie %(n)s vastgesteld (SHA-256 %(sha)s).") % {
            "n": plan_version.number,
            "sha": plan_version.sha256,
        }
    elif kind == DecisionKind.ESCALATED:
        text = text or _("Opgeschaald naar het vierhoekoverleg.")
        _escalate(item, user)
    if not text:
        raise ValidationError({"text": _("Schrijf het besluit op.")})
    return Decision.objects.create(
        item=item,
        case_id=item.case_id,
        kind=kind,
        text=text,
        plan_version=plan_version,
        recorded_by=user,
    )


def _escalate(item: AgendaItem, user: User) -> None:
    case = Case.objects.get(pk=item.case_id)
    # Who may move the case on through the process may raise it to the vierhoek.
    if not can(user, Action.TRANSITION, case):
        raise ValidationError(
            {
                "kind": _(
                    "Opschalen verandert de casus; dat doet de AOV'er, procesregisseur of "
                    "voorzitter van een deelnemende partner."
                )
            }
        )
    if case.escalation_level < EscalationLevel.DARK_RED:
        bump_version(
            case,
            case.version,
            conflict=Conflict(CASE_PROCESS.conflict_message),
            escalation_level=EscalationLevel.DARK_RED,
        )
    upcoming = (
        Meeting.objects.filter(
            organiser_id=item.meeting.organiser_id,
            kind=MeetingKind.VIERHOEK,
            starts_at__gt=max(item.meeting.starts_at, timezone.now()),
            minutes_confirmed_at__isnull=True,
        )
        .order_by("starts_at")
        .first()
    )
    if upcoming is not None and not upcoming.items.filter(case=case).exists():
        last = upcoming.items.aggregate(last=Max("position"))["last"] or 0
        carried = AgendaItem.objects.create(meeting=upcoming, case=case, position=last + 1)
        invited = list(item.invited.all())
        carried.invited.set(invited)
        upcoming.invited.add(*invited, through_defaults={"by_item": True})


@transaction.atomic
def screening_outcome_record(
    *, item: AgendaItem, user: User, outcome: str, advice: str = ""
) -> Decision:
    """The outcome of a screening: the case is taken on ("in behandeling") or is not for the
    Zorg- en Veiligheidshuis, with the advice given; the case's status follows through its
    workflow (a case still at signal or registration passes through screening)."""
    _running(item, user)
    meeting = item.meeting
    if meeting.kind != MeetingKind.SCREENING:
        raise ValidationError(_("Alleen in een screening wordt een screeningsuitkomst vastgelegd."))
    if outcome not in ScreeningOutcome.values:
        raise ValidationError({"outcome": _("Kies: in behandeling of niet voor ZVH.")})
    if outcome == ScreeningOutcome.NOT_FOR_ZVH and not advice.strip():
        raise ValidationError({"advice": _("Leg vast welk advies is gegeven.")})
    if item.screening_outcome:
        raise ValidationError(_("De uitkomst van deze screening is al vastgelegd."))
    case = Case.objects.get(pk=item.case_id)
    if not can(user, Action.TRANSITION, case):
        raise ValidationError(
            _(
                "De uitkomst verandert de status van de casus; dat doet de AOV'er, procesregisseur "
                "of voorzitter van een deelnemende partner."
            )
        )
    reason = STATUS_REASON % {"meeting": meeting.title}
    target = (
        CaseStatus.IN_PROGRESS
        if outcome == ScreeningOutcome.IN_PROGRESS
        else CaseStatus.NOT_FOR_ZVH
    )
    if case.status not in SCREENED_FROM:
        raise ValidationError(
            _("De casus staat op %(status)s en wordt niet meer gescreend.")
            % {"status": case.get_status_display()}
        )
    # A case not yet screened passes through registration and screening first (a reopened
    # one through screening).
    for step in (CaseStatus.REGISTRATION, CaseStatus.SCREENING):
        if case.status in PASSES[step] and not (
            target == CaseStatus.NOT_FOR_ZVH and case.status != CaseStatus.REOPENED
        ):
            case_transition(
                case=case, user=user, to_status=step, reason=reason, version=case.version
            )
    case_transition(
        case=case,
        user=user,
        to_status=target,
        reason=reason,
        version=case.version,
        advice=advice.strip(),
    )
    AgendaItem.objects.filter(pk=item.pk).update(screening_outcome=outcome)
    item.screening_outcome = outcome
    label = ScreeningOutcome(outcome).label
    text = f"{label}: {advice.strip()}" if advice.strip() else str(label)
    return Decision.objects.create(
        item=item, case_id=item.case_id, kind=DecisionKind.SCREENING, text=text, recorded_by=user
    )


@transaction.atomic
def action_add(
    *,
    item: AgendaItem,
    user: User,
    what: str,
    owner: Organisation,
    owner_person: User | None,
    deadline: datetime.date,
) -> MeetingAction:
    """An action agreed on the item, for a partner invited to it (and a person there)."""
    _running(item, user)
    if not what.strip():
        raise ValidationError({"what": _("Beschrijf de actie.")})
    if not item.invited.filter(pk=owner.pk).exists():
        raise ValidationError({"owner": _("Kies een partner die voor dit punt is uitgenodigd.")})
    if owner_person is not None and (
        owner_person.organisation_id != owner.pk
        or not item_people(item).filter(pk=owner_person.pk).exists()
    ):
        raise ValidationError(
            {"owner_person": _("Kies iemand met een casusrol die bij deze partner werkt.")}
        )
    if deadline < timezone.localdate(item.meeting.starts_at):
        raise ValidationError({"deadline": _("De uiterste datum ligt niet vóór het overleg.")})
    return MeetingAction.objects.create(
        item=item,
        case_id=item.case_id,
        what=what.strip(),
        owner=owner,
        owner_person=owner_person,
        deadline=deadline,
        created_by=user,
    )


def action_close(*, action: MeetingAction, user: User, result: str) -> MeetingAction:
    """Closes an action with its result (also after the minutes were confirmed: the action
    lives on after its meeting)."""
    require(user, Action.CHANGE, action)
    if action.status == ActionStatus.CLOSED:
        raise ValidationError(_("Deze actie is al afgerond."))
    if not result.strip():
        raise ValidationError({"result": _("Schrijf op wat de actie heeft opgeleverd.")})
    now = timezone.now()
    updated = MeetingAction.objects.filter(pk=action.pk, status=ActionStatus.OPEN).update(
        status=ActionStatus.CLOSED,
        result=result.strip(),
        closed_at=now,
        closed_by=user,
    )
    if not updated:
        raise ValidationError(_("Deze actie is al afgerond."))
    # The object the caller read (redacted for them, where it had to be) with what changed;
    # never read again around the read side.
    action.status, action.result = ActionStatus.CLOSED, result.strip()
    action.closed_at, action.closed_by = now, user
    return action


@transaction.atomic
def attendance_save(
    *, meeting: Meeting, user: User, rows: dict[int, tuple[bool, str]]
) -> list[Attendance]:
    """Attendance per invited partner: present or not, and who came for it."""
    require(user, Action.CHANGE, meeting)
    _open(meeting)
    invited = set(meeting.invited.values_list("pk", flat=True))
    unknown = set(rows) - invited
    if unknown:
        raise ValidationError(
            _("Aanwezigheid wordt alleen voor uitgenodigde partners bijgehouden.")
        )
    saved = []
    for organisation_id, (present, represented_by) in rows.items():
        row, _created = Attendance.objects.update_or_create(
            meeting=meeting,
            organisation_id=organisation_id,
            defaults={"present": present, "represented_by": represented_by.strip()[:200]},
        )
        saved.append(row)
    return saved


@transaction.atomic
def item_open(*, item: AgendaItem, user: User) -> AgendaItem:
    """Opens an item in the meeting mode: its timer runs, the timer of any other item stops."""
    require(user, Action.CHANGE, item.meeting)
    _open(item.meeting)
    now = timezone.now()
    for running in (
        AgendaItem.objects.select_for_update()
        .filter(meeting_id=item.meeting_id, started_at__isnull=False)
        .exclude(pk=item.pk)
    ):
        started = cast(datetime.datetime, running.started_at)  # as filtered
        AgendaItem.objects.filter(pk=running.pk).update(
            started_at=None,
            seconds_spent=running.seconds_spent + int((now - started).total_seconds()),
        )
    if item.started_at is None:
        AgendaItem.objects.filter(pk=item.pk).update(started_at=now)
        item.started_at = now
    return item


@transaction.atomic
def item_pause(*, item: AgendaItem, user: User) -> AgendaItem:
    require(user, Action.CHANGE, item.meeting)
    _open(item.meeting)
    if item.started_at is not None:
        spent = item.seconds_spent + int((timezone.now() - item.started_at).total_seconds())
        AgendaItem.objects.filter(pk=item.pk).update(started_at=None, seconds_spent=spent)
        item.started_at, item.seconds_spent = None, spent
    return item


# --- Minutes ---------------------------------------------------------------------------------


@transaction.atomic
def minutes_confirm(*, meeting: Meeting, user: User) -> Minutes:
    """The chair confirms the minutes: a snapshot of everything they show, with its SHA-256,
    is kept; from then on nothing of the meeting changes. Their PDF, and an extract for each
    invited partner with only its items, are made by the job machinery."""
    require(user, Action.TRANSITION, meeting)
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _open(locked)
    reader = Reader(user, ReadPath.TASK, purpose=MINUTES_PURPOSE)
    with reader:
        snapshot = minutes_content(reader, locked)
    if not snapshot["items"]:
        raise ValidationError(
            _("Er staat geen punt op de agenda dat u kunt lezen; bevestig eerst de verklaring.")
        )
    # The minutes are the record for every partner: whoever confirms them reads every item,
    # with the names as written (not pseudonymised for them).
    case_ids = set(locked.items.values_list("case_id", flat=True))
    named = visible(user, Action.VIEW_NETWORK, Case.objects.filter(pk__in=case_ids)).count()
    if len(snapshot["items"]) != locked.items.count() or named != len(case_ids):
        raise ValidationError(
            _(
                "U kunt niet elk punt van dit overleg met de namen lezen. De notulen stelt een "
                "voorzitter met een casusrol bij een deelnemende partner van elke casus vast."
            )
        )
    now = timezone.now()
    minutes = Minutes.objects.create(
        meeting=locked,
        snapshot=snapshot,
        sha256=digest(snapshot),
        confirmed_by=user,
        confirmed_at=now,
    )
    Meeting.objects.filter(pk=meeting.pk).update(minutes_confirmed_at=now)
    meeting.minutes_confirmed_at = now
    for variant in minutes_variants(reader, minutes):
        document_request(kind=MINUTES_KIND, subject_id=minutes.pk, variant=variant, user=user)
    return minutes


# --- What the beat task sends ----------------------------------------------------------------


def invitations_send(*, now: datetime.datetime | None = None) -> int:
    """Mails the invitations of meetings that start within the coming days: to each invited
    partner's address, and to the chair and minute-taker; each once. Returns the mails sent."""
    now = now or timezone.now()
    horizon = now + datetime.timedelta(days=settings.MEETINGS_INVITE_DAYS)

    def to_partner(invited: Invitation) -> bool:
        if not invited.organisation.email:
            return False
        invitation_mail(invited.meeting, [invited.organisation.email])
        return True

    def to_staff(meeting: Meeting) -> bool:
        to = emails(u for u in (meeting.chair, meeting.minute_taker) if u is not None)
        if to:
            invitation_mail(meeting, to)
        return bool(to)

    partners = Invitation.objects.filter(
        meeting__starts_at__range=(now, horizon), meeting__minutes_confirmed_at__isnull=True
    ).select_related("meeting__organiser", "organisation")
    staff = Meeting.objects.filter(
        starts_at__range=(now, horizon), minutes_confirmed_at__isnull=True
    ).select_related("organiser", "chair", "minute_taker")
    return each_once(partners, "mailed_at", to_partner) + each_once(
        staff, "staff_mailed_at", to_staff
    )


def _process_directors(action: MeetingAction) -> list[str]:
    """Whom an overdue action is signalled to: the case's procesregisseur, else the
    procesregisseurs of the partner that ran the meeting."""
    director = action.case.process_director
    if director is not None and director.is_active and director.email:
        return [director.email]
    directors = User.objects.filter(
        is_active=True,
        organisation_id=action.item.meeting.organiser_id,
        groups__name=Role.PROCESS_DIRECTOR.group_name,
    )
    return emails(directors)


def action_reminders_send(*, today: datetime.date | None = None) -> tuple[int, int]:
    """A reminder to the owner of each open action whose deadline is near, and a signal to
    the procesregisseur for each that passed it; each once. Returns (reminders, signals)."""
    today = today or timezone.localdate()
    soon = today + datetime.timedelta(days=settings.MEETINGS_REMINDER_DAYS)
    open_actions = MeetingAction.objects.filter(status=ActionStatus.OPEN)

    def remind(action: MeetingAction) -> bool:
        person = action.owner_person
        to = emails([person]) if person is not None else []
        to = to or ([action.owner.email] if action.owner.email else [])
        if to:
            reminder_mail(action, to)
        return bool(to)

    def signal(action: MeetingAction) -> bool:
        to = _process_directors(action)
        if to:
            overdue_mail(action, to)
        return bool(to)

    reminders = each_once(
        open_actions.filter(deadline__gte=today, deadline__lte=soon).select_related(
            "owner", "owner_person"
        ),
        "reminded_at",
        remind,
    )
    signals = each_once(
        open_actions.filter(deadline__lt=today).select_related(
            "case__process_director", "item__meeting"
        ),
        "overdue_signalled_at",
        signal,
    )
    return reminders, signals
