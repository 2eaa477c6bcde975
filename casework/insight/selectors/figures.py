"""The insight of one place (a municipality, a region, the country) over one calendar year: the
tables of figures, each with its chart, every count under five hidden (`suppression.py`).

Everything is read from `Figure` (the sums kept by Celery) through the reader and the policy:
two small queries per page, whatever the number of cases behind them.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.db.models import Sum
from django.http import Http404
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from casework.insight.models import Figure, Measure, Scope, State
from casework.insight.permissions import Reach, reach
from casework.insight.suppression import THRESHOLD, TOTAL, Grid, suppress, suppress_linked
from casework.models import CaseStatus, EscalationLevel, Outcome
from interventions.models import Character, Intervention, Kind
from partners.models import Domain
from partners.policy import Action
from partners.reading import Reader

HIDDEN = "< 5"
# A total (or a number shown elsewhere) hidden because a count under five is in it.
PROTECTED = "×"
NONE = "–"
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


@dataclass(frozen=True)
class Place:
    scope: Scope
    id: int
    name: str

    @property
    def kind(self) -> str:
        return str(Scope(self.scope).label)

    @property
    def value(self) -> str:
        """The place as chosen in a form: "gemeente-12"."""
        return f"{self.slug}-{self.id}"

    @property
    def slug(self) -> str:
        return {Scope.COUNTRY: "nederland", Scope.REGION: "regio", Scope.MUNICIPALITY: "gemeente"}[
            Scope(self.scope)
        ]


@dataclass
class Cell:
    value: float | None
    text: str


@dataclass
class Row:
    label: str
    cells: list[Cell]
    total: bool = False


@dataclass
class Table:
    slug: str
    title: str
    explanation: str
    columns: list[str]
    rows: list[Row]
    chart: dict[str, object]
    unit: str = ""
    note: str = ""

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass
class Insight:
    place: Place
    year: int
    quarters: list[str]
    tables: list[Table] = field(default_factory=list)
    refreshed_at: datetime.datetime | None = None


# --- Places ------------------------------------------------------------------------------


def places(user_reach: Reach) -> dict[str, list[Place]]:
    """The places the user may choose, by kind."""
    return {
        "country": [Place(Scope.COUNTRY, 0, _("Nederland"))] if user_reach.country else [],
        "regions": [
            Place(Scope.REGION, pk, name)
            for pk, name in user_reach.regions.values_list("pk", "name")
        ],
        "municipalities": [
            Place(Scope.MUNICIPALITY, pk, name)
            for pk, name in user_reach.municipalities.values_list("pk", "name")
        ],
    }


def place_for(reader: Reader, kind: str, pk: int = 0) -> Place:
    """The place asked for, when the user may see it (404 otherwise: whether a place exists
    that one may not see is not told)."""
    own = reach(reader.user)
    if kind == "nederland" and own.country:
        return Place(Scope.COUNTRY, 0, _("Nederland"))
    if kind == "regio":
        region = own.regions.filter(pk=pk).values_list("name", flat=True).first()
        if region is not None:
            return Place(Scope.REGION, pk, region)
    if kind == "gemeente":
        municipality = own.municipalities.filter(pk=pk).values_list("name", flat=True).first()
        if municipality is not None:
            return Place(Scope.MUNICIPALITY, pk, municipality)
    raise Http404


def default_place(reader: Reader) -> Place | None:
    """Where the insight pages open: the user's own municipality, else region, else country."""
    own = reach(reader.user)
    municipality = own.municipalities.order_by("name").values_list("pk", "name").first()
    if municipality and not own.country:
        return Place(Scope.MUNICIPALITY, *municipality)
    if own.country:
        return Place(Scope.COUNTRY, 0, _("Nederland"))
    return None


# --- Formatting --------------------------------------------------------------------------


def count_text(value: float | None) -> str:
    return HIDDEN if value is None else number_format(int(value), force_grouping=True)


def _count(value: float | None) -> Cell:
    return Cell(value, count_text(value))


