"""Corrections of a family network: change, end, remove and merge what was recorded.

Every correction states its reason, is saved only on the version its user read (optimistic
locking, as the case), and leaves a `NetworkChange` in the case's history. Changing and ending
is for the case workers who may add to the network; removing and merging, which take data out
of the case, for those who may change the case (AOV'er, procesregisseur).
"""

import copy
import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import (
    Case,
    CaseIntervention,
    LinkedAddress,
    LinkedOrganisation,
    NetworkAction,
    NetworkChange,
    NetworkItem,
    Person,
    Relation,
)
from casework.services.network import names_remember, network_changed, relation_checked
from casework.validators import ascii_digits, relation_implausible
from partners.models import User
from partners.policy import Action, require
from workflow.locking import Conflict, bump_version

MAX_REASON_CHARS = 500
CONFLICT = _(
    "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en breng uw "
    "correctie opnieuw aan."
)

PERSON_FIELDS = ("first_name", "last_name", "alias", "birth_date", "bsn", "address", "roles")
RELATION_FIELDS = ("kind", "valid_from", "valid_to", "source")
ORGANISATION_FIELDS = ("name", "kvk_number", "description", "persons")
ADDRESS_FIELDS = ("address", "description", "persons")


def initials(person: Person) -> str:
    """ "J. de V." for Jan de Vries: how a removed person is named in the history."""
    first = f"{person.first_name[:1]}." if person.first_name else ""
    words = person.last_name.split()
    last = " ".join([*words[:-1], f"{words[-1][:1]}."]) if words else ""
    return f"{first} {last}".strip()


def relation_label(left: str, kind: str, right: str) -> str:
    """A relation as the history keeps it: the kind as its code, translated when shown."""
    return f"{left}\t{kind}\t{right}"


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Geef de reden van deze correctie.")})
    if len(reason) > MAX_REASON_CHARS:
        raise ValidationError(
            {"reason": _("De reden is te lang (hooguit %(n)s tekens).") % {"n": MAX_REASON_CHARS}}
        )
    return reason


def _shown(field: str, value: Any) -> str:
    """A value as kept in the history: text, a date as ISO, a BSN masked."""
    if value is None or value == "" or value == []:
        return ""
    if field == "bsn":
        return f"•••••{str(value)[-3:]}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, Model):
        return str(value)
    return str(value)


def _diff(obj: Model, changes: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {"field": field, "before": _shown(field, getattr(obj, field)), "after": _shown(field, new)}
        for field, new in changes.items()
        if getattr(obj, field) != new
    ]


def _record(
    *,
    case: Case,
    item: NetworkItem,
    item_id: int,
    action: NetworkAction,
    label: str,
    reason: str,
    user: User,
    changes: list[dict[str, str]] | None = None,
) -> NetworkChange:
    network_changed(case)
    return NetworkChange.objects.create(
        case=case,
        item=item,
        item_id=item_id,
        action=action,
        label=label[:300],
        reason=reason,
        changes=changes or [],
        changed_by=user,
    )


def _locked(model: type[Model], pk: int, version: int) -> Model:
    """The row, locked for the rest of the transaction, if it still has `version`."""
    current = model._default_manager.select_for_update().filter(pk=pk).first()
    if current is None or current.version != version:  # type: ignore[attr-defined]
        raise Conflict(CONFLICT)
    return current


# --- Persons ---------------------------------------------------------------------------------


