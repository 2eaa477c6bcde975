"""The snapshot of a submitted plan: everything its PDF shows, as plain data, and its hash.

A version is rendered from its snapshot alone, so the PDF of version 3 shows what was submitted
as version 3, whatever changed in the case since. The snapshot is written in the language of
the documents (Dutch); the pseudonymised variant is derived from it by `pseudonymised()`, so both
variants come from the same hashed content.
"""

import copy
import datetime
import hashlib
import json
import re
from typing import Any

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from casework.models import (
    Assessment,
    CaseIntervention,
    LinkedAddress,
    LinkedOrganisation,
    Person,
    Relation,
    SafetyRisk,
)
from casework.models.network import ADULT_AGE, RelationKind
from casework.plans.models import Plan, PlanChild
from casework.redaction import ROLE_WORDS, Network, NetworkPerson, pseudonymise
from casework.weighing import assessment_missing
from interventions.models import Character, Kind
from partners.models import Organisation, Role, User
from partners.policy import roles_of

FORMAT = 1
RISKS = (SafetyRisk.MEDIUM, SafetyRisk.HIGH)
# A BSN, or any nine-digit number that could be one, in free text.
BSN_LIKE = re.compile(r"(?<!\d)\d{9}(?!\d)")
# Keys whose values are never free text (identifiers, dates, codes): left as they are.
NOT_TEXT = {
    "id",
    "from",
    "to",
    "kind_code",
    "birth_date",
    "deadline",
    "when",
    "at",
    "on",
    "evaluation_on",
    "number",
    "roles",
    "format",
    "age",
    "minor",
    "required",
    "shield",
    "complete",
    "legal_basis_confirmed",
    "targets_persons",
    "person",
}


