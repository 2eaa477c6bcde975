import datetime
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchVector, TrigramSimilarity
from django.db.models import Count, Exists, F, Min, OuterRef, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Concat, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import (
    Case,
    CaseNote,
    CaseParticipation,
    CaseStatus,
    LinkedAddress,
    LinkedOrganisation,
    Person,
    Relation,
    Signal,
    StatusChange,
)
from partners.models import Domain, User
from partners.policy import Action, can, visible


def case_list(*, user: User, query: str = "") -> QuerySet[Case]:
    """The cases `user` may see, newest first. A query matches the number, the title (Dutch
    full-text search) or the name of a person in the network, misspelled names included."""
    cases = visible(user, Action.VIEW, Case.objects.select_related("municipality"))
    term = query.strip()
    if term:
        text = SearchQuery(term, config="dutch", search_type="websearch")
        persons = person_search(user=user, query=term).filter(case=OuterRef("pk"))
        cases = cases.annotate(text=SearchVector("title", config="dutch")).filter(
            Q(number__icontains=term) | Q(text=text) | Q(Exists(persons))
        )
    return cases.annotate(
        partner_count=Count("participations", filter=Q(participations__left_on__isnull=True))
    ).order_by("-created_at", "-id")


PERSON_SIMILARITY = 0.3


def person_search(*, user: User, query: str) -> QuerySet[Person]:
    """Persons the user may see whose name or alias resembles the query (trigram similarity,
    so "Jansen" finds "Janssen"), most similar first."""
    term = query.strip()
    similarity = Greatest(
        TrigramSimilarity("last_name", term),
        TrigramSimilarity(Concat("first_name", Value(" "), "last_name"), term),
        TrigramSimilarity("alias", term),
    )
    return (
        visible(user, Action.VIEW, Person.objects.select_related("case__municipality"))
        .annotate(similarity=similarity)
        .filter(Q(similarity__gte=PERSON_SIMILARITY) | Q(last_name__icontains=term))
        .order_by("-similarity", "last_name", "id")
    )


def case_participations(*, user: User, case: Case) -> QuerySet[CaseParticipation]:
    """Who took part in the case and when, current partners first."""
    return visible(
        user,
        Action.VIEW,
        CaseParticipation.objects.filter(case=case).select_related(
            "organisation", "domain", "joined_decided_by", "left_decided_by"
        ),
    ).order_by(F("left_on").asc(nulls_first=True), "joined_on", "id")


def case_notes(*, user: User, case: Case) -> QuerySet[CaseNote]:
    """The notes of the case that `user` may read, with their domain limitation."""
    return visible(
        user,
        Action.VIEW,
        CaseNote.objects.filter(case=case)
        .select_related("author", "author_organisation")
        .prefetch_related(Prefetch("restricted_to", queryset=Domain.objects.order_by("position"))),
    )


def case_domain_join_dates(*, user: User, case: Case) -> dict[int, datetime.date]:
    """The first day each domain took part in the case, by domain id (the basis for telling
    proactive from reactive collaboration)."""
    rows = (
        visible(user, Action.VIEW, CaseParticipation.objects.filter(case=case))
        .order_by()
        .values("domain_id")
        .annotate(first=Min("joined_on"))
    )
    return {row["domain_id"]: row["first"] for row in rows}


def case_persons(*, user: User, case: Case) -> QuerySet[Person]:
    """The persons of the case's network, oldest first, if the user may see the network."""
    return visible(user, Action.VIEW, Person.objects.filter(case=case))


def case_relations(*, user: User, case: Case) -> QuerySet[Relation]:
    return visible(
        user,
        Action.VIEW,
        Relation.objects.filter(case=case).select_related("from_person", "to_person", "source"),
    )


def case_linked_organisations(*, user: User, case: Case) -> QuerySet[LinkedOrganisation]:
    return visible(
        user,
        Action.VIEW,
        LinkedOrganisation.objects.filter(case=case).prefetch_related("persons"),
    )


def case_linked_addresses(*, user: User, case: Case) -> QuerySet[LinkedAddress]:
    return visible(
        user, Action.VIEW, LinkedAddress.objects.filter(case=case).prefetch_related("persons")
    )


def case_signals(*, user: User, case: Case) -> QuerySet[Signal]:
    """The signals of the case the user may read, newest first."""
    return visible(
        user,
        Action.VIEW,
        Signal.objects.filter(case=case)
        .select_related("source", "domain", "added_by")
        .prefetch_related(Prefetch("restricted_to", queryset=Domain.objects.order_by("position"))),
    )


def case_status_history(*, user: User, case: Case) -> QuerySet[StatusChange]:
    return visible(
        user,
        Action.VIEW,
        StatusChange.objects.filter(case=case).select_related("changed_by"),
    )


@dataclass(frozen=True)
class Collaboration:
    """Which domains took part before the first plan of action, and which only after."""

    plan_date: datetime.date | None
    before_plan: list[tuple[Domain, datetime.date]]
    after_plan: list[tuple[Domain, datetime.date]]

    @property
    def verdict(self) -> str:
        if self.plan_date is None:
            return "open"
        return "reactief" if self.after_plan else "proactief"