def _cell(grid: Grid, row: Hashable, column: Hashable) -> Cell:
    value = grid.shown(row, column)
    if value is None:
        return Cell(None, HIDDEN if grid.small(row, column) else PROTECTED)
    return _count(value)


def _derived(value: float | None, decimals: int, suffix: str = "") -> Cell:
    if value is None:
        return Cell(None, NONE)
    return Cell(
        round(value, decimals), f"{number_format(value, decimals, force_grouping=True)}{suffix}"
    )


def quarter_labels(year: int, today: datetime.date) -> list[str]:
    started = 4 if year < today.year else (today.month - 1) // 3 + 1
    return [
        _("K%(quarter)s %(year)s") % {"quarter": q, "year": year} for q in range(1, started + 1)
    ]


# --- Reading -----------------------------------------------------------------------------


class Sums:
    """The place's figures of one year, by measure, key, detail and quarter."""

    def __init__(self, reader: Reader, place: Place, year: int) -> None:
        figures = reader.visible(
            Action.VIEW, Figure.objects.filter(scope=place.scope, scope_id=place.id)
        )
        self.values: dict[tuple[str, str, int, int], int] = defaultdict(int)
        self.totals: dict[tuple[str, str, int, int], int] = defaultdict(int)
        self.months: dict[tuple[str, int], int] = defaultdict(int)
        rows = figures.filter(
            month__gte=datetime.date(year, 1, 1), month__lte=datetime.date(year, 12, 1)
        ).values_list("measure", "key", "detail", "month", "n", "total")
        for measure, key, detail, month, n, total in rows:
            quarter = (month.month - 1) // 3
            self.values[(measure, key, detail, quarter)] += n
            self.totals[(measure, key, detail, quarter)] += total
            if measure == Measure.STATUS:
                self.months[(key, month.month)] += n
        self.status_before = dict(
            figures.filter(measure=Measure.STATUS, month__lt=datetime.date(year, 1, 1))
            .values("key")
            .annotate(sum=Sum("n"))
            .values_list("key", "sum")
        )
        self.details = sorted({detail for (_m, _k, detail, _q) in self.values if detail})

    def get(self, measure: str, key: str, quarter: int, detail: int = 0) -> int:
        return self.values.get((measure, key, detail, quarter), 0)

    def year(self, measure: str, key: str, detail: int = 0) -> int:
        return sum(self.get(measure, key, q, detail) for q in range(4))

    def sum_total(self, measure: str, key: str, quarters: Sequence[int], detail: int = 0) -> int:
        return sum(self.totals.get((measure, key, detail, q), 0) for q in quarters)


def _grid_rows(
    grid: Grid,
    labels: dict[Hashable, str],
    columns: Sequence[Hashable],
    total_label: str | None,
) -> list[Row]:
    rows = [
        Row(str(label), [_cell(grid, key, column) for column in columns])
        for key, label in labels.items()
    ]
    if total_label is not None:
        rows.append(
            Row(total_label, [_cell(grid, TOTAL, column) for column in columns], total=True)
        )
    return rows


def _datasets(
    grid: Grid, labels: dict[Hashable, str], columns: Sequence[Hashable]
) -> list[dict[str, object]]:
    return [
        {"label": str(label), "data": [grid.shown(key, column) for column in columns]}
        for key, label in labels.items()
    ]


def _quarter_grid(
    sums: Sums,
    measure: str,
    labels: dict[Hashable, str],
    quarters: list[str],
    *,
    column_totals: bool = True,
    within: Callable[[int], int] | None = None,
) -> Grid:
    """The measure's counts per key and quarter; `within(q)` the size of the group a quarter's
    counts lie in when another table holds it (the cases registered, for instance)."""
    columns = list(range(len(quarters)))
    groups: dict[Any, int] = {}
    if within is not None:
        groups = {q: within(q) for q in columns}
        groups[TOTAL] = sum(groups.values())
    return Grid(
        rows=list(labels),
        columns=columns,
        values={(key, q): sums.get(measure, str(key), q) for key in labels for q in columns},
        column_totals=column_totals,
        column_groups=groups,
    )


