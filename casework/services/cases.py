import datetime
from collections.abc import Iterable
from typing import Any, cast

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, IntegerField, Max
from django.db.models.functions import Cast, Substr
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import Case, CaseNote, CaseParticipation, CaseStatus, Priority, StatusChange
from casework.models.cases import CASE_CREATED, REGISTRANT
from casework.permissions import DIRECTOR_ROLES, TAKES_PART
from casework.validators import validate_past_event
from casework.workflows import CASE_PROCESS
from partners.models import Domain, Municipality, Organisation, User
from partners.policy import Action, grant, has_role, require, revoke, territory
from workflow.locking import Conflict, bump_version
from workflow.services import transition


@transaction.atomic
def case_create(
    *,
    user: User,
    title: str,
    municipality: Municipality,
    other_municipalities: Iterable[Municipality] = (),
    life_areas: list[str] | None = None,
    priority: str = Priority.NORMAL,
) -> Case:
    """Creates a case numbered `<CBS code>-<year>-<sequence>` (unique across the country) in a
    municipality of the creator's werkgebied, with status "signaal"; the creator's organisation
    takes part from the start. Only roles allowed to create cases may."""
    require(user, Action.CREATE, Case)
    if user.organisation is None:
        raise ValidationError(_("U hoort bij geen organisatie en kunt daarom geen casus maken."))
    if not territory(user).filter(pk=municipality.pk).exists():
        raise ValidationError(
            {
                "municipality": _(
                    "%(municipality)s hoort niet bij het werkgebied van %(organisation)s; "
                    "u kunt daar geen casus aanmaken."
                )
                % {"municipality": municipality, "organisation": user.organisation}
            }
        )
    # Locks the municipality row so that two cases created at once get different numbers.
    Municipality.objects.select_for_update().get(pk=municipality.pk)
    year = timezone.localdate().year
    prefix = f"{municipality.cbs_code}-{year}-"
    # The sequence as a number, not as text: "…-10000" sorts before "…-9999" as text.
    last = Case.objects.filter(municipality=municipality, number__startswith=prefix).aggregate(
        last=Max(Cast(Substr("number", len(prefix) + 1), IntegerField()))
    )["last"]
    sequence = (last or 0) + 1
    case = Case.objects.create(
        number=f"{prefix}{sequence:04d}",
        title=title.strip(),
        municipality=municipality,
        created_by=user,
        life_areas=sorted(set(life_areas or [])),
        priority=priority,
    )
    case.other_municipalities.set([m for m in other_municipalities if m.pk != municipality.pk])
    StatusChange.objects.create(
        case=case,
        to_status=case.status,
        changed_by=user,
        reason=CASE_CREATED,
    )
    _join(
        case=case,
        organisation=user.organisation,
        decided_by=user,
        reason=REGISTRANT,
    )
    return case


EDITABLE_FIELDS = (
    "title",
    "life_areas",
    "priority",
    "escalation_level",
    "case_director",
    "process_director",
    "other_municipalities",
)


@transaction.atomic
def case_update(*, case: Case, user: User, version: int, **changes: Any) -> Case:
    """Changes the case's summary fields, if nobody changed the case since `version`.

    The regisseurs must work for a partner taking part. Raises Conflict when the case moved
    on, so that the second of two simultaneous edits is refused, not lost silently.
    """
    require(user, Action.CHANGE, case)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    for field, roles in DIRECTOR_ROLES.items():
        director = changes.get(field)
        if director is not None and not _works_for_partner(case, director):
            raise ValidationError(
                {field: _("Kies iemand van een partner die aan de casus deelneemt.")}
            )
        if director is not None and not has_role(director, *roles):
            raise ValidationError(
                {
                    field: _("%(person)s heeft niet de rol die deze taak vraagt (%(roles)s).")
                    % {"person": director, "roles": ", ".join(str(r.label) for r in roles)}
                }
            )
    if "title" in changes:
        changes["title"] = changes["title"].strip()
        if not changes["title"]:
            raise ValidationError({"title": _("Geef de casus een titel.")})
    if "life_areas" in changes:
        changes["life_areas"] = sorted(set(changes["life_areas"]))
    others = changes.pop("other_municipalities", None)
    _bump(case, version, **changes)
    if others is not None:
        case.other_municipalities.set([m for m in others if m.pk != case.municipality_id])
    return case


def _works_for_partner(case: Case, user: User) -> bool:
    if user.organisation_id is None or not user.is_active:
        return False
    return case.participations.current().filter(organisation_id=user.organisation_id).exists()


def _bump(case: Case, version: int, **changes: Any) -> None:
    bump_version(case, version, conflict=Conflict(CASE_PROCESS.conflict_message), **changes)


