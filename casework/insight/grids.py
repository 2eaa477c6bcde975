"""The figures of one place and year as grids of counts, each count under five hidden
(`suppression.py`): what the worker publishes (`publication.py`) and the pages show
(`selectors/figures.py`, which gives the grids their labels and charts).

A grid is built from `Sums`, a copy of the place's figures of the year: the worker takes that
copy when it publishes, and the page builds the same grids from it again, so the numbers a page
shows are those the worker checked against the other places.
"""

import datetime
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from django.utils.translation import gettext_lazy

from casework.insight.models import Measure
from casework.insight.suppression import TOTAL, Grid, Key, suppress_linked
from casework.models import CaseStatus, EscalationLevel, Outcome
from interventions.models import Character, Kind

CLOSED = (CaseStatus.CLOSED, CaseStatus.NOT_FOR_ZVH)
OPEN_STATUSES = [status for status in CaseStatus if status not in CLOSED]
APPROACHES = {
    "proactief": gettext_lazy(
        "Proactief: zorg vóór of op de dag van de eerste veiligheidsinterventie"
    ),
    "reactief": gettext_lazy("Reactief: zorg na de eerste veiligheidsinterventie"),
    "zonder_zorg": gettext_lazy("Nog geen zorg aan tafel"),
}
FORMAL = {
    "besloten": gettext_lazy("Besloten"),
    "afgezien": gettext_lazy("Afgezien (ingetrokken voor een besluit)"),
    "lopend": gettext_lazy("Nog in afweging"),
}
STEPS = {
    "overleg": gettext_lazy("Van signaal tot eerste overleg"),
    "plan": gettext_lazy("Van signaal tot plan van aanpak"),
    "vastgesteld": gettext_lazy("Van signaal tot vastgesteld door de gezagsvierhoek"),
}
DOMAIN_COUNTS = {"1": "1", "2": "2", "3": "3", "4": "4", "5": gettext_lazy("5 of meer")}
# The follow-up measure's windows: months after the intervention, and the day (counted from
# the cohort's year) on which the window has passed for the whole cohort.
WINDOWS = ((6, (1, 7, 1)), (12, (2, 1, 1)))

# A figure row: measure, key, detail, month (1 to 12), n, total.
FigureRow = tuple[str, str, int, int, int, int]
# Measures counted as flows (+1 in, -1 out): summed up to a moment they give a stock.
STOCKS = (Measure.STATUS, Measure.ESCALATION_OPEN)


class Sums:
    """A place's figures of one year, by measure, key, detail and quarter; for the stocks, the
    flows of every month before the year summed (`before`: measure, key)."""

    def __init__(self, rows: Iterable[Sequence[Any]], before: dict[str, dict[str, int]]) -> None:
        self.rows: list[FigureRow] = [
            (str(m), str(k), int(d), int(month), int(n), int(t)) for m, k, d, month, n, t in rows
        ]
        self.before = {
            str(measure): {str(key): int(n) for key, n in keys.items()}
            for measure, keys in before.items()
        }
        self.values: dict[tuple[str, str, int, int], int] = defaultdict(int)
        self.totals: dict[tuple[str, str, int, int], int] = defaultdict(int)
        self.months: dict[tuple[str, str, int], int] = defaultdict(int)
        for measure, key, detail, month, n, total in self.rows:
            quarter = (month - 1) // 3
            self.values[(measure, key, detail, quarter)] += n
            self.totals[(measure, key, detail, quarter)] += total
            if measure in STOCKS:
                self.months[(measure, key, month)] += n
        self.details = sorted({detail for (_m, _k, detail, _q) in self.values if detail})

    def snapshot(self) -> dict[str, Any]:
        return {"rows": [list(row) for row in self.rows], "before": self.before}

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> "Sums":
        return cls(data.get("rows", []), data.get("before", {}))

    def stock(self, measure: str, key: str, quarter: int) -> int:
        """The flows of the measure's key summed up to the quarter's end."""
        return self.before.get(measure, {}).get(key, 0) + sum(
            self.months.get((measure, key, m), 0) for m in range(1, 3 * quarter + 4)
        )

    def get(self, measure: str, key: str, quarter: int, detail: int = 0) -> int:
        return self.values.get((measure, key, detail, quarter), 0)

    def year(self, measure: str, key: str, detail: int = 0) -> int:
        return sum(self.get(measure, key, q, detail) for q in range(4))

    def sum_total(self, measure: str, key: str, quarters: Iterable[int], detail: int = 0) -> int:
        return sum(self.totals.get((measure, key, detail, q), 0) for q in quarters)