def case_collaboration(*, user: User, case: Case) -> Collaboration:
    """Proactive when every domain that took part did so before the first plan of action was
    set; reactive when domains were brought in after it (the research's distinction)."""
    plan_at = (
        case_status_history(user=user, case=case)
        .filter(to_status=CaseStatus.ACTION_PLAN)
        .order_by("changed_at")
        .values_list("changed_at", flat=True)
        .first()
    )
    plan_date = timezone.localtime(plan_at).date() if plan_at else None
    joined = case_domain_join_dates(user=user, case=case)
    domains = Domain.objects.in_bulk(list(joined))
    ordered = sorted(((domains[pk], day) for pk, day in joined.items()), key=lambda pair: pair[1])
    if plan_date is None:
        return Collaboration(None, ordered, [])
    return Collaboration(
        plan_date,
        [(domain, day) for domain, day in ordered if day <= plan_date],
        [(domain, day) for domain, day in ordered if day > plan_date],
    )


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime.datetime | datetime.date
    kind: str
    text: str
    actor: str


def case_timeline(*, user: User, case: Case) -> list[TimelineEvent]:
    """Everything that happened on the case that the user may see, newest first."""
    events: list[TimelineEvent] = []
    for change in case_status_history(user=user, case=case):
        label = CaseStatus(change.to_status).label
        events.append(
            TimelineEvent(
                change.changed_at, "status", f"{label}: {change.reason}", str(change.changed_by)
            )
        )
    for participation in case_participations(user=user, case=case):
        events.append(
            TimelineEvent(
                participation.joined_on,
                "partner",
                _("%(partner)s sloot aan") % {"partner": participation.organisation},
                str(participation.joined_decided_by),
            )
        )
        if participation.left_on:
            events.append(
                TimelineEvent(
                    participation.left_on,
                    "partner",
                    _("%(partner)s vertrok") % {"partner": participation.organisation},
                    str(participation.left_decided_by),
                )
            )
    for signal in case_signals(user=user, case=case):
        events.append(
            TimelineEvent(
                signal.received_on,
                "signaal",
                f"{signal.get_kind_display()}: {signal.get_classification_display()}",
                str(signal.source),
            )
        )
    for person in case_persons(user=user, case=case).select_related("added_by"):
        events.append(
            TimelineEvent(
                person.added_at,
                "netwerk",
                _("%(person)s toegevoegd aan het netwerk") % {"person": person.full_name},
                str(person.added_by),
            )
        )
    for note in case_notes(user=user, case=case):
        events.append(
            TimelineEvent(note.created_at, "notitie", _("Notitie geschreven"), str(note.author))
        )
    return sorted(events, key=lambda event: _as_datetime(event.at), reverse=True)


def _as_datetime(moment: datetime.datetime | datetime.date) -> datetime.datetime:
    if isinstance(moment, datetime.datetime):
        return moment
    # A day without a time sorts at the end of that day, after what happened during it.
    return timezone.make_aware(datetime.datetime.combine(moment, datetime.time.max))


@dataclass(frozen=True)
class KnownElsewhere:
    """Whom to contact about a person who resembles one in another case; nothing else."""

    name: str
    organisation: str
    email: str
    phone: str


NAME_SIMILARITY = 0.45


def persons_matching_elsewhere(*, user: User, person: Person) -> QuerySet[Person]:
    """Persons in other cases with the same BSN, or a similar name and the same birth date.

    Deliberately not scoped to the user's cases: callers may only turn these into contacts
    (`known_elsewhere_contacts`), never show them. Empty when the user may not see `person`.
    """
    if not can(user, Action.VIEW, person):
        return Person.objects.none()
    match = Q(bsn=person.bsn) if person.bsn else Q(pk__in=[])
    if person.birth_date:
        similar = Person.objects.annotate(
            similarity=TrigramSimilarity(
                Concat("first_name", Value(" "), "last_name"), person.full_name
            )
        ).filter(birth_date=person.birth_date, similarity__gte=NAME_SIMILARITY)
        match |= Q(pk__in=similar.values("pk"))
    return (
        Person.objects.filter(match)
        .exclude(case=person.case_id)
        .select_related(
            "case__municipality",
            "case__process_director__organisation",
            "case__created_by__organisation",
        )
    )


def known_elsewhere_contacts(matches: list[Person]) -> list[KnownElsewhere]:
    """Whom to ask about each matched person: that case's procesregisseur, else the user who
    registered the case. Nothing of the case itself."""
    contacts = set()
    for match in matches:
        director = match.case.process_director or match.case.created_by
        organisation = director.organisation
        contacts.add(
            KnownElsewhere(
                name=str(director),
                organisation=str(organisation) if organisation else "",
                email=director.email,
                phone=organisation.phone if organisation else "",
            )
        )
    return sorted(contacts, key=lambda contact: contact.name)


def person_known_elsewhere(*, user: User, person: Person) -> list[KnownElsewhere]:
    """Contacts for other cases that hold a person resembling `person` (see above)."""
    return known_elsewhere_contacts(list(persons_matching_elsewhere(user=user, person=person)))
