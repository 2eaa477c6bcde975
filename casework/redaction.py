"""Pseudonymising the network in free text, for readers who may not see the network.

Vierhoek members read a case's summary, its course and its interventions with their weighing,
never its network (casework/permissions.py). The structured lists of targets and minors are
closed to them by the policy; free text written by case workers, though, often names persons
("Dylan en Kevin wonen niet in de loods"). For such a reader every known name of the case's
network in free text is replaced by the person's role and initials ("[minderjarige D.B.]"), and
linked businesses, addresses and BSNs by what they are. The pseudonymised plan PDF uses the same
replacement (`pseudonymise`).

The redactor runs inside the read side (`partners.reading`), on every batch of objects handed
out, before anyone sees them.
"""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Value
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from casework.models import (
    Assessment,
    Case,
    CaseIntervention,
    CaseParticipation,
    ConditionCheck,
    Evaluation,
    InterventionStatusChange,
    LinkedAddress,
    LinkedOrganisation,
    Person,
    PersonRole,
    StatusChange,
)
from casework.models.network import ADULT_AGE
from casework.permissions import network_follows_view
from partners.policy import Action, visible
from partners.reading import Reader, mark_redacted, redactor

# The free text that readers without sight of the network read, per model.
FREE_TEXT: dict[type[models.Model], tuple[str, ...]] = {
    Case: ("title", "advice"),
    StatusChange: ("reason",),
    CaseParticipation: ("join_reason", "leave_reason"),
    CaseIntervention: ("purpose",),
    InterventionStatusChange: ("reason",),
    Assessment: (
        "proportionality",
        "subsidiarity",
        "desirability",
        "human_measure",
        "safety_measures",
        "motivation",
        "views_skip_reason",
    ),
    ConditionCheck: ("evidence",),
    Evaluation: ("what_worked", "what_did_not"),
}


def free_text(model: type[models.Model], *fields: str) -> None:
    """Declares free text of a model above casework (the meetings) in which readers without
    sight of the network read the names pseudonymised, as in the models above."""
    FREE_TEXT[model] = fields


# Structured references to the network, emptied for the same readers whatever loaded them.
TARGETS: dict[str, type[models.Model]] = {
    "target_persons": Person,
    "target_addresses": LinkedAddress,
    "target_organisations": LinkedOrganisation,
}
# Which role names a person, in this order of precedence (a minor is named as a minor).
ROLE_WORDS = (
    (PersonRole.SUBJECT, gettext_lazy("betrokkene")),
    (PersonRole.PERPETRATOR, gettext_lazy("dader")),
    (PersonRole.VICTIM, gettext_lazy("slachtoffer")),
    (PersonRole.FAMILY_MEMBER, gettext_lazy("familielid")),
)


@dataclass(frozen=True)
class NetworkPerson:
    first_name: str
    last_name: str
    alias: str = ""
    bsn: str = ""
    birth_date: datetime.date | None = None
    roles: tuple[str, ...] = ()
    # How this person is named instead, when the caller chose it ("ouder (S.K.)" in a plan).
    label: str = ""

    @property
    def initials(self) -> str:
        last = self.last_name.split()[-1] if self.last_name.split() else ""
        return "".join(f"{part[:1].upper()}." for part in (self.first_name, last) if part)

    @property
    def is_minor(self) -> bool:
        if self.birth_date is None:
            return False
        today = timezone.localdate()
        years = today.year - self.birth_date.year
        years -= (today.month, today.day) < (self.birth_date.month, self.birth_date.day)
        return years < ADULT_AGE

    @property
    def pseudonym(self) -> str:
        """Role and initials, in brackets: "[minderjarige D.B.]"."""
        if self.label:
            return self.label
        role = str(_("minderjarige") if self.is_minor else _("persoon"))
        if not self.is_minor:
            for code, word in ROLE_WORDS:
                if code in self.roles:
                    role = str(word)
                    break
        return f"[{role} {self.initials}]"


@dataclass
class Network:
    """The names of one case's network that free text may contain."""

    persons: list[NetworkPerson] = field(default_factory=list)
    businesses: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)