@transaction.atomic
def person_update(
    *, person: Person, user: User, version: int, reason: str, **changes: Any
) -> list[dict[str, str]]:
    """Corrects a person's facts; returns what changed (nothing: nothing is recorded). A new
    birth date must keep the person's relations possible."""
    require(user, Action.CONTRIBUTE, person.case)
    reason = _reason(reason)
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    for field in ("first_name", "last_name", "alias", "address"):
        if field in changes:
            changes[field] = (changes[field] or "").strip()
    if "bsn" in changes:
        changes["bsn"] = ascii_digits((changes["bsn"] or "").strip())
    if "roles" in changes:
        changes["roles"] = sorted(set(changes["roles"]))
    candidate = copy.copy(person)
    for field, value in changes.items():
        setattr(candidate, field, value)
    candidate.full_clean(exclude=["case", "added_by"])
    if "birth_date" in changes:
        _relations_still_possible(candidate)
    diff = _diff(person, changes)
    if not diff:
        return []
    bump_version(person, version, conflict=Conflict(CONFLICT), **changes)
    names_remember(person.first_name, person.last_name, person.alias)
    _record(
        case=person.case,
        item=NetworkItem.PERSON,
        item_id=person.pk,
        action=NetworkAction.CHANGED,
        label=person.full_name,
        reason=reason,
        user=user,
        changes=diff,
    )
    return diff


def _relations_still_possible(person: Person) -> None:
    relations = Relation.objects.filter(Q(from_person=person) | Q(to_person=person)).select_related(
        "from_person", "to_person"
    )
    for relation in relations:
        from_person = person if relation.from_person_id == person.pk else relation.from_person
        to_person = person if relation.to_person_id == person.pk else relation.to_person
        why = relation_implausible(
            relation.kind, from_person.birth_date, to_person.birth_date, on=relation.valid_from
        )
        if why:
            raise ValidationError(
                {
                    "birth_date": _(
                        "Met deze geboortedatum kan de relatie “%(relation)s” niet: %(why)s"
                    )
                    % {"relation": relation, "why": why}
                }
            )


@transaction.atomic
def person_remove(*, person: Person, user: User, version: int, reason: str) -> int:
    """Removes a wrongly added person, with their relations and links; returns how many
    relations went with them. The history names them by initials only, and forgets the earlier
    lines that named them."""
    require(user, Action.CHANGE, person.case)
    reason = _reason(reason)
    _locked(Person, person.pk, version)
    relations = Relation.objects.filter(Q(from_person=person) | Q(to_person=person))
    # The earlier history lines that name the person (their corrections, and those of their
    # relations) go with them: a wrongly added person must not stay in the case by name.
    NetworkChange.objects.filter(
        Q(item=NetworkItem.PERSON, item_id=person.pk)
        | Q(item=NetworkItem.RELATION, item_id__in=list(relations.values_list("pk", flat=True))),
        case_id=person.case_id,
    ).delete()
    count = relations.count()
    _record(
        case=person.case,
        item=NetworkItem.PERSON,
        item_id=person.pk,
        action=NetworkAction.REMOVED,
        label=initials(person),
        reason=reason,
        user=user,
        changes=[{"field": "relations", "before": str(count), "after": "0"}],
    )
    person.delete()
    return count


# Facts a merge fills in on the kept record when only the other one has them.
MERGE_FILLED = ("alias", "birth_date", "bsn", "address")