def _age(born: datetime.date | None, on: datetime.date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def professional(user: User | None, organisation: Organisation | None = None) -> dict[str, str]:
    """A professional as the plan names them: their name, function and organisation; the
    pseudonymised variant and a shielded plan keep only the function and organisation."""
    if user is None:
        return {}
    roles = sorted(roles_of(user), key=list(Role).index)
    function = str(roles[0].label) if roles else _("medewerker")
    org = organisation or user.organisation
    return {
        "name": user.get_full_name() or user.username,
        "function": function,
        "organisation": org.name if org else "",
    }


def build(plan: Plan, *, user: User, at: datetime.datetime) -> dict[str, Any]:
    """The snapshot of `plan` as it is now, submitted by `user` at `at`."""
    with translation.override(settings.LANGUAGE_CODE):
        return _build(plan, user=user, at=at)


def _build(plan: Plan, *, user: User, at: datetime.datetime) -> dict[str, Any]:
    case = plan.case
    today = timezone.localdate(at)
    persons = list(Person.objects.filter(case=case))
    relations = list(Relation.objects.filter(case=case))
    addresses = {a.pk: a.address for a in LinkedAddress.objects.filter(case=case)}
    businesses = {b.pk: b.name for b in LinkedOrganisation.objects.filter(case=case)}
    actions = list(
        plan.actions.select_related(
            "case_intervention__intervention", "responsible", "responsible_person__organisation"
        ).prefetch_related(
            "case_intervention__target_persons",
            "case_intervention__target_addresses",
            "case_intervention__target_organisations",
            "case_intervention__assessment__checks",
        )
    )
    risks = (
        Assessment.objects.filter(case_intervention__case=case, safety_risk__in=RISKS)
        .select_related("case_intervention__intervention")
        .order_by("case_intervention__proposed_at")
    )
    participations = case.participations.current().select_related("organisation", "domain")
    commitments = {c.organisation_id: c.commitment for c in plan.commitments.all()}
    children = {c.person_id: c for c in plan.children.select_related("secured_by")}
    return {
        "format": FORMAT,
        "case": {
            "number": case.number,
            "title": case.title,
            "municipality": case.municipality.name,
            "status": case.get_status_display(),
            "escalation": case.get_escalation_level_display(),
            "priority": case.get_priority_display(),
            "life_areas": case.life_area_labels(),
        },
        "submitted": {"at": at.isoformat(), "by": professional(user)},
        "problem": plan.problem,
        "goals": [
            {"life_area": goal.get_life_area_display(), "goal": goal.goal}
            for goal in plan.goals.all()
        ],
        "interventions": [
            _intervention(action.case_intervention, action, addresses, businesses)
            for action in actions
        ],
        "safety": {
            "required": bool(risks),
            "shield": plan.shield_professionals,
            "risks": [
                {
                    "intervention": a.case_intervention.intervention.name,
                    "risk": a.get_safety_risk_display(),
                    "measures": a.safety_measures,
                }
                for a in risks
            ],
            "measures": plan.safety_measures,
            "checked_by": plan.safety_checked_by.name if plan.safety_checked_by else "",
        },
        "children": [
            _child(person, children.get(person.pk))
            for person in persons
            if (age := _age(person.birth_date, today)) is not None and age < ADULT_AGE
        ],
        "communication": [
            {
                "by": message.by.name,
                "audience": message.audience,
                "what": message.what,
                "when": message.when.isoformat() if message.when else "",
            }
            for message in plan.messages.select_related("by")
        ],
        "partners": [
            {
                "organisation": p.organisation.name,
                "domain": str(p.domain),
                "commitment": commitments.get(p.organisation_id, ""),
            }
            for p in participations
        ],
        "evaluation_on": plan.evaluation_on.isoformat() if plan.evaluation_on else "",
        "network": {
            "persons": [
                {
                    "id": person.pk,
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "alias": person.alias,
                    "birth_date": person.birth_date.isoformat() if person.birth_date else "",
                    "age": _age(person.birth_date, today),
                    "roles": list(person.roles),
                }
                for person in persons
            ],
            "relations": [
                {
                    "from": r.from_person_id,
                    "to": r.to_person_id,
                    "kind_code": r.kind,
                    "kind": r.get_kind_display(),
                    "valid_from": r.valid_from.isoformat() if r.valid_from else "",
                    "valid_to": r.valid_to.isoformat() if r.valid_to else "",
                }
                for r in relations
            ],
            "addresses": sorted(addresses.values()),
            "businesses": sorted(businesses.values()),
        },
    }


def _child(person: Person, row: PlanChild | None) -> dict[str, Any]:
    """A minor of the network, with what the plan says of them (empty where it says nothing)."""
    return {
        "person": person.pk,
        "safety": row.safety if row else "",
        "development": row.development if row else "",
        "secured_by": row.secured_by.name if row and row.secured_by else "",
    }


def _intervention(
    item: CaseIntervention,
    action: Any,
    addresses: dict[int, str],
    businesses: dict[int, str],
) -> dict[str, Any]:
    entry = item.intervention
    assessment: Assessment | None = getattr(item, "assessment", None)
    missing = assessment_missing(item)
    return {
        "name": entry.name,
        "kind": str(Kind(entry.kind).label),
        "formal": entry.is_formal,
        "characters": [str(Character(c).label) for c in entry.characters],
        "legal_basis": entry.legal_basis,
        "status": item.get_status_display(),
        "purpose": item.purpose,
        "targets_persons": sorted(p.pk for p in item.target_persons.all()),
        "targets_other": [
            *(addresses.get(a.pk, "") for a in item.target_addresses.all()),
            *(businesses.get(b.pk, "") for b in item.target_organisations.all()),
        ],
        "weighing": {
            "complete": not missing,
            "legal_basis_confirmed": bool(assessment and assessment.legal_basis_present),
            "safety_risk": assessment.get_safety_risk_display() if assessment else "",
            "motivation": assessment.motivation if assessment else "",
            "missing": len(missing),
        },
        "responsible": action.responsible.name,
        "person": professional(action.responsible_person, action.responsible),
        "deadline": action.deadline.isoformat() if action.deadline else "",
    }


def digest(snapshot: dict[str, Any]) -> str:
    """The SHA-256 of the snapshot in its canonical JSON form (sorted keys, no spaces)."""
    canonical = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


# --- The pseudonymised variant -----------------------------------------------------------------


def _role_word(person: dict[str, Any], relations: list[dict[str, Any]]) -> str:
    """What a person is in the family, as far as the network says: "ouder", "kind", ..."""
    pk = person["id"]
    minor = person["age"] is not None and person["age"] < ADULT_AGE
    kinds_from = {r["kind_code"] for r in relations if r["from"] == pk}
    kinds_to = {r["kind_code"] for r in relations if r["to"] == pk}
    if minor:
        return _("kind") if RelationKind.PARENT in kinds_to else _("minderjarige")
    if RelationKind.PARENT in kinds_from:
        return _("ouder")
    if RelationKind.GRANDPARENT in kinds_from:
        return _("grootouder")
    for code, word in ROLE_WORDS:
        if code in person["roles"]:
            return str(word)
    return _("persoon")


def pseudonyms(snapshot: dict[str, Any]) -> dict[int, str]:
    """Each person of the snapshot as role and initials, "ouder (S.K.)"; the same label twice
    is numbered."""
    with translation.override(settings.LANGUAGE_CODE):
        network = snapshot["network"]
        labels: dict[int, str] = {}
        for person in network["persons"]:
            initials = NetworkPerson(person["first_name"], person["last_name"]).initials
            label = f"{_role_word(person, network['relations'])} ({initials})"
            taken = sum(1 for other in labels.values() if other.startswith(label))
            labels[person["id"]] = f"{label} {taken + 1}" if taken else label
        return labels


def pseudonymised(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The snapshot for wider tables: persons as role and initials, no addresses or businesses,
    ages instead of birth dates, professionals as function and organisation, and every known
    name, address, business and BSN-like number replaced in every text."""
    result = copy.deepcopy(snapshot)
    labels = pseudonyms(snapshot)
    network = Network(
        persons=[
            NetworkPerson(p["first_name"], p["last_name"], p["alias"], label=labels[p["id"]])
            for p in snapshot["network"]["persons"]
        ],
        businesses=list(snapshot["network"]["businesses"]),
        addresses=list(snapshot["network"]["addresses"]),
    )
    result["network"]["persons"] = [
        {"id": p["id"], "label": labels[p["id"]], "age": p["age"], "roles": p["roles"]}
        for p in snapshot["network"]["persons"]
    ]
    result["network"]["addresses"] = []
    result["network"]["businesses"] = []
    result["submitted"]["by"].pop("name", None)
    result["safety"]["shield"] = True
    for item in result["interventions"]:
        item["person"].pop("name", None)
        item["targets_other"] = [_("[adres of bedrijf]") for _target in item["targets_other"]]
    result["pseudonymised"] = True

    def clean(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: clean(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [clean(v, key) for v in value]
        if isinstance(value, str) and key not in NOT_TEXT and key != "label":
            return BSN_LIKE.sub("[BSN]", pseudonymise(value, network))
        return value

    with translation.override(settings.LANGUAGE_CODE):
        cleaned: dict[str, Any] = clean(result)
    return cleaned