def _quarter_table(
    grid: Grid,
    labels: dict[Hashable, str],
    quarters: list[str],
    *,
    slug: str,
    title: str,
    explanation: str,
    chart: str = "bar",
    stacked: bool = True,
) -> Table:
    columns = list(range(len(quarters)))
    return Table(
        slug=slug,
        title=title,
        explanation=explanation,
        columns=[*quarters, _("Heel het jaar")],
        rows=_grid_rows(
            grid, labels, [*columns, TOTAL], _("Totaal") if grid.column_totals else None
        ),
        chart={
            "type": chart,
            "stacked": stacked,
            "labels": quarters,
            "datasets": _datasets(grid, labels, columns),
        },
    )


def insight(reader: Reader, place: Place, year: int) -> Insight:
    today = timezone.localdate()
    quarters = quarter_labels(year, today)
    sums = Sums(reader, place, year)
    result = Insight(place=place, year=year, quarters=quarters)
    result.refreshed_at = State.objects.filter(pk=1).values_list("refreshed_at", flat=True).first()
    registered, domain_counts = _registered_and_domain_counts(sums, quarters)
    kinds, formal = _kinds_and_formal(sums, quarters)
    result.tables = [
        _status(sums, quarters),
        registered,
        _approach(sums, quarters),
        kinds,
        _characters(sums, quarters),
        formal,
        _durations(sums, quarters),
        domain_counts,
        _domains(sums, quarters),
        _evaluations(sums),
        _follow_up(sums, year, today),
    ]
    return result


# --- The tables ----------------------------------------------------------------------------


def _status(sums: Sums, quarters: list[str]) -> Table:
    """Open cases per status at each quarter's end: the flows summed up to that moment."""
    columns = list(range(len(quarters)))
    values: dict[tuple[Hashable, Hashable], int] = {}
    for status in OPEN_STATUSES:
        running = sums.status_before.get(status.value, 0)
        for q in columns:
            running += sum(
                sums.months.get((status.value, m), 0) for m in range(3 * q + 1, 3 * q + 4)
            )
            values[(status.value, q)] = running
    labels: dict[Hashable, str] = {status.value: str(status.label) for status in OPEN_STATUSES}
    grid = suppress(Grid(list(labels), columns, values, row_totals=False))
    return Table(
        slug="status",
        title=_("Lopende casussen per status"),
        explanation=_(
            "Het aantal casussen in elke status aan het eind van het kwartaal (of vandaag, "
            "voor het lopende kwartaal). Afgesloten casussen en casussen die niet voor het "
            "Zorg- en Veiligheidshuis waren tellen niet mee."
        ),
        columns=quarters,
        rows=_grid_rows(grid, labels, columns, _("Lopend, totaal")),
        chart={
            "type": "bar",
            "stacked": True,
            "labels": quarters,
            "datasets": _datasets(grid, labels, columns),
        },
    )


def _registered_and_domain_counts(sums: Sums, quarters: list[str]) -> tuple[Table, Table]:
    """Both count the cases registered in each quarter: a total hidden in one is hidden in
    the other."""
    levels: dict[Hashable, str] = {str(level.value): str(level.label) for level in EscalationLevel}
    counts: dict[Hashable, str] = {key: str(label) for key, label in DOMAIN_COUNTS.items()}
    by_level = _quarter_grid(sums, Measure.ESCALATION, levels, quarters)
    by_count = _quarter_grid(sums, Measure.DOMAIN_COUNT, counts, quarters)
    totals = [*range(len(quarters)), TOTAL]
    suppress_linked(
        [by_level, by_count],
        [[(by_level, (TOTAL, q)), (by_count, (TOTAL, q))] for q in totals],
    )
    registered = _quarter_table(
        by_level,
        levels,
        quarters,
        slug="aangemeld",
        title=_("Aangemelde casussen naar escalatieniveau"),
        explanation=_("Casussen aangemeld in het kwartaal, naar hun escalatieniveau van nu."),
    )
    domain_counts = _quarter_table(
        by_count,
        counts,
        quarters,
        slug="domeinen",
        title=_("Aantal domeinen aan tafel per casus"),
        explanation=_(
            "Casussen aangemeld in het kwartaal, naar het aantal domeinen waaruit partners "
            "deelnamen of deelnemen."
        ),
    )
    return registered, domain_counts