def started_quarters(year: int, today: datetime.date) -> int:
    return 4 if year < today.year else (today.month - 1) // 3 + 1


def complete_windows(year: int, today: datetime.date) -> list[int]:
    """The follow-up windows (in months) that have passed for the whole cohort of `year`."""
    return [
        months
        for months, (years_on, month, day) in WINDOWS
        if today >= datetime.date(year + years_on, month, day)
    ]


def follow_up_parts(year: int, today: datetime.date) -> list[str]:
    """The parts of a cohort row, adding up to the cohort: a new signal within 6 months,
    between 6 and 12, none. Nothing of the cohort is shown before both windows have passed: a
    cohort shown earlier, beside its parts shown later, would give a hidden part away (the
    counts within 6 and within 12 are nested for the same reason)."""
    return ["6", "12", "geen12"] if len(complete_windows(year, today)) == len(WINDOWS) else []


def _quarter_grid(
    sums: Sums,
    measure: str,
    keys: Sequence[Hashable],
    columns: list[int],
    *,
    column_totals: bool = True,
    groups: dict[Any, int] | None = None,
) -> Grid:
    """The measure's counts per key and quarter; `groups` the size of the group a quarter's
    counts lie in when another table holds it (the cases registered, for instance)."""
    if groups is not None:
        groups = {**groups, TOTAL: sum(groups.values())}
    return Grid(
        rows=list(keys),
        columns=columns,
        values={(key, q): sums.get(measure, str(key), q) for key in keys for q in columns},
        column_totals=column_totals,
        column_groups=groups or {},
    )


def _stock(sums: Sums, measure: str, keys: Sequence[str], columns: list[int]) -> Grid:
    """Open cases per key at each quarter's end: the flows summed up to that moment."""
    values: dict[Key, int] = {
        (key, q): sums.stock(measure, key, q) for key in keys for q in columns
    }
    return Grid(list(keys), columns, values, row_totals=False)


def evaluated(sums: Sums) -> list[int]:
    return [
        d
        for d in sums.details
        if any(sums.year(Measure.EVALUATION, str(outcome.value), d) for outcome in Outcome)
    ]


def carried_out(sums: Sums) -> list[int]:
    return [d for d in sums.details if sums.year(Measure.FOLLOW_UP, "uitgevoerd", d)]


def _follow_up(sums: Sums, year: int, today: datetime.date) -> Grid:
    parts = follow_up_parts(year, today)
    carried = carried_out(sums)
    values: dict[Key, int] = {}
    for detail in carried:
        cohort = sums.year(Measure.FOLLOW_UP, "uitgevoerd", detail)
        six = sums.year(Measure.FOLLOW_UP, "signaal_6", detail)
        twelve = sums.year(Measure.FOLLOW_UP, "signaal_12", detail)
        counted = {"6": six, "12": twelve - six, "geen12": cohort - twelve}
        for part in parts:
            values[(detail, part)] = counted[part]
    return Grid(carried, parts, values, column_totals=False, row_totals=bool(parts))


