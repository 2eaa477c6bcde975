"""Publishing the figures: once a day the worker takes a copy of every place's figures of every
year and decides, level by level, what the pages may show.

Each municipality's tables hide what their own counts require (`suppression.py`). A region is
the sum of its municipalities, and one may see both: a researcher every municipality, a
vierhoek member their own and the region. A region's number minus what its municipalities show
is what their hidden numbers hold together; `suppress_across` hides the region's number when
that would be a count under five or pin a hidden number down, and the region's tables then hide
what that in turn requires. The country is done the same way over the regions.

The pages show only what was published (`Publication`), never the figures as they are this
minute: two looks at a page a minute apart would otherwise show a single family's step. Between
two publications lies a day of every place's work.
"""

import datetime
import time
from collections import defaultdict
from typing import Any

from django.db import connection, transaction
from django.db.models import Min, Sum
from django.utils import timezone

from casework.insight.grids import STOCKS, Sums, build, suppress_place
from casework.insight.models import Figure, Publication, Scope, State
from casework.insight.suppression import Grid, Key, suppress_across
from partners.models import Domain, Municipality

Place = tuple[int, int]  # (scope, scope_id)
COUNTRY: Place = (Scope.COUNTRY, 0)


def _sums_of_year(year: int) -> dict[Place, Sums]:
    rows: dict[Place, list[Any]] = defaultdict(list)
    figures = Figure.objects.filter(
        month__gte=datetime.date(year, 1, 1), month__lte=datetime.date(year, 12, 1)
    ).values_list("scope", "scope_id", "measure", "key", "detail", "month__month", "n", "total")
    for scope, scope_id, *row in figures.iterator(chunk_size=10_000):
        rows[(scope, scope_id)].append(row)
    before: dict[Place, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    stock = (
        Figure.objects.filter(measure__in=STOCKS, month__lt=datetime.date(year, 1, 1))
        .values("scope", "scope_id", "measure", "key")
        .annotate(sum=Sum("n"))
        .values_list("scope", "scope_id", "measure", "key", "sum")
    )
    for scope, scope_id, measure, key, n in stock:
        before[(scope, scope_id)][measure][key] = n
    return {place: Sums(rows.get(place, []), before.get(place, {})) for place in {*rows, *before}}


def _publish_year(
    year: int, today: datetime.date, regions: dict[int, list[int]], domains: list[str]
) -> list[Publication]:
    sums = _sums_of_year(year)
    grids: dict[Place, dict[str, Grid]] = {}

    def grids_of(place: Place) -> dict[str, Grid]:
        if place not in grids:
            grids[place] = build(sums.get(place, Sums([], {})), year, today, domains)
        return grids[place]

    extra: dict[Place, set[tuple[str, Key]]] = defaultdict(set)

    def across(total: Place, parts: list[Place], finer: list[list[Place]] | None = None) -> None:
        """Hides in `total` what its suppressed `parts` (and theirs, `finer`) require, until
        nothing changes."""
        suppress_place(grids_of(total))
        members = [grids_of(part) for part in parts]
        pieces = [[grids_of(piece) for piece in inner] for inner in finer or []]
        while True:
            found = {
                (name, key)
                for name, grid in grids_of(total).items()
                for key in suppress_across(
                    grid,
                    [member[name] for member in members],
                    [[piece[name] for piece in inner] for inner in pieces],
                )
            }
            if not found:
                return
            extra[total] |= found
            suppress_place(grids_of(total), found)

    for municipalities in regions.values():
        for municipality in municipalities:
            suppress_place(grids_of((Scope.MUNICIPALITY, municipality)))
    for region, municipalities in regions.items():
        across((Scope.REGION, region), [(Scope.MUNICIPALITY, m) for m in municipalities])
    across(
        COUNTRY,
        [(Scope.REGION, region) for region in regions],
        [[(Scope.MUNICIPALITY, m) for m in municipalities] for municipalities in regions.values()],
    )

    published_at = timezone.now()
    return [
        Publication(
            scope=scope,
            scope_id=scope_id,
            year=year,
            sums=place_sums.snapshot(),
            hidden=sorted(([name, *key] for name, key in extra[(scope, scope_id)]), key=str),
            as_of=today,
            published_at=published_at,
        )
        for (scope, scope_id), place_sums in sums.items()
    ]


def publish(today: datetime.date | None = None) -> float:
    """Publishes every year with figures; returns the seconds it took."""
    started = time.perf_counter()
    today = today or timezone.localdate()
    inside = connection.in_atomic_block
    with transaction.atomic():
        # One snapshot for all of it: a refresh committing meanwhile must not make one year's
        # figures disagree with the next year's, or a region's with its municipalities'. (A
        # caller's transaction, in a test, has chosen its own.)
        if not inside:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        first = Figure.objects.aggregate(first=Min("month"))["first"]
        regions: dict[int, list[int]] = defaultdict(list)
        for municipality, region in Municipality.objects.values_list("pk", "region_id"):
            regions[region].append(municipality)
        domains = list(Domain.objects.order_by("position").values_list("code", flat=True))
        years = range(first.year, today.year + 1) if first else range(0)
        publications = [p for year in years for p in _publish_year(year, today, regions, domains)]
        Publication.objects.all().delete()
        Publication.objects.bulk_create(publications, batch_size=500)
        State.objects.update_or_create(pk=1, defaults={"published_at": timezone.now()})
    return time.perf_counter() - started