def _approach(sums: Sums, quarters: list[str]) -> Table:
    labels: dict[Hashable, str] = {key: str(label) for key, label in APPROACHES.items()}
    grid = suppress(_quarter_grid(sums, Measure.APPROACH, labels, quarters))
    table = _quarter_table(
        grid,
        labels,
        quarters,
        slug="aanpak",
        title=_("Zorg vóór of na de eerste veiligheidsinterventie"),
        explanation=_(
            "Casussen naar het kwartaal van hun eerste veiligheidsinterventie (een formeel "
            "instrument of een informele bestuurlijke interventie): kwam de zorg (een partner "
            "uit zorg, sociaal domein of jeugdbescherming, of een zorginterventie) ervóór of "
            "erna? Het aandeel proactief staat in de laatste rij van de tabel."
        ),
    )
    shares = []
    for column in [*range(len(quarters)), TOTAL]:
        part, whole = grid.shown("proactief", column), grid.shown(TOTAL, column)
        share = 100 * part / whole if part is not None and whole else None
        shares.append(_derived(share, 0, "%"))
    # The chart stacks the three counts, so the proactive share shows as a part of each bar
    # even where the table cannot give it as a percentage.
    table.rows.append(Row(_("Aandeel proactief"), shares, total=True))
    return table


def _kinds_and_formal(sums: Sums, quarters: list[str]) -> tuple[Table, Table]:
    """The formal instruments considered are a row of the kinds: hidden in one, hidden in
    the other."""
    kinds: dict[Hashable, str] = {kind.value: str(kind.label) for kind in Kind}
    formal: dict[Hashable, str] = {key: str(label) for key, label in FORMAL.items()}
    by_kind = _quarter_grid(sums, Measure.KIND, kinds, quarters)
    by_course = _quarter_grid(sums, Measure.FORMAL, formal, quarters)
    suppress_linked(
        [by_kind, by_course],
        [
            [(by_kind, (Kind.FORMAL.value, q)), (by_course, (TOTAL, q))]
            for q in [*range(len(quarters)), TOTAL]
        ],
    )
    kinds_table = _quarter_table(
        by_kind,
        kinds,
        quarters,
        slug="soort",
        title=_("Voorgestelde interventies naar soort"),
        explanation=_("Interventies voorgesteld in het kwartaal, naar hun soort in de catalogus."),
        stacked=False,
    )
    formal_table = _quarter_table(
        by_course,
        formal,
        quarters,
        slug="formeel",
        title=_("Formele instrumenten: overwogen, besloten, afgezien"),
        explanation=_(
            "Formele instrumenten voorgesteld in het kwartaal (overwogen: het totaal), naar "
            "wat ervan kwam."
        ),
    )
    formal_table.rows[-1].label = _("Overwogen (totaal)")
    return kinds_table, formal_table


def _characters(sums: Sums, quarters: list[str]) -> Table:
    labels: dict[Hashable, str] = {character.value: str(character.label) for character in Character}
    proposed = partial(_sum_of, sums, Measure.KIND, [kind.value for kind in Kind])
    grid = suppress(
        _quarter_grid(
            sums, Measure.CHARACTER, labels, quarters, column_totals=False, within=proposed
        )
    )
    return _quarter_table(
        grid,
        labels,
        quarters,
        slug="karakter",
        title=_("Voorgestelde interventies naar karakter"),
        explanation=_(
            "Een interventie kan meer dan één karakter hebben (preventief en beschermend, "
            "bijvoorbeeld): zij telt dan bij elk mee, en een totaal per kwartaal zegt niets."
        ),
        stacked=False,
    )