def build(sums: Sums, year: int, today: datetime.date, domains: Sequence[str]) -> dict[str, Grid]:
    """The grids of a place's year, nothing hidden yet (see `suppress_place`)."""
    columns = list(range(started_quarters(year, today)))
    kinds = [kind.value for kind in Kind]
    proposed = {q: sum(sums.get(Measure.KIND, kind, q) for kind in kinds) for q in columns}
    registered = {q: sums.get(Measure.REGISTERED, "", q) for q in columns}
    outcomes = [outcome.value for outcome in Outcome]
    rated = evaluated(sums)
    return {
        "status": _stock(sums, Measure.STATUS, [status.value for status in OPEN_STATUSES], columns),
        "escalatie": _stock(
            sums,
            Measure.ESCALATION_OPEN,
            [str(level.value) for level in EscalationLevel],
            columns,
        ),
        "aangemeld": _quarter_grid(
            sums, Measure.ESCALATION, [str(level.value) for level in EscalationLevel], columns
        ),
        "domeinen": _quarter_grid(sums, Measure.DOMAIN_COUNT, list(DOMAIN_COUNTS), columns),
        "aanpak": _quarter_grid(sums, Measure.APPROACH, list(APPROACHES), columns),
        "soort": _quarter_grid(sums, Measure.KIND, kinds, columns),
        "formeel": _quarter_grid(sums, Measure.FORMAL, list(FORMAL), columns),
        "karakter": _quarter_grid(
            sums,
            Measure.CHARACTER,
            [character.value for character in Character],
            columns,
            column_totals=False,
            groups=proposed,
        ),
        "doorlooptijd": Grid(
            list(STEPS),
            columns,
            {(step, q): sums.get(Measure.DURATION, step, q) for step in STEPS for q in columns},
            column_totals=False,
        ),
        "domein": _quarter_grid(
            sums, Measure.DOMAIN, list(domains), columns, column_totals=False, groups=registered
        ),
        "evaluaties": Grid(
            rated,
            outcomes,
            {
                (d, key): sums.year(Measure.EVALUATION, str(key), d)
                for d in rated
                for key in outcomes
            },
        ),
        "vervolgmeting": _follow_up(sums, year, today),
    }


def _links(grids: dict[str, Grid]) -> list[list[tuple[Grid, Key]]]:
    """Numbers two tables both show: the open cases at a quarter's end (the total per status
    and per escalation level), the cases registered (the total of the escalation levels and of
    the domain counts), and the formal instruments considered (a row of the kinds and the total
    of their course)."""
    columns = [*grids["aangemeld"].columns, TOTAL]
    registered, counts = grids["aangemeld"], grids["domeinen"]
    kinds, formal = grids["soort"], grids["formeel"]
    statuses, levels = grids["status"], grids["escalatie"]
    return [
        *([(statuses, (TOTAL, q)), (levels, (TOTAL, q))] for q in statuses.columns),
        *([(registered, (TOTAL, q)), (counts, (TOTAL, q))] for q in columns),
        *([(kinds, (Kind.FORMAL.value, q)), (formal, (TOTAL, q))] for q in columns),
    ]


# The tables whose column groups another table counts: (table, the table holding the group).
GROUPED = (("karakter", "soort"), ("domein", "aangemeld"))


def suppress_place(
    grids: dict[str, Grid], extra: Iterable[tuple[str, Key]] = ()
) -> dict[str, Grid]:
    """Hides what the place's own grids require, and `extra`: the numbers hidden because of
    what other places show (`publication.py`); returns the grids.

    Beside the links: where a group (the proposed interventions, the registered cases) is
    hidden in its table, a count equal to it is hidden in the table counted within it; and
    where a count of domains at the table is hidden, so is the largest count of a domain in
    that quarter (the domains of all cases add up to the cases times their number of domains)."""
    for name, key in extra:
        grids[name].hidden.add(key)
    links = _links(grids)
    counts, domains = grids["domeinen"], grids["domein"]
    while True:
        suppress_linked(list(grids.values()), links)
        changed = False
        for name, source in GROUPED:
            grid = grids[name]
            hidden = {q for q in grid.column_groups if (TOTAL, q) in grids[source].hidden}
            if not hidden <= grid.hidden_groups:
                grid.hidden_groups |= hidden
                changed = True
        for q in [*counts.columns, TOTAL]:
            if domains.rows and any((row, q) in counts.hidden for row in counts.rows):
                largest = max(((row, q) for row in domains.rows), key=domains.values.__getitem__)
                if largest not in domains.hidden:
                    domains.hidden.add(largest)
                    changed = True
        if not changed:
            return grids
