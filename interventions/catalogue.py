"""Putting the catalogue's seed content (`catalogue.yaml`) into the database.

The content is a data file, read by `manage.py load_catalogue`; no migration imports it, so a
field added to the model later does not break an old migration, and lawyers can review the
text as text.
"""

import copy
import functools
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from interventions.models import Condition, Intervention
from partners.models import Domain

CATALOGUE_FILE = Path(__file__).with_name("catalogue.yaml")

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
RELATED_FIELDS = ["domains", "conditions", "lighter_alternatives", "combined_with"]


class CatalogueError(ValueError):
    """The data file says something the catalogue cannot hold; the message says where."""


def catalogue_entries(path: Path = CATALOGUE_FILE) -> list[dict[str, Any]]:
    """The entries of the data file, checked for their fields, unique slugs and references."""
    return copy.deepcopy(_parsed(path, path.stat().st_mtime_ns))


@functools.lru_cache(maxsize=4)
def _parsed(path: Path, modified: int) -> list[dict[str, Any]]:
    # Parsed once per version of the file: a process that loads the catalogue again (the tests
    # do, after a test empties the database) does not read 3,000 lines of YAML each time.
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise CatalogueError(f"{path.name} is not valid YAML: {error}") from error
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CatalogueError(f"{path.name} must hold a list under 'entries'.")
    expected = set(SCALAR_FIELDS) | set(RELATED_FIELDS)
    slugs: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        name = entry.get("slug", f"entry {number}") if isinstance(entry, dict) else number
        if not isinstance(entry, dict) or set(entry) != expected:
            given = set(entry) if isinstance(entry, dict) else set()
            missing, unknown = sorted(expected - given), sorted(given - expected)
            raise CatalogueError(f"{name}: fields missing {missing}, unknown {unknown}")
        if entry["slug"] in slugs:
            raise CatalogueError(f"{name}: this slug is used twice.")
        slugs.add(entry["slug"])
    for entry in entries:
        for field in ("lighter_alternatives", "combined_with"):
            strangers = set(entry[field]) - slugs
            if strangers:
                raise CatalogueError(f"{entry['slug']}: {field} names unknown {sorted(strangers)}")
    return entries


@transaction.atomic
def catalogue_load(path: Path = CATALOGUE_FILE) -> int:
    """Creates the entries of the data file that are missing, by slug, with their conditions,
    domains, lighter alternatives and combinations; leaves existing ones (which the functional
    manager may have edited) alone. Every new entry is validated as the admin validates it.
    Returns how many were created."""
    entries = catalogue_entries(path)
    existing = set(Intervention.objects.values_list("slug", flat=True))
    if existing >= {entry["slug"] for entry in entries}:
        return 0
    domains = {domain.code: domain for domain in Domain.objects.all()}
    created: dict[str, Intervention] = {}
    for entry in entries:
        if entry["slug"] in existing:
            continue
        unknown = set(entry["domains"]) - set(domains)
        if unknown:
            raise CatalogueError(f"{entry['slug']}: unknown domains {sorted(unknown)}")
        intervention = Intervention(**{field: entry[field] for field in SCALAR_FIELDS})
        try:
            intervention.full_clean(exclude=["updated_by"])
        except ValidationError as error:
            raise CatalogueError(f"{entry['slug']}: {error.message_dict}") from error
        intervention.save()
        intervention.domains.set([domains[code] for code in entry["domains"]])
        conditions = [
            Condition(intervention=intervention, position=position, text=text)
            for position, text in enumerate(entry["conditions"], start=1)
        ]
        for condition in conditions:
            try:
                condition.full_clean()
            except ValidationError as error:
                raise CatalogueError(f"{entry['slug']}: {error.message_dict}") from error
        Condition.objects.bulk_create(conditions)
        created[entry["slug"]] = intervention
    by_slug = {item.slug: item for item in Intervention.objects.all()}
    for entry in entries:
        new = created.get(entry["slug"])
        if new is None:
            continue
        new.lighter_alternatives.add(*(by_slug[slug] for slug in entry["lighter_alternatives"]))
        new.combined_with.add(*(by_slug[slug] for slug in entry["combined_with"]))
    return len(created)