def _durations(sums: Sums, quarters: list[str]) -> Table:
    columns = list(range(len(quarters)))
    grid = suppress(
        Grid(
            list(STEPS),
            columns,
            {(step, q): sums.get(Measure.DURATION, step, q) for step in STEPS for q in columns},
            column_totals=False,
        )
    )
    rows = []
    datasets = []
    for step, label in STEPS.items():
        cells = []
        for column in [*columns, TOTAL]:
            n = grid.shown(step, column)
            spent = sums.sum_total(
                Measure.DURATION, step, columns if column == TOTAL else [int(str(column))]
            )
            cells.append(_derived(spent / n if n else None, 0, _(" dagen")))
        rows.append(Row(str(label), cells))
        rows.append(
            Row(
                _("aantal casussen"),
                [_cell(grid, step, column) for column in [*columns, TOTAL]],
            )
        )
        datasets.append({"label": str(label), "data": [cell.value for cell in cells[:-1]]})
    return Table(
        slug="doorlooptijd",
        title=_("Doorlooptijden: gemiddeld aantal dagen"),
        explanation=_(
            "Vanaf het eerste binnengekomen signaal (of de aanmelding, als die eerder was), "
            "geteld in het kwartaal waarin de stap werd bereikt. Een gemiddelde staat er alleen "
            "bij vijf casussen of meer."
        ),
        columns=[*quarters, _("Heel het jaar")],
        rows=rows,
        unit=_("dagen"),
        chart={"type": "bar", "stacked": False, "labels": quarters, "datasets": datasets},
    )


def _domains(sums: Sums, quarters: list[str]) -> Table:
    labels: dict[Hashable, str] = {
        code: _(name)
        for code, name in Domain.objects.order_by("position").values_list("code", "name")
    }
    registered = partial(_sum_of, sums, Measure.REGISTERED, [""])
    grid = suppress(
        _quarter_grid(
            sums, Measure.DOMAIN, labels, quarters, column_totals=False, within=registered
        )
    )
    return _quarter_table(
        grid,
        labels,
        quarters,
        slug="domein",
        title=_("Domeinen aan tafel"),
        explanation=_(
            "Casussen aangemeld in het kwartaal waaraan een partner uit het domein deelnam. Een "
            "casus telt bij elk van zijn domeinen."
        ),
        stacked=False,
    )


def _sum_of(sums: Sums, measure: str, keys: Sequence[str], quarter: int) -> int:
    return sum(sums.get(measure, key, quarter) for key in keys)


def _names(ids: Sequence[int]) -> dict[int, str]:
    return dict(Intervention.objects.filter(pk__in=ids).values_list("pk", "name"))


def _evaluations(sums: Sums) -> Table:
    outcomes: dict[Hashable, str] = {outcome.value: str(outcome.label) for outcome in Outcome}
    evaluated = [
        d
        for d in sums.details
        if any(sums.year(Measure.EVALUATION, str(key), d) for key in outcomes)
    ]
    names = _names(evaluated)
    grid = suppress(
        Grid(
            evaluated,
            list(outcomes),
            {
                (d, key): sums.year(Measure.EVALUATION, str(key), d)
                for d in evaluated
                for key in outcomes
            },
        )
    )
    rows = []
    for detail in evaluated:
        n = grid.shown(detail, TOTAL)
        rated = sum(
            sums.sum_total(Measure.EVALUATION, str(key), range(4), detail) for key in outcomes
        )
        cells = [_cell(grid, detail, key) for key in [*outcomes, TOTAL]]
        cells.append(_derived(rated / n if n else None, 1))
        rows.append(Row(names.get(detail, str(detail)), cells))
    if evaluated:
        rows.append(
            Row(
                _("Alle interventies"),
                [*(_cell(grid, TOTAL, key) for key in [*outcomes, TOTAL]), Cell(None, NONE)],
                total=True,
            )
        )
    return Table(
        slug="evaluaties",
        title=_("Evaluaties per interventie: uitkomst en waardering"),
        explanation=_(
            "Evaluaties vastgelegd in het jaar: of het doel is bereikt, en de gemiddelde "
            "waardering (1 tot 5), alleen bij vijf evaluaties of meer."
        ),
        columns=[*map(str, outcomes.values()), _("Totaal"), _("Gemiddelde waardering")],
        rows=rows,
        chart={
            "type": "bar",
            "stacked": True,
            "horizontal": True,
            "labels": [names.get(d, str(d)) for d in evaluated],
            "datasets": [
                {"label": label, "data": [grid.shown(d, key) for d in evaluated]}
                for key, label in outcomes.items()
            ],
        },
    )


