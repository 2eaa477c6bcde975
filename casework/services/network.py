import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import (
    Case,
    LinkedAddress,
    LinkedOrganisation,
    NameVocabulary,
    Person,
    PersonRole,
    Relation,
    RelationKind,
)
from casework.models.network import SYMMETRIC_KINDS
from casework.validators import ascii_digits, relation_implausible, validate_period_date
from partners.models import Organisation, User
from partners.policy import Action, require

# Relations between generations: the reverse of one of them contradicts it.
DIRECTED_KINDS = [RelationKind.PARENT, RelationKind.GRANDPARENT, RelationKind.UNCLE_AUNT]


@transaction.atomic
def person_add(
    *,
    case: Case,
    user: User,
    first_name: str,
    last_name: str,
    birth_date: datetime.date | None = None,
    bsn: str = "",
    address: str = "",
    alias: str = "",
    roles: list[str] | None = None,
) -> Person:
    """Adds a person to the case's family network, after the model's checks (BSN elfproef,
    birth date not in the future). Case workers of a partner taking part may."""
    require(user, Action.CONTRIBUTE, case)
    person = Person(
        case=case,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        birth_date=birth_date,
        bsn=ascii_digits(bsn.strip()),
        address=address.strip(),
        alias=alias.strip(),
        roles=sorted(set(roles or [PersonRole.FAMILY_MEMBER])),
        added_by=user,
    )
    person.full_clean()
    person.save()
    names_remember(person.first_name, person.last_name, person.alias)
    network_changed(case)
    return person


def network_changed(case: Case) -> None:
    """Marks the case as changed now: the case list sorts by its last change."""
    Case.objects.filter(pk=case.pk).update(changed_at=timezone.now())


def names_remember(*names: str) -> None:
    """Adds names to the vocabulary that name search compares typed words with."""
    NameVocabulary.objects.bulk_create(
        [NameVocabulary(name=name) for name in set(names) if name], ignore_conflicts=True
    )


def _check_dates(**dates: datetime.date | None) -> None:
    errors: dict[str, list[str]] = {}
    for name, value in dates.items():
        try:
            validate_period_date(value)
        except ValidationError as error:
            errors[name] = error.messages
    if errors:
        raise ValidationError(errors)


def relation_checked(
    *,
    case: Case,
    from_person: Person,
    kind: str,
    to_person: Person,
    source: Organisation,
    valid_from: datetime.date | None = None,
    valid_to: datetime.date | None = None,
    existing: Relation | None = None,
) -> None:
    """Raises what makes "<from> is <kind> of <to>" wrong in this case: persons of another
    case, a relation with oneself, dates out of order, a source that does not take part, a
    relation that is recorded already or contradicts one in the other direction, or ages that
    make it impossible. `existing`: the relation being corrected, not compared with itself."""
    if from_person.case_id != case.pk or to_person.case_id != case.pk:
        raise ValidationError(_("Beide personen moeten in deze casus staan."))
    if from_person.pk == to_person.pk:
        raise ValidationError({"to_person": _("Een persoon kan geen relatie met zichzelf hebben.")})
    if kind not in RelationKind.values:
        raise ValidationError({"kind": _("Kies een soort relatie.")})
    _check_dates(valid_from=valid_from, valid_to=valid_to)
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError({"valid_to": _("De einddatum ligt voor de begindatum.")})
    if not case.participations.filter(organisation=source).exists():
        raise ValidationError({"source": _("De bron moet een partner van deze casus zijn.")})
    others = Relation.objects.exclude(pk=existing.pk) if existing else Relation.objects.all()
    if others.filter(from_person=from_person, to_person=to_person, kind=kind).exists():
        raise ValidationError(_("Deze relatie staat er al."))
    reverse = others.filter(from_person=to_person, to_person=from_person)
    if kind in SYMMETRIC_KINDS and reverse.filter(kind=kind).exists():
        raise ValidationError(_("Deze relatie staat er al."))
    if kind not in SYMMETRIC_KINDS and reverse.filter(kind__in=DIRECTED_KINDS).exists():
        raise ValidationError(
            _("Deze relatie spreekt een vastgelegde relatie in omgekeerde richting tegen.")
        )
    # After what contradicts a recorded relation (the more telling reason): what the birth
    # dates make impossible.
    implausible = relation_implausible(
        kind, from_person.birth_date, to_person.birth_date, on=valid_from
    )
    if implausible:
        raise ValidationError({"kind": implausible})


@transaction.atomic
def relation_add(
    *,
    case: Case,
    user: User,
    from_person: Person,
    kind: str,
    to_person: Person,
    source: Organisation,
    valid_from: datetime.date | None = None,
    valid_to: datetime.date | None = None,
) -> Relation:
    """Records how two persons of the same network are related, and which partner says so."""
    require(user, Action.CONTRIBUTE, case)
    relation_checked(
        case=case,
        from_person=from_person,
        kind=kind,
        to_person=to_person,
        source=source,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    try:
        with transaction.atomic():
            relation = Relation.objects.create(
                case=case,
                from_person=from_person,
                kind=kind,
                to_person=to_person,
                source=source,
                valid_from=valid_from,
                valid_to=valid_to,
                added_by=user,
            )
    except IntegrityError as error:
        raise ValidationError(_("Deze relatie staat er al.")) from error
    network_changed(case)
    return relation


@transaction.atomic
def linked_organisation_add(
    *,
    case: Case,
    user: User,
    name: str,
    kvk_number: str = "",
    description: str = "",
    persons: list[Person] | None = None,
) -> LinkedOrganisation:
    """Links a business or foundation to the network, with the persons involved in it."""
    require(user, Action.CONTRIBUTE, case)
    organisation = LinkedOrganisation(
        case=case, name=name.strip(), kvk_number=kvk_number.strip(), description=description
    )
    organisation.full_clean()
    organisation.save()
    organisation.persons.set(_own(case, persons))
    return organisation


@transaction.atomic
def linked_address_add(
    *,
    case: Case,
    user: User,
    address: str,
    description: str = "",
    persons: list[Person] | None = None,
) -> LinkedAddress:
    """Links an address to the network, with the persons who use it."""
    require(user, Action.CONTRIBUTE, case)
    linked = LinkedAddress(case=case, address=address.strip(), description=description)
    linked.full_clean()
    linked.save()
    linked.persons.set(_own(case, persons))
    return linked


def _own(case: Case, persons: list[Person] | None) -> list[Person]:
    persons = persons or []
    if any(person.case_id != case.pk for person in persons):
        raise ValidationError(_("Alle personen moeten in deze casus staan."))
    return persons