@transaction.atomic
def person_merge(
    *,
    keep: Person,
    other: Person,
    user: User,
    keep_version: int,
    other_version: int,
    reason: str,
) -> Person:
    """Merges two records of the same person within a case into `keep`: facts only `other`
    has are filled in, roles combined, relations, links and intervention targets moved; a
    relation between the two, or one `keep` already has, goes. Refused when the records
    contradict each other (two birth dates, two BSNs): correct one first."""
    require(user, Action.CHANGE, keep.case)
    reason = _reason(reason)
    if keep.case_id != other.case_id:
        raise ValidationError(_("Alleen personen uit dezelfde casus kunnen worden samengevoegd."))
    if keep.pk == other.pk:
        raise ValidationError({"other": _("Kies een andere persoon om mee samen te voegen.")})
    _locked(Person, keep.pk, keep_version)
    _locked(Person, other.pk, other_version)
    for field, label in (("birth_date", _("geboortedatum")), ("bsn", _("BSN"))):
        mine, theirs = getattr(keep, field), getattr(other, field)
        if mine and theirs and mine != theirs:
            raise ValidationError(
                _(
                    "De twee personen hebben een verschillende %(field)s. Corrigeer eerst de "
                    "verkeerde, dan kunnen ze worden samengevoegd."
                )
                % {"field": label}
            )
    filled = {
        field: getattr(other, field)
        for field in MERGE_FILLED
        if not getattr(keep, field) and getattr(other, field)
    }
    roles = sorted(set(keep.roles) | set(other.roles))
    if roles != sorted(keep.roles):
        filled["roles"] = roles
    diff = _diff(keep, filled)
    _move_relations(keep, other)
    for organisation in other.organisations.all():
        organisation.persons.add(keep)
    for address in other.addresses.all():
        address.persons.add(keep)
    targets = CaseIntervention.target_persons.through.objects
    for row in targets.filter(person_id=other.pk):
        targets.get_or_create(caseintervention_id=row.caseintervention_id, person_id=keep.pk)
    other_label = initials(other)
    other.delete()
    bump_version(keep, keep_version, conflict=Conflict(CONFLICT), **filled)
    _record(
        case=keep.case,
        item=NetworkItem.PERSON,
        item_id=keep.pk,
        action=NetworkAction.MERGED,
        label=keep.full_name,
        reason=reason,
        user=user,
        changes=[{"field": "merged_with", "before": other_label, "after": ""}, *diff],
    )
    return keep


def _move_relations(keep: Person, other: Person) -> None:
    for relation in Relation.objects.filter(Q(from_person=other) | Q(to_person=other)):
        from_id = keep.pk if relation.from_person_id == other.pk else relation.from_person_id
        to_id = keep.pk if relation.to_person_id == other.pk else relation.to_person_id
        duplicate = Relation.objects.filter(
            Q(from_person_id=from_id, to_person_id=to_id)
            | Q(from_person_id=to_id, to_person_id=from_id),
            kind=relation.kind,
        ).exclude(pk=relation.pk)
        if from_id == to_id or duplicate.exists():
            relation.delete()
            continue
        Relation.objects.filter(pk=relation.pk).update(from_person_id=from_id, to_person_id=to_id)


# --- Relations -------------------------------------------------------------------------------