@transaction.atomic
def case_transition(
    *,
    case: Case,
    user: User,
    to_status: str,
    reason: str,
    version: int,
    advice: str = "",
) -> StatusChange:
    """Moves the case to the next step of the process (`CASE_PROCESS`), if that step is
    allowed from where it is; records who, when and why. "Niet voor ZVH" needs the advice that
    was given. A change made meanwhile by someone else is a Conflict, whatever the step."""
    change = transition(
        workflow=CASE_PROCESS,
        obj=case,
        user=user,
        to_status=to_status,
        reason=reason,
        version=version,
        inputs={"advice": advice} if to_status == CaseStatus.NOT_FOR_ZVH else {},
    )
    return cast(StatusChange, change)


@transaction.atomic
def partner_join_case(
    *,
    case: Case,
    organisation: Organisation,
    decided_by: User,
    joined_on: datetime.date | None = None,
    reason: str = "",
) -> CaseParticipation:
    """Lets a partner take part in a case: records who decided and when, and grants the
    partner's group access to the case. A partner already taking part is refused."""
    require(decided_by, Action.MANAGE_PARTNERS, case)
    # Locks the case so that two people adding the same partner at once get a clear refusal.
    Case.objects.select_for_update().get(pk=case.pk)
    if case.participations.current().filter(organisation=organisation).exists():
        raise ValidationError(
            _("%(partner)s neemt al deel aan deze casus.") % {"partner": organisation}
        )
    last_left = (
        case.participations.filter(organisation=organisation)
        .order_by("-left_on")
        .values_list("left_on", flat=True)
        .first()
    )
    try:
        validate_past_event(joined_on)
    except ValidationError as error:
        raise ValidationError({"joined_on": error.messages}) from error
    if joined_on and last_left and joined_on < last_left:
        raise ValidationError(
            _("%(partner)s vertrok op %(day)s; aansluiten kan pas vanaf die datum.")
            % {"partner": organisation, "day": last_left.strftime("%d-%m-%Y")}
        )
    return _join(
        case=case,
        organisation=organisation,
        decided_by=decided_by,
        joined_on=joined_on,
        reason=reason,
    )


def _join(
    *,
    case: Case,
    organisation: Organisation,
    decided_by: User,
    joined_on: datetime.date | None = None,
    reason: str = "",
) -> CaseParticipation:
    joined_on = joined_on or timezone.localdate()
    if joined_on > timezone.localdate():
        raise ValidationError(_("De datum van aansluiten kan niet in de toekomst liggen."))
    participation = CaseParticipation.objects.create(
        case=case,
        organisation=organisation,
        domain_id=organisation.domain_id,
        joined_on=joined_on,
        joined_decided_by=decided_by,
        join_reason=reason,
    )
    grant(organisation.group, [TAKES_PART], case)
    return participation


@transaction.atomic
def partner_leave_case(
    *,
    participation: CaseParticipation,
    decided_by: User,
    left_on: datetime.date | None = None,
    reason: str = "",
) -> CaseParticipation:
    """Ends a partner's part in a case and revokes its access. The last partner cannot leave:
    a case without partners could be seen by nobody."""
    case = participation.case
    require(decided_by, Action.MANAGE_PARTNERS, case)
    # Locks the case: two partners leaving at once must not both pass the last-partner check.
    Case.objects.select_for_update().get(pk=case.pk)
    participation.refresh_from_db()
    if participation.left_on is not None:
        raise ValidationError(_("Deze partner neemt al niet meer deel."))
    if not case.participations.current().exclude(pk=participation.pk).exists():
        raise ValidationError(
            _("De laatste partner kan de casus niet verlaten; sluit de casus af.")
        )
    left_on = left_on or timezone.localdate()
    if left_on < participation.joined_on:
        raise ValidationError(_("De datum van vertrek ligt voor de datum van aansluiten."))
    if left_on > timezone.localdate():
        raise ValidationError(_("De datum van vertrek kan niet in de toekomst liggen."))
    participation.left_on = left_on
    participation.left_decided_by = decided_by
    participation.leave_reason = reason
    participation.save(update_fields=["left_on", "left_decided_by", "leave_reason"])
    revoke(participation.organisation.group, [TAKES_PART], case)
    # A regisseur of a partner that left can no longer see the case, so is no regisseur.
    for field in ("case_director", "process_director"):
        Case.objects.filter(
            pk=case.pk, **{f"{field}__organisation": participation.organisation_id}
        ).update(**{field: None}, version=F("version") + 1)
    case.refresh_from_db()
    return participation


@transaction.atomic
def case_note_create(
    *, case: Case, author: User, text: str, restricted_to: list[Domain] | None = None
) -> CaseNote:
    """Adds a note to a case, optionally limited to domains. Only case workers of a partner
    taking part may write one."""
    require(author, Action.CONTRIBUTE, case)
    if author.organisation is None:
        raise ValidationError(_("U hoort bij geen organisatie en kunt daarom niet schrijven."))
    if not text.strip():
        raise ValidationError(_("Een notitie mag niet leeg zijn."))
    note = CaseNote.objects.create(
        case=case,
        author=author,
        author_organisation=author.organisation,
        text=text.strip(),
    )
    if restricted_to:
        note.restricted_to.set(restricted_to)
    return note