def _follow_up(sums: Sums, year: int, today: datetime.date) -> Table:
    """Per intervention carried out in the year (a cohort), the share of cases with a new
    signal within 6 and 12 months; shown once the window has passed for the whole cohort."""
    carried = [d for d in sums.details if sums.year(Measure.FOLLOW_UP, "uitgevoerd", d)]
    names = _names(carried)
    windows = [
        (6, datetime.date(year + 1, 7, 1)),
        (12, datetime.date(year + 2, 1, 1)),
    ]
    # One grid per cohort row, its parts adding up to the cohort: a new signal within 6
    # months, between 6 and 12, none (as far as the windows have passed). The counts within 6
    # and within 12 are nested; kept apart, their difference would be a count of its own.
    complete = [months for months, complete_on in windows if today >= complete_on]
    parts = {0: ["n"], 1: ["6", "geen6"], 2: ["6", "12", "geen12"]}[len(complete)]
    values: dict[tuple[Hashable, Hashable], int] = {}
    for detail in carried:
        cohort = sums.year(Measure.FOLLOW_UP, "uitgevoerd", detail)
        six = sums.year(Measure.FOLLOW_UP, "signaal_6", detail)
        twelve = sums.year(Measure.FOLLOW_UP, "signaal_12", detail)
        counted = {"n": cohort, "6": six, "geen6": cohort - six, "12": twelve - six}
        counted["geen12"] = cohort - twelve
        for part in parts:
            values[(detail, part)] = counted[part]
    grid = suppress(Grid(carried, parts, values, column_totals=False, row_totals=len(parts) > 1))
    cohort_column = TOTAL if len(parts) > 1 else "n"
    rows = []
    datasets: dict[int, list[float | None]] = {months: [] for months, _c in windows}
    for detail in carried:
        cells = [_cell(grid, detail, cohort_column)]
        whole = grid.shown(detail, cohort_column)
        for months, complete_on in windows:
            if months not in complete:
                cells += [
                    Cell(None, _("vanaf %(date)s") % {"date": complete_on.strftime("%d-%m-%Y")})
                ] * 2
                datasets[months].append(None)
                continue
            within = ["6"] if months == 6 else ["6", "12"]
            shown = [grid.shown(detail, part) for part in within]
            signalled = None if None in shown else sum(v for v in shown if v is not None)
            if signalled is None:
                total = sum(values[(detail, part)] for part in within)
                cell = Cell(None, HIDDEN if 0 < total < THRESHOLD else PROTECTED)
            else:
                cell = _count(signalled)
            share = 100 * signalled / whole if signalled is not None and whole else None
            cells += [cell, _derived(share, 0, "%")]
            datasets[months].append(None if share is None else round(share))
        rows.append(Row(names.get(detail, str(detail)), cells))
    return Table(
        slug="vervolgmeting",
        title=_("Vervolgmeting: een nieuw signaal na een uitgevoerde interventie"),
        explanation=_(
            "Per interventie de casussen waarin zij in dit jaar werd uitgevoerd (een cohort), "
            "en hoeveel daarvan binnen 6 en binnen 12 maanden daarna een nieuw signaal kregen. "
            "Een termijn staat er pas als hij voor het hele cohort voorbij is."
        ),
        columns=[
            _("Uitgevoerd (casussen)"),
            _("Nieuw signaal binnen 6 maanden"),
            _("Aandeel binnen 6 maanden"),
            _("Nieuw signaal binnen 12 maanden"),
            _("Aandeel binnen 12 maanden"),
        ],
        rows=rows,
        chart={
            "type": "bar",
            "horizontal": True,
            "percent": True,
            "labels": [names.get(d, str(d)) for d in carried],
            "datasets": [
                {"label": _("Binnen %(months)s maanden") % {"months": months}, "data": data}
                for months, data in datasets.items()
            ],
        },
    )