@transaction.atomic
def relation_update(
    *,
    relation: Relation,
    user: User,
    version: int,
    reason: str,
    action: NetworkAction = NetworkAction.CHANGED,
    **changes: Any,
) -> list[dict[str, str]]:
    """Corrects a relation (its kind, period or source) under the same checks as adding one."""
    require(user, Action.CONTRIBUTE, relation.case)
    reason = _reason(reason)
    unknown = set(changes) - set(RELATION_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    merged = {field: getattr(relation, field) for field in RELATION_FIELDS} | changes
    relation_checked(
        case=relation.case,
        from_person=relation.from_person,
        to_person=relation.to_person,
        existing=relation,
        **merged,
    )
    diff = _diff(relation, changes)
    if not diff:
        return []
    if relation.valid_to is None and changes.get("valid_to"):
        action = NetworkAction.ENDED
    try:
        with transaction.atomic():
            bump_version(relation, version, conflict=Conflict(CONFLICT), **changes)
    except IntegrityError as error:
        raise ValidationError(_("Deze relatie staat er al.")) from error
    _record(
        case=relation.case,
        item=NetworkItem.RELATION,
        item_id=relation.pk,
        action=action,
        label=relation_label(
            relation.from_person.full_name, relation.kind, relation.to_person.full_name
        ),
        reason=reason,
        user=user,
        changes=diff,
    )
    return diff


def relation_end(
    *, relation: Relation, user: User, version: int, reason: str, ended_on: datetime.date
) -> Relation:
    """Ends a relation that was true until `ended_on` (a divorce, a business wound up)."""
    if ended_on > timezone.localdate():
        raise ValidationError({"ended_on": _("Een relatie kan niet in de toekomst eindigen.")})
    if relation.valid_to is not None:
        raise ValidationError(_("Deze relatie is al beëindigd."))
    relation_update(
        relation=relation,
        user=user,
        version=version,
        reason=reason,
        action=NetworkAction.ENDED,
        valid_to=ended_on,
    )
    return relation


@transaction.atomic
def relation_remove(*, relation: Relation, user: User, version: int, reason: str) -> None:
    """Removes a relation recorded by mistake (a relation that ended is ended, not removed)."""
    require(user, Action.CHANGE, relation.case)
    reason = _reason(reason)
    _locked(Relation, relation.pk, version)
    _record(
        case=relation.case,
        item=NetworkItem.RELATION,
        item_id=relation.pk,
        action=NetworkAction.REMOVED,
        label=relation_label(
            initials(relation.from_person), relation.kind, initials(relation.to_person)
        ),
        reason=reason,
        user=user,
    )
    relation.delete()


# --- Linked businesses and addresses ---------------------------------------------------------


def _update_link(
    link: LinkedOrganisation | LinkedAddress,
    *,
    item: NetworkItem,
    fields: tuple[str, ...],
    user: User,
    version: int,
    reason: str,
    changes: dict[str, Any],
) -> list[dict[str, str]]:
    require(user, Action.CONTRIBUTE, link.case)
    reason = _reason(reason)
    unknown = set(changes) - set(fields)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    persons = changes.pop("persons", None)
    for field in changes:
        if isinstance(changes[field], str):
            changes[field] = changes[field].strip()
    candidate = copy.copy(link)
    for field, value in changes.items():
        setattr(candidate, field, value)
    candidate.full_clean(exclude=["case"])
    diff = _diff(link, changes)
    if persons is not None:
        if any(person.case_id != link.case_id for person in persons):
            raise ValidationError(_("Alle personen moeten in deze casus staan."))
        before = sorted(p.full_name for p in link.persons.all())
        after = sorted(p.full_name for p in persons)
        if before != after:
            diff.append(
                {"field": "persons", "before": ", ".join(before), "after": ", ".join(after)}
            )
    if not diff:
        return []
    bump_version(link, version, conflict=Conflict(CONFLICT), **changes)
    if persons is not None:
        link.persons.set(persons)
    _record(
        case=link.case,
        item=item,
        item_id=link.pk,
        action=NetworkAction.CHANGED,
        label=str(link),
        reason=reason,
        user=user,
        changes=diff,
    )
    return diff


@transaction.atomic
def linked_organisation_update(
    *, link: LinkedOrganisation, user: User, version: int, reason: str, **changes: Any
) -> list[dict[str, str]]:
    """Corrects a linked business: its name, KvK number, description or the persons in it."""
    return _update_link(
        link,
        item=NetworkItem.ORGANISATION,
        fields=ORGANISATION_FIELDS,
        user=user,
        version=version,
        reason=reason,
        changes=changes,
    )


@transaction.atomic
def linked_address_update(
    *, link: LinkedAddress, user: User, version: int, reason: str, **changes: Any
) -> list[dict[str, str]]:
    """Corrects a linked address: the address, its description or the persons who use it."""
    return _update_link(
        link,
        item=NetworkItem.ADDRESS,
        fields=ADDRESS_FIELDS,
        user=user,
        version=version,
        reason=reason,
        changes=changes,
    )


@transaction.atomic
def link_remove(
    *, link: LinkedOrganisation | LinkedAddress, user: User, version: int, reason: str
) -> None:
    """Removes a linked business or address recorded by mistake."""
    require(user, Action.CHANGE, link.case)
    reason = _reason(reason)
    _locked(type(link), link.pk, version)
    _record(
        case=link.case,
        item=NetworkItem.ORGANISATION
        if isinstance(link, LinkedOrganisation)
        else NetworkItem.ADDRESS,
        item_id=link.pk,
        action=NetworkAction.REMOVED,
        label=str(link),
        reason=reason,
        user=user,
    )
    link.delete()
