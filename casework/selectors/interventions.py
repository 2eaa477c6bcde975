"""Reading the interventions of a case with their weighing, course and evaluation, the
suggestions to combine, and the figures the catalogue shows."""

from dataclasses import dataclass

from django.db.models import Avg, Count, QuerySet
from django.utils.translation import gettext as _

from casework.models import (
    Case,
    CaseIntervention,
    ConditionCheck,
    InterventionStatusChange,
    LinkedAddress,
    LinkedOrganisation,
    Person,
)
from casework.selectors.cases import case_partner_organisations
from casework.selectors.network import case_minors
from interventions.models import Intervention, Kind
from interventions.usage import Usage
from partners.policy import Action
from partners.reading import Reader


def case_interventions(reader: Reader, case: Case) -> QuerySet[CaseIntervention]:
    """The interventions of the case, newest first, with what their list shows. Their targets
    are part of the network: only those the reader may see are loaded (none for vierhoek
    members, who see interventions but not the network)."""
    return reader.visible(
        Action.VIEW,
        CaseIntervention.objects.filter(case=case)
        .select_related("intervention", "responsible", "proposed_by")
        .prefetch_related(
            reader.prefetch("target_persons", Person.objects.all()),
            reader.prefetch("target_addresses", LinkedAddress.objects.all()),
            reader.prefetch("target_organisations", LinkedOrganisation.objects.all()),
        ),
    )


def case_intervention_detail(reader: Reader, case: Case) -> QuerySet[CaseIntervention]:
    """The interventions of the case with their weighing, evaluation and history: for the page
    and the API of one intervention."""
    return (
        case_interventions(reader, case)
        .select_related(
            "assessment", "evaluation", "assessment__assessed_by", "evaluation__evaluated_by"
        )
        .prefetch_related(
            "intervention__conditions",
            "intervention__lighter_alternatives",
            "assessment__lighter_considered",
            reader.prefetch(
                "assessment__checks", ConditionCheck.objects.order_by("position", "id"), scope=case
            ),
            reader.prefetch(
                "status_changes",
                InterventionStatusChange.objects.select_related("changed_by").order_by(
                    "changed_at", "id"
                ),
                scope=case,
            ),
        )
    )


@dataclass(frozen=True)
class Suggestion:
    intervention: Intervention
    reasons: list[str]


def intervention_suggestions(
    reader: Reader, case: Case, *, per_kind: int = 3
) -> dict[str, list[Suggestion]]:
    """Interventions to combine for this case, by kind (formal, informal, care, method), from
    the case's life areas, the domains taking part and the minors in its network, as far as the
    reader may see them. The user decides; interventions already on the case are left out."""
    domains = set(case_partner_organisations(reader, case).values_list("domain_id", flat=True))
    minors = bool(case_minors(reader, case))
    used = set(
        reader.visible(Action.VIEW, CaseIntervention.objects.filter(case=case)).values_list(
            "intervention_id", flat=True
        )
    )
    life_areas = set(case.life_areas)
    scored: dict[str, list[tuple[int, str, Suggestion]]] = {kind: [] for kind in Kind.values}
    candidates = Intervention.objects.exclude(pk__in=used).prefetch_related("domains")
    for candidate in candidates:
        reasons = []
        areas = life_areas & set(candidate.life_areas)
        if areas:
            reasons.append(_("past bij de leefgebieden van de casus"))
        shared = [domain for domain in candidate.domains.all() if domain.pk in domains]
        if shared:
            reasons.append(_("domein aan tafel: %(d)s") % {"d": ", ".join(str(d) for d in shared)})
        if minors and candidate.for_minors:
            reasons.append(_("er zijn minderjarigen in het netwerk"))
        score = 2 * len(areas) + len(shared) + (3 if minors and candidate.for_minors else 0)
        if areas or (minors and candidate.for_minors):
            scored[candidate.kind].append((-score, candidate.name, Suggestion(candidate, reasons)))
    return {
        kind: [suggestion for *_key, suggestion in sorted(items, key=lambda i: i[:2])][:per_kind]
        for kind, items in scored.items()
    }


def intervention_usage(intervention: Intervention) -> Usage:
    """How often the intervention was used on cases and how it was rated: figures over every
    case on purpose, for the catalogue, never a case or anything in it."""
    figures = CaseIntervention.objects.filter(intervention=intervention).aggregate(
        used=Count("pk"),
        evaluated=Count("evaluation"),
        rating=Avg("evaluation__rating"),
    )
    return Usage(
        times_used=figures["used"],
        times_evaluated=figures["evaluated"],
        average_rating=float(figures["rating"]) if figures["rating"] is not None else None,
    )
