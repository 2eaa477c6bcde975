"""Reading the family network of a case: persons, relations, linked businesses and addresses,
the minors, name search, and whom to ask about a person known in another case."""

import datetime
import re
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity, TrigramWordSimilarity
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, Q, QuerySet, Value
from django.db.models.functions import Concat, Greatest
from django.http import Http404
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from casework.models import (
    PERSON_FULL_NAME,
    Case,
    LinkedAddress,
    LinkedOrganisation,
    NameVocabulary,
    NetworkChange,
    NetworkItem,
    Person,
    PersonRole,
    Relation,
    RelationKind,
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


def case_relation(reader: Reader, case: Case, pk: int) -> Relation:
    """One relation of the case's network, or 404."""
    try:
        return case_relations(reader, case).get(pk=pk)
    except Relation.DoesNotExist as missing:
        raise Http404 from missing


def case_linked_organisation(reader: Reader, case: Case, pk: int) -> LinkedOrganisation:
    try:
        return case_linked_organisations(reader, case).get(pk=pk)
    except LinkedOrganisation.DoesNotExist as missing:
        raise Http404 from missing


def case_linked_address(reader: Reader, case: Case, pk: int) -> LinkedAddress:
    try:
        return case_linked_addresses(reader, case).get(pk=pk)
    except LinkedAddress.DoesNotExist as missing:
        raise Http404 from missing


def network_history(reader: Reader, case: Case) -> QuerySet[NetworkChange]:
    """The corrections of the case's network, newest first, if the reader sees the network."""
    return reader.visible(
        Action.VIEW, NetworkChange.objects.filter(case=case).select_related("changed_by")
    )


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# What a history line calls the fields that are not fields of the models.
_HISTORY_FIELDS = {"persons": _("betrokken personen")}
_HISTORY_MODELS = {
    NetworkItem.PERSON: Person,
    NetworkItem.RELATION: Relation,
    NetworkItem.ORGANISATION: LinkedOrganisation,
    NetworkItem.ADDRESS: LinkedAddress,
}


def change_lines(change: NetworkChange) -> list[str]:
    """Each change of a correction as a line in the reader's language: the field's name is
    stored as its code and translated here; a kind or role as its label."""
    model = _HISTORY_MODELS[NetworkItem(change.item)]
    lines = []
    for entry in change.changes:
        field = entry.get("field", "")
        if field == "relations":
            if entry.get("before") not in ("", "0"):
                lines.append(
                    str(_("Vervallen relaties: %(count)s")) % {"count": entry.get("before")}
                )
            continue
        if field == "merged_with":
            lines.append(
                str(_("Samengevoegd met de registratie van %(initials)s"))
                % {"initials": entry.get("before")}
            )
            continue
        if field in _HISTORY_FIELDS:
            label = str(_HISTORY_FIELDS[field])
        else:
            try:
                label = str(getattr(model._meta.get_field(field), "verbose_name", field))
            except FieldDoesNotExist:
                label = field
        before = _display_value(model, field, entry.get("before", "")) or "—"
        after = _display_value(model, field, entry.get("after", "")) or "—"
        lines.append(f"{label[:1].upper()}{label[1:]}: {before} → {after}")
    return lines


def change_label(change: NetworkChange) -> str:
    """What a history line is about, in the reader's language (a relation's kind is stored as
    its code)."""
    if change.item == NetworkItem.RELATION and change.label.count("\t") == 2:
        left, kind, right = change.label.split("\t")
        shown = RelationKind(kind).label if kind in RelationKind.values else kind
        return f"{left} {shown} {right}"
    return change.label


def _display_value(model: type[Model], field: str, value: str) -> str:
    if ISO_DAY.fullmatch(value):
        return date_format(datetime.date.fromisoformat(value), "SHORT_DATE_FORMAT")
    if field == "kind" and value in RelationKind.values:
        return str(RelationKind(value).label)
    if field == "roles":
        return ", ".join(
            str(PersonRole(role).label) if role in PersonRole.values else role
            for role in value.split(", ")
            if role
        )
    return value


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


# Words that join the parts of a Dutch name ("van der", "ter") find half the country; a search
# for "van den Berg" looks for "Berg". A query of such words alone is searched as it is.
NAME_PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op", "'s", "von", "la"}
)
# Names of the vocabulary compared with one typed word: the most similar first. More would only
# add persons whose name hardly resembles what was typed.
NAMES_PER_WORD = 20


def name_words(query: str) -> list[str]:
    """The words of a name search that say something: particles and single letters left out."""
    words = [word for word in re.findall(r"[\w'’-]+", query) if len(word) >= 2]
    significant = [word for word in words if word.lower() not in NAME_PARTICLES]
    return (significant or words)[:4]


# When the typed word is a name (or a word of one, "Berg" in "van den Berg"), only names that
# close are taken: "Akkerman" is no misspelling of an existing "Akker".
NAME_SIMILARITY_NEXT_TO_EXACT = 0.8


def similar_names(reader: Reader, word: str) -> list[str]:
    """Names in any network that are `word`, or nearly, most similar first: compared with the
    vocabulary by the `%>` operator, which its trigram index serves. Its threshold is the
    connection's pg_trgm.word_similarity_threshold, 0.5 (config/settings/base.py: one letter
    off in a name of eight, "Verhoven" for "Verhoeven"). When some name holds the word
    exactly, only names nearly as close count. Names only, for the exact lookup that follows;
    remembered for the request, which asks twice (the case list and the persons found)."""
    cache = reader.cache("similar_names")
    if word not in cache:
        found = list(
            NameVocabulary.objects.filter(name__trigram_word_similar=word)
            .annotate(similarity=TrigramWordSimilarity(word, "name"))
            .order_by("-similarity", "name")
            .values_list("name", "similarity")[:NAMES_PER_WORD]
        )
        exact = bool(found) and found[0][1] >= 1
        cache[word] = [
            name
            for name, similarity in found
            if not exact or similarity >= NAME_SIMILARITY_NEXT_TO_EXACT
        ]
    names: list[str] = cache[word]
    return names


def person_search(reader: Reader, *, query: str) -> QuerySet[Person]:
    """Persons the reader may see whose first name, last name or alias is each word of the
    query, or nearly ("Jansen" finds "Piet Janssen", "Berg" finds "van den Berg", "Verhoven"
    finds "Verhoeven"), most similar first; handed out as a search.

    Two steps, so the fuzzy part stays small at national scale: the words are compared with the
    vocabulary of names (a few thousand), then persons are looked up by the names found, with
    exact indexes and through the policy.
    """
    term = query.strip()
    words = name_words(term)
    persons = reader.via(ReadPath.SEARCH).visible(
        Action.VIEW, Person.objects.select_related("case__municipality")
    )
    if not words:
        return persons.none()
    for word in words:
        names = similar_names(reader, word)
        if not names:
            return persons.none()
        persons = persons.filter(
            Q(last_name__in=names) | Q(first_name__in=names) | Q(alias__in=names)
        )
    similarity = Greatest(
        TrigramWordSimilarity(term, "searchable_name"), TrigramWordSimilarity(term, "alias")
    )
    return (
        persons.alias(searchable_name=PERSON_FULL_NAME)
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
                name=str(_("uzelf: u voert die casus"))
                if director.pk == reader.user.pk
                else str(director),
                organisation=str(organisation) if organisation else "",
                email=director.email,
                phone=organisation.phone if organisation else "",
            )
        )
    return sorted(contacts, key=lambda contact: contact.name)
