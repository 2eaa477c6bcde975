"""Putting the catalogue's seed content (`catalogue.yaml`) into the database.

The content is a data file, read by `manage.py load_catalogue`; no migration imports it, so a
field added to the model later does not break an old migration, and lawyers can review the
text as text.

Each entry carries a `revision`. A missing entry is created; an entry whose stored revision is
lower than the file's (a legal correction that must reach every installation) is rewritten, its
earlier text kept as a version; any other existing entry is left as the functional manager
keeps it.
"""

import copy
import datetime
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from interventions.models import Condition, Intervention, Source
from interventions.services import CONTENT_FIELDS, keep_version, note_review
from partners.models import Domain

CATALOGUE_FILE = Path(__file__).with_name("catalogue.yaml")

RELATED_FIELDS = ["domains", "conditions", "lighter_alternatives", "combined_with", "sources"]
FILE_FIELDS = ["revision", "review"]
SOURCE_FIELDS = {"kind", "title", "bwbr", "article", "ecli", "url", "checked_on"}


class CatalogueError(ValueError):
    """The data file says something the catalogue cannot hold; the message says where."""


@dataclass
class Loaded:
    """What a load did: the slugs created and the slugs rewritten to a newer revision."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


def catalogue_entries(path: Path = CATALOGUE_FILE) -> list[dict[str, Any]]:
    """The entries of the data file, checked for their fields, unique slugs and references."""
    return copy.deepcopy(_parsed(path, path.stat().st_mtime_ns))


def _check_entry(name: str, entry: dict[str, Any]) -> None:
    if not isinstance(entry.get("revision"), int) or entry["revision"] < 1:
        raise CatalogueError(f"{name}: revision must be a whole number from 1.")
    review = entry["review"]
    if review is not None and (
        not isinstance(review, dict)
        or set(review) != {"date", "by"}
        or not isinstance(review["date"], datetime.date)
        or not isinstance(review["by"], str)
        or not 0 < len(review["by"].strip()) <= 150
    ):
        raise CatalogueError(
            f"{name}: review must be null or {{date: <date>, by: <function, 150 characters "
            "at most>}}."
        )
    if not isinstance(entry["sources"], list):
        raise CatalogueError(f"{name}: sources must be a list.")
    for source in entry["sources"]:
        if not isinstance(source, dict) or set(source) != SOURCE_FIELDS:
            raise CatalogueError(f"{name}: each source has exactly {sorted(SOURCE_FIELDS)}.")
        checked = source["checked_on"]
        if checked is not None and not isinstance(checked, datetime.date):
            raise CatalogueError(f"{name}: checked_on must be a date or null.")


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
    expected = set(CONTENT_FIELDS) | set(RELATED_FIELDS) | set(FILE_FIELDS)
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
        _check_entry(str(name), entry)
    for entry in entries:
        for key in ("lighter_alternatives", "combined_with"):
            strangers = set(entry[key]) - slugs
            if strangers:
                raise CatalogueError(f"{entry['slug']}: {key} names unknown {sorted(strangers)}")
    return entries


def _validated(slug: str, obj: Any, **options: Any) -> None:
    try:
        obj.full_clean(**options)
    except ValidationError as error:
        raise CatalogueError(f"{slug}: {error.message_dict}") from error


def _write(
    entry: dict[str, Any], existing: Intervention | None, domains: dict[str, Domain]
) -> Intervention:
    slug = entry["slug"]
    unknown = set(entry["domains"]) - set(domains)
    if unknown:
        raise CatalogueError(f"{slug}: unknown domains {sorted(unknown)}")
    if existing is None:
        intervention = Intervention()
    else:
        intervention = existing
        intervention.version = keep_version(existing, user=None)
        intervention.updated_by = None
    for name in CONTENT_FIELDS:
        setattr(intervention, name, entry[name])
    intervention.seed_revision = entry["revision"]
    _validated(slug, intervention, exclude=["updated_by"])
    intervention.save()
    intervention.domains.set([domains[code] for code in entry["domains"]])
    intervention.conditions.all().delete()
    conditions = [
        Condition(intervention=intervention, position=position, text=text)
        for position, text in enumerate(entry["conditions"], start=1)
    ]
    sources = [
        Source(
            intervention=intervention,
            position=position,
            kind=source["kind"],
            title=source["title"],
            bwbr_id=source["bwbr"] or "",
            article=source["article"] or "",
            ecli=source["ecli"] or "",
            url=source["url"] or "",
            checked_on=source["checked_on"],
        )
        for position, source in enumerate(entry["sources"], start=1)
    ]
    for item in (*conditions, *sources):
        _validated(slug, item)
    Condition.objects.bulk_create(conditions)
    intervention.sources.all().delete()
    Source.objects.bulk_create(sources)
    review = entry["review"]
    if review is not None:
        note_review(
            intervention, reviewed_on=review["date"], reviewer_function=review["by"], user=None
        )
    return intervention


@transaction.atomic
def catalogue_load(path: Path = CATALOGUE_FILE) -> Loaded:
    """Creates the entries of the data file that are missing and rewrites those whose revision
    in the file is newer than the stored one, with their conditions, sources, domains, lighter
    alternatives, combinations and review. Every entry is validated as the admin validates it."""
    entries = catalogue_entries(path)
    stored = dict(Intervention.objects.values_list("slug", "seed_revision"))
    due = [
        entry
        for entry in entries
        if entry["slug"] not in stored or stored[entry["slug"]] < entry["revision"]
    ]
    loaded = Loaded()
    if not due:
        return loaded
    domains = {domain.code: domain for domain in Domain.objects.all()}
    by_slug = {item.slug: item for item in Intervention.objects.filter(slug__in=stored)}
    written: dict[str, Intervention] = {}
    for entry in due:
        existing = by_slug.get(entry["slug"])
        written[entry["slug"]] = _write(entry, existing, domains)
        (loaded.updated if existing else loaded.created).append(entry["slug"])
    by_slug = {item.slug: item for item in Intervention.objects.all()}
    # "Combined with" is symmetrical: setting it on a rewritten entry also changes the other
    # end. Between rewritten entries the file decides (what either names); a link to an entry
    # that is not rewritten stays as the functional manager keeps it on that entry.
    named_by: dict[str, set[str]] = {}
    for entry in due:
        for other in entry["combined_with"]:
            named_by.setdefault(other, set()).add(entry["slug"])
    for entry in due:
        intervention = written[entry["slug"]]
        intervention.lighter_alternatives.set(
            [by_slug[slug] for slug in entry["lighter_alternatives"]]
        )
        if entry["slug"] in loaded.created:
            combined = set(entry["combined_with"])
        else:
            combined = {slug for slug in entry["combined_with"] if slug in written} | {
                slug
                for slug in intervention.combined_with.values_list("slug", flat=True)
                if slug not in written
            }
        combined |= named_by.get(entry["slug"], set())
        intervention.combined_with.set([by_slug[slug] for slug in sorted(combined)])
    return loaded
