"""Reading the family network of a case: persons, relations, linked businesses and addresses,
the minors, name search, and whom to ask about a person known in another case."""

from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity, TrigramWordSimilarity
from django.db.models import Q, QuerySet, Value
from django.db.models.functions import Concat, Greatest
from django.http import Http404

from casework.models import (
    PERSON_FULL_NAME,
    Case,
    LinkedAddress,
    LinkedOrganisation,
    Person,
    Relation,
)
from partners.models import ReadPath
from partners.policy import Action
from partners.reading import Reader


def case_persons(reader: Reader, case: Case) -> QuerySet[Person]:
    """The persons of the case's network, oldest first, if the reader may see the network."""
    return reader.visible(Action.VIEW, Person.objects.filter(case=case))


def case_person(reader: Reader, case: Case, pk: int) -> Person:
    """One person of the case's network, or 404."""
    try:
        return case_persons(reader, case).select_related("added_by").get(pk=pk)
    except Person.DoesNotExist as missing:
        raise Http404 from missing


def case_relations(reader: Reader, case: Case) -> QuerySet[Relation]:
    return reader.visible(
        Action.VIEW,
        Relation.objects.filter(case=case).select_related("from_person", "to_person", "source"),
    )


def case_linked_organisations(reader: Reader, case: Case) -> QuerySet[LinkedOrganisation]:
    return reader.visible(
        Action.VIEW,
        LinkedOrganisation.objects.filter(case=case).prefetch_related(
            reader.prefetch("persons", Person.objects.all())
        ),
    )


def case_linked_addresses(reader: Reader, case: Case) -> QuerySet[LinkedAddress]:
    return reader.visible(
        Action.VIEW,
        LinkedAddress.objects.filter(case=case).prefetch_related(
            reader.prefetch("persons", Person.objects.all())
        ),
    )


@dataclass(frozen=True)
class PersonLinks:
    """What the page of one person shows around them."""

    relations: list[Relation]
    organisations: list[LinkedOrganisation]
    addresses: list[LinkedAddress]


def person_links(reader: Reader, case: Case, person: Person) -> PersonLinks:
    """The person's relations, businesses and addresses, as far as the reader may see them."""
    return PersonLinks(
        relations=list(
            case_relations(reader, case).filter(Q(from_person=person) | Q(to_person=person))
        ),
        organisations=list(case_linked_organisations(reader, case).filter(persons=person)),
        addresses=list(case_linked_addresses(reader, case).filter(persons=person)),
    )


def case_minors(reader: Reader, case: Case) -> list[Person]:
    """The minors of the network that the reader may see, by name (for the human measure)."""
    persons = case_persons(reader, case).order_by("birth_date", "last_name", "id")
    return [person for person in persons if person.is_minor]


def person_search(reader: Reader, *, query: str) -> QuerySet[Person]:
    """Persons the reader may see with the query as a word, or nearly, in their name or alias
    (trigram word similarity: "Jansen" finds "Piet Janssen", "Berg" finds "van den Berg"),
    most similar first; handed out as a search.

    A name counts as found from PostgreSQL's pg_trgm.word_similarity_threshold (0.6), the
    threshold of the `%>` operator, which the trigram indexes on the name and alias serve.
    """
    term = query.strip()
    similarity = Greatest(
        TrigramWordSimilarity(term, "searchable_name"), TrigramWordSimilarity(term, "alias")
    )
    return (
        reader.via(ReadPath.SEARCH)
        .visible(Action.VIEW, Person.objects.select_related("case__municipality"))
        .alias(searchable_name=PERSON_FULL_NAME)
        .filter(Q(searchable_name__trigram_word_similar=term) | Q(alias__trigram_word_similar=term))
        .annotate(similarity=similarity)
        .order_by("-similarity", "last_name", "id")
    )


@dataclass(frozen=True)
class KnownElsewhere:
    """Whom to contact about a person who resembles one in another case; nothing else."""

    name: str
    organisation: str
    email: str
    phone: str


NAME_SIMILARITY = 0.45
KNOWN_ELSEWHERE_PURPOSE = (
    "Controle of een persoon bekend is in een andere casus (Wet gegevensverwerking door "
    "samenwerkingsverbanden)"
)


def person_known_elsewhere(reader: Reader, person: Person) -> list[KnownElsewhere]:
    """Whom to contact about persons in other cases with the same BSN, or a similar name and
    the same birth date: that case's procesregisseur, else who registered it. Nothing of the
    other case itself.

    The one read that looks beyond the reader's cases on purpose: the matched persons are
    handed out (so logged, each in the scope of its own case, where a data-subject request for
    that case finds it) but only turned into contacts here. Empty when the reader may not see
    `person`.
    """
    if not reader.can(Action.VIEW, person):
        return []
    match = Q(bsn=person.bsn) if person.bsn else Q(pk__in=[])
    if person.birth_date:
        similar = Person.objects.annotate(
            similarity=TrigramSimilarity(
                Concat("first_name", Value(" "), "last_name"), person.full_name
            )
        ).filter(birth_date=person.birth_date, similarity__gte=NAME_SIMILARITY)
        match |= Q(pk__in=similar.values("pk"))
    matches = (
        reader.via(ReadPath.SEARCH)
        .for_purpose(KNOWN_ELSEWHERE_PURPOSE)
        .hand_out(
            Person.objects.filter(match)
            .exclude(case=person.case_id)
            .select_related(
                "case__municipality",
                "case__process_director__organisation",
                "case__created_by__organisation",
            ),
            # The other case and its regisseur serve to find the contact; the user sees neither.
            with_joined=False,
        )
    )
    contacts = set()
    for found in matches:
        director = found.case.process_director or found.case.created_by
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