def _replacements(network: Network) -> dict[str, str]:
    """Every form of a name that can be recognised, lower-cased, with its replacement."""
    replacements: dict[str, str] = {}
    first_names: dict[str, set[str]] = {}
    for person in network.persons:
        first_names.setdefault(person.first_name.lower(), set()).add(person.pseudonym)
    for person in network.persons:
        full = f"{person.first_name} {person.last_name}"
        replacements[full.lower()] = person.pseudonym
        if person.alias:
            replacements[person.alias.lower()] = person.pseudonym
        # A first name alone names one person only if nobody else in the network bears it.
        same = first_names[person.first_name.lower()]
        replacements.setdefault(
            person.first_name.lower(),
            person.pseudonym if len(same) == 1 else f"[{person.first_name[:1].upper()}.]",
        )
        last_words = person.last_name.split()
        for surname in {person.last_name, last_words[-1] if last_words else ""}:
            if surname:
                replacements.setdefault(surname.lower(), f"[{surname[:1].upper()}.]")
        if person.bsn:
            replacements[person.bsn] = _("[BSN]")
    for name in network.businesses:
        replacements.setdefault(name.lower(), _("[bedrijf]"))
    for address in network.addresses:
        replacements.setdefault(address.lower(), _("[adres]"))
    # A single letter is no name to look for.
    return {key: value for key, value in replacements.items() if len(key) >= 2}


def pseudonymise(text: str, network: Network) -> str:
    """`text` with every known name of the network replaced by role and initials, every linked
    business, address and BSN by what it is. Longer names first ("Anna de Vries" before
    "Anna"); a possessive "s" goes with the name; case does not matter."""
    if not text:
        return text
    replacements = _replacements(network)
    if not replacements:
        return text
    alternatives = sorted(replacements, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(name) for name in alternatives) + r")(?:'?s)?(?!\w)",
        re.IGNORECASE,
    )
    return pattern.sub(lambda match: replacements[match.group(1).lower()], text)


# --- The redactor of the read side ----------------------------------------------------------


def networks_hidden(reader: Reader, case_ids: set[int]) -> set[int]:
    """The cases among `case_ids` whose network the reader's user may not see: from the roles
    alone where they decide it (`network_follows_view`), else from what was learnt in this
    request, else in one query for them all."""
    decided = network_follows_view(reader.user)
    if decided is not None:
        return set() if decided else set(case_ids)
    cache = reader.cache("network_visible")
    for pk in case_ids - set(cache):
        known = reader.knows_allowed(Case, pk)
        if known is not None:
            cache[pk] = Action.VIEW_NETWORK in known
    unknown = case_ids - set(cache)
    if unknown:
        shown = set(
            visible(reader.user, Action.VIEW_NETWORK, Case.objects.filter(pk__in=unknown))
            .order_by()
            .values_list("pk", flat=True)
        )
        cache.update({pk: pk in shown for pk in unknown})
    return {pk for pk in case_ids if not cache[pk]}


def networks(reader: Reader, case_ids: set[int]) -> dict[int, Network]:
    """The names of the networks of these cases, read by the read side itself (to hide them,
    not to hand them out), cached for the request."""
    cache = reader.cache("network_names")
    unknown = case_ids - set(cache)
    if unknown:
        found = {pk: Network() for pk in unknown}
        persons = Person.objects.filter(case_id__in=unknown).values_list(
            "case_id", "first_name", "last_name", "alias", "bsn", "birth_date", "roles"
        )
        for case_id, first, last, alias, bsn, born, roles in persons:
            found[case_id].persons.append(
                NetworkPerson(first, last, alias, bsn, born, tuple(roles or ()))
            )
        # Businesses and addresses in one query: both are a case id and a text.
        businesses = LinkedOrganisation.objects.filter(case_id__in=unknown).values_list(
            "case_id", "name", Value(True)
        )
        addresses = LinkedAddress.objects.filter(case_id__in=unknown).values_list(
            "case_id", "address", Value(False)
        )
        for case_id, text, is_business in businesses.union(addresses, all=True):
            (found[case_id].businesses if is_business else found[case_id].addresses).append(text)
        cache.update(found)
    return {pk: cache[pk] for pk in case_ids}


@redactor
def hide_the_network(reader: Reader, batch: Sequence[tuple[models.Model, int]]) -> None:
    """For a reader who may not see a case's network: names in free text pseudonymised, and
    the targets of interventions emptied, whatever query loaded them."""
    concerned = [(obj, case_id) for obj, case_id in batch if type(obj) in FREE_TEXT]
    if not concerned:
        return
    hidden = networks_hidden(reader, {case_id for _obj, case_id in concerned})
    if not hidden:
        return
    names = networks(reader, hidden)
    for obj, case_id in concerned:
        if case_id not in hidden:
            continue
        for name in FREE_TEXT[type(obj)]:
            setattr(obj, name, pseudonymise(getattr(obj, name), names[case_id]))
        if isinstance(obj, CaseIntervention):
            cache = obj.__dict__.setdefault("_prefetched_objects_cache", {})
            for relation, model in TARGETS.items():
                cache[relation] = model._default_manager.none()
        mark_redacted(obj)
