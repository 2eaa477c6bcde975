"""Putting the seed content of the catalogue (`catalogue_data`) into the database."""

from typing import Any

SCALAR_FIELDS = [
    "slug",
    "name",
    "kind",
    "characters",
    "summary",
    "description",
    "legal_law",
    "legal_article",
    "legal_url",
    "deciders",
    "life_areas",
    "for_minors",
    "information_needed",
    "typical_duration",
    "safety_notes",
    "pyramid_level",
    "origin",
    "origin_note",
    "sources",
]


def catalogue_ensure(intervention_model: Any, condition_model: Any, domain_model: Any) -> int:
    """Creates the seeded interventions that are missing, by slug, with their conditions,
    domains, lighter alternatives and combinations; leaves existing ones (which the functional
    manager may have edited) alone. Returns how many were created.

    Takes the models as arguments so that a data migration can pass its historical models.
    """
    from interventions.catalogue_data import ENTRIES

    domains = {domain.code: domain for domain in domain_model.objects.all()}
    existing = set(intervention_model.objects.values_list("slug", flat=True))
    created = {}
    for entry in ENTRIES:
        if entry["slug"] in existing:
            continue
        intervention = intervention_model.objects.create(
            **{field: entry[field] for field in SCALAR_FIELDS}
        )
        intervention.domains.set([domains[code] for code in entry["domains"]])
        condition_model.objects.bulk_create(
            condition_model(intervention=intervention, position=position, text=text)
            for position, text in enumerate(entry["conditions"], start=1)
        )
        created[entry["slug"]] = intervention
    by_slug = {item.slug: item for item in intervention_model.objects.all()}
    for entry in ENTRIES:
        intervention = created.get(entry["slug"])
        if intervention is None:
            continue
        intervention.lighter_alternatives.add(
            *(by_slug[slug] for slug in entry["lighter_alternatives"] if slug in by_slug)
        )
        intervention.combined_with.add(
            *(by_slug[slug] for slug in entry["combined_with"] if slug in by_slug)
        )
    return len(created)
