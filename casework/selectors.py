import datetime
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, TrigramSimilarity, TrigramWordSimilarity
from django.db.models import (
    Count,
    Exists,
    F,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Concat, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import (
    PERSON_FULL_NAME,
    TITLE_SEARCH,
    Case,
    CaseIntervention,
    CaseNote,
    CaseParticipation,
    CaseStatus,
    InterventionStatusChange,
    LinkedAddress,
    LinkedOrganisation,
    Person,
    Relation,
    Signal,
    StatusChange,
)
from partners.models import Domain, Municipality, Organisation, User
from partners.policy import Action, can, visible


def case_list(*, user: User, query: str = "") -> QuerySet[Case]:
    """The cases `user` may see, newest first. A query matches the number, the title (Dutch
    full-text search) or the name of a person in the network, misspelled names included."""
    cases = visible(user, Action.VIEW, Case.objects.select_related("municipality"))
    term = query.strip()
    if term:
        # Three searches, each through the policy and each able to use its own index (or, for
        # a user in few cases, to start from those cases); the list is their union.
        visible_cases = visible(user, Action.VIEW, Case.objects.all())
        by_title = (
            visible_cases.alias(text=TITLE_SEARCH)
            .filter(text=SearchQuery(term, config="dutch", search_type="websearch"))
            .order_by()
        )
        by_number = visible_cases.filter(number__icontains=term).order_by()
        by_person = person_search(user=user, query=term).order_by()
        cases = cases.filter(
            pk__in=by_title.values("pk").union(by_number.values("pk"), by_person.values("case_id"))
        )
    # Counted per listed case in a subquery, after the page is cut: a join with GROUP BY would
    # count the partners of every visible case before the first page could be returned.
    partners = (
        CaseParticipation.objects.filter(case=OuterRef("pk"), left_on__isnull=True)
        .order_by()
        .values("case")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return cases.annotate(partner_count=Coalesce(Subquery(partners), 0)).order_by(
        "-created_at", "-id"
    )


def case_list_municipalities(*, user: User) -> QuerySet[Municipality]:
    """The municipalities to filter the case list by: those the user's organisation serves,
    directly or through its regions, or every municipality for a partner without a set area.
    Read from the partner registry, so the cost does not grow with the number of cases."""
    if user.organisation_id is None:
        return Municipality.objects.none()
    served_directly = Organisation.municipalities.through.objects.filter(
        organisation_id=user.organisation_id
    )
    served_regions = Organisation.regions.through.objects.filter(
        organisation_id=user.organisation_id
    )
    return Municipality.objects.filter(
        Exists(served_directly.filter(municipality_id=OuterRef("pk")))
        | Exists(served_regions.filter(region_id=OuterRef("region_id")))
        | (~Exists(served_directly) & ~Exists(served_regions))
    ).order_by("name")


def person_search(*, user: User, query: str) -> QuerySet[Person]:
    """Persons the user may see with the query as a word, or nearly, in their name or alias
    (trigram word similarity: "Jansen" finds "Piet Janssen", "Berg" finds "van den Berg"),
    most similar first.

    A name counts as found from PostgreSQL's pg_trgm.word_similarity_threshold (0.6), the
    threshold of the `%>` operator, which the trigram indexes on the name and alias serve.
    """
    term = query.strip()
    similarity = Greatest(
        TrigramWordSimilarity(term, "searchable_name"), TrigramWordSimilarity(term, "alias")
    )
    return (
        visible(user, Action.VIEW, Person.objects.select_related("case__municipality"))
        .alias(searchable_name=PERSON_FULL_NAME)
        .filter(Q(searchable_name__trigram_word_similar=term) | Q(alias__trigram_word_similar=term))
        .annotate(similarity=similarity)
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
    changes = visible(
        user,
        Action.VIEW,
        InterventionStatusChange.objects.filter(case_intervention__case=case).select_related(
            "case_intervention__intervention", "changed_by"
        ),
    )
    for step in changes:
        events.append(
            TimelineEvent(
                step.changed_at,
                "interventie",
                f"{step.case_intervention.intervention.name}: {step.get_to_status_display()}",
                str(step.changed_by),
            )
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


def case_interventions(*, user: User, case: Case) -> QuerySet[CaseIntervention]:
    """The interventions of the case, newest first, with what their list shows. Their targets
    are part of the network: only those the user may see are loaded (none for vierhoek
    members, who see interventions but not the network)."""
    return visible(
        user,
        Action.VIEW,
        CaseIntervention.objects.filter(case=case)
        .select_related("intervention", "responsible", "proposed_by")
        .prefetch_related(
            Prefetch("target_persons", queryset=visible(user, Action.VIEW, Person.objects.all())),
            Prefetch(
                "target_addresses", queryset=visible(user, Action.VIEW, LinkedAddress.objects.all())
            ),
            Prefetch(
                "target_organisations",
                queryset=visible(user, Action.VIEW, LinkedOrganisation.objects.all()),
            ),
        ),
    )


def case_minors(*, user: User, case: Case) -> list[Person]:
    """The minors of the network that the user may see, by name (for the human measure)."""
    persons = visible(user, Action.VIEW, Person.objects.filter(case=case))
    return [person for person in persons.order_by("birth_date", "id") if person.is_minor]


def case_intervention_detail(*, user: User, case: Case) -> QuerySet[CaseIntervention]:
    """One intervention of the case with its weighing, evaluation and history."""
    return (
        case_interventions(user=user, case=case)
        .select_related(
            "assessment", "evaluation", "assessment__assessed_by", "evaluation__evaluated_by"
        )
        .prefetch_related(
            "intervention__conditions",
            "intervention__lighter_alternatives",
            "assessment__checks",
            "assessment__lighter_considered",
            Prefetch(
                "status_changes",
                queryset=InterventionStatusChange.objects.select_related("changed_by").order_by(
                    "changed_at", "id"
                ),
            ),
        )
    )
