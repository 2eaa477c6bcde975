"""The insight of one place (a municipality, a region, the country) over one calendar year: the
tables of figures, each with its chart, every count under five hidden (`suppression.py`).

A page reads the place's `Publication` of the year through the reader and the policy: the copy
of its figures the worker published, with what it hid for the other levels (`publication.py`).
One small query per page, whatever the number of cases behind it.
"""

import datetime
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.http import Http404
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from casework.insight.grids import (
    APPROACHES,
    DOMAIN_COUNTS,
    FORMAL,
    OPEN_STATUSES,
    STEPS,
    WINDOWS,
    Sums,
    build,
    carried_out,
    complete_windows,
    evaluated,
    suppress_place,
)
from casework.insight.models import Measure, Publication, Scope, State
from casework.insight.permissions import Reach, reach
from casework.insight.suppression import THRESHOLD, TOTAL, Grid
from casework.models import EscalationLevel, Outcome
from interventions.models import Character, Intervention, Kind
from partners.models import Domain
from partners.policy import Action
from partners.reading import Reader

HIDDEN = "< 5"
# A total (or a number shown elsewhere) hidden because a count under five is in it.
PROTECTED = "×"
NONE = "–"


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


# The fewest evaluations a mean rating is shown over.
RATED = 10
# The escalation levels drawn in their own colours (contrast of 3:1 or more on white).
LEVEL_COLOURS = {"1": "#39870c", "2": "#c45f00", "3": "#d52b1e", "4": "#6d0f0f"}


def _datasets(
    grid: Grid,
    labels: dict[Hashable, str],
    columns: Sequence[Hashable],
    colours: dict[str, str] | None = None,
) -> list[dict[str, object]]:
    datasets: list[dict[str, object]] = []
    for key, label in labels.items():
        dataset: dict[str, object] = {
            "label": str(label),
            "data": [grid.shown(key, column) for column in columns],
        }
        if colours:
            dataset["colour"] = colours[str(key)]
        datasets.append(dataset)
    return datasets


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
    colours: dict[str, str] | None = None,
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
            "datasets": _datasets(grid, labels, columns, colours),
        },
    )


def insight(reader: Reader, place: Place, year: int) -> Insight:
    """The place's tables of the year as last published; empty tables when nothing was."""
    publication = (
        reader.visible(
            Action.VIEW,
            Publication.objects.filter(scope=place.scope, scope_id=place.id, year=year),
        )
        .values_list("sums", "hidden", "as_of", "published_at")
        .first()
    )
    extra: list[list[Any]] = []
    if publication is None:
        sums = Sums([], {})
        published_at = State.objects.filter(pk=1).values_list("published_at", flat=True).first()
        today = timezone.localdate()
    else:
        # The grids as the worker made them: the quarters begun and the follow-up windows
        # passed on the day it published.
        snapshot, extra, today, published_at = publication
        sums = Sums.from_snapshot(snapshot)
    quarters = quarter_labels(year, today)
    domains = dict(Domain.objects.order_by("position").values_list("code", "name"))
    grids = suppress_place(
        build(sums, year, today, list(domains)),
        ((name, (row, column)) for name, row, column in extra),
    )
    result = Insight(place=place, year=year, quarters=quarters, refreshed_at=published_at)
    names = _names(sorted({*evaluated(sums), *carried_out(sums)}))
    result.tables = [
        _status(grids["status"], quarters),
        _escalation(grids["escalatie"], quarters),
        _registered(grids["aangemeld"], quarters),
        _approach(grids["aanpak"], quarters),
        _kinds(grids["soort"], quarters),
        _characters(grids["karakter"], quarters),
        _formal(grids["formeel"], quarters),
        _durations(grids["doorlooptijd"], sums, quarters),
        _domain_counts(grids["domeinen"], quarters),
        _domains(grids["domein"], quarters, domains),
        _evaluations(grids["evaluaties"], sums, names),
        _follow_up(grids["vervolgmeting"], year, today, names),
    ]
    return result


# --- The tables ----------------------------------------------------------------------------


def _stock_table(
    grid: Grid,
    labels: dict[Hashable, str],
    quarters: list[str],
    *,
    slug: str,
    title: str,
    explanation: str,
    colours: dict[str, str] | None = None,
) -> Table:
    """Open cases at each quarter's end (no year column: a stock does not add up over time)."""
    columns = list(range(len(quarters)))
    return Table(
        slug=slug,
        title=title,
        explanation=explanation,
        columns=quarters,
        rows=_grid_rows(grid, labels, columns, _("Lopend, totaal")),
        chart={
            "type": "bar",
            "stacked": True,
            "labels": quarters,
            "datasets": _datasets(grid, labels, columns, colours),
        },
    )


def _status(grid: Grid, quarters: list[str]) -> Table:
    return _stock_table(
        grid,
        {status.value: str(status.label) for status in OPEN_STATUSES},
        quarters,
        slug="status",
        title=_("Lopende casussen per status"),
        explanation=_(
            "Het aantal casussen in elke status aan het eind van het kwartaal (of vandaag, "
            "voor het lopende kwartaal). Afgesloten casussen en casussen die niet voor het "
            "Zorg- en Veiligheidshuis waren tellen niet mee."
        ),
    )


def _escalation(grid: Grid, quarters: list[str]) -> Table:
    return _stock_table(
        grid,
        {str(level.value): str(level.label) for level in EscalationLevel},
        quarters,
        slug="escalatie",
        title=_("Lopende casussen per escalatieniveau"),
        explanation=_(
            "Het aantal lopende casussen op elk escalatieniveau aan het eind van het kwartaal "
            "(of vandaag, voor het lopende kwartaal): het niveau waarmee de casus werd "
            "aangemeld en elke wijziging daarvan sindsdien."
        ),
        colours=LEVEL_COLOURS,
    )


def _registered(grid: Grid, quarters: list[str]) -> Table:
    levels: dict[Hashable, str] = {str(level.value): str(level.label) for level in EscalationLevel}
    return _quarter_table(
        grid,
        levels,
        quarters,
        slug="aangemeld",
        title=_("Aangemelde casussen naar escalatieniveau"),
        explanation=_("Casussen aangemeld in het kwartaal, naar hun escalatieniveau van nu."),
        colours=LEVEL_COLOURS,
    )


def _domain_counts(grid: Grid, quarters: list[str]) -> Table:
    counts: dict[Hashable, str] = {key: str(label) for key, label in DOMAIN_COUNTS.items()}
    return _quarter_table(
        grid,
        counts,
        quarters,
        slug="domeinen",
        title=_("Aantal domeinen aan tafel per casus"),
        explanation=_(
            "Casussen aangemeld in het kwartaal, naar het aantal domeinen waaruit partners "
            "deelnamen of deelnemen."
        ),
    )


def _approach(grid: Grid, quarters: list[str]) -> Table:
    labels: dict[Hashable, str] = {key: str(label) for key, label in APPROACHES.items()}
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


def _kinds(grid: Grid, quarters: list[str]) -> Table:
    kinds: dict[Hashable, str] = {kind.value: str(kind.label) for kind in Kind}
    return _quarter_table(
        grid,
        kinds,
        quarters,
        slug="soort",
        title=_("Voorgestelde interventies naar soort"),
        explanation=_("Interventies voorgesteld in het kwartaal, naar hun soort in de catalogus."),
        stacked=False,
    )


def _formal(grid: Grid, quarters: list[str]) -> Table:
    formal: dict[Hashable, str] = {key: str(label) for key, label in FORMAL.items()}
    table = _quarter_table(
        grid,
        formal,
        quarters,
        slug="formeel",
        title=_("Formele instrumenten: overwogen, besloten, afgezien"),
        explanation=_(
            "Formele instrumenten voorgesteld in het kwartaal (overwogen: het totaal), naar "
            "wat ervan kwam."
        ),
    )
    table.rows[-1].label = _("Overwogen (totaal)")
    return table


def _characters(grid: Grid, quarters: list[str]) -> Table:
    labels: dict[Hashable, str] = {character.value: str(character.label) for character in Character}
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


def _durations(grid: Grid, sums: Sums, quarters: list[str]) -> Table:
    columns = list(range(len(quarters)))
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


def _domains(grid: Grid, quarters: list[str], names: dict[str, str]) -> Table:
    labels: dict[Hashable, str] = {code: _(names[str(code)]) for code in grid.rows}
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


def _names(ids: Sequence[int]) -> dict[int, str]:
    return dict(Intervention.objects.filter(pk__in=ids).values_list("pk", "name"))


def _evaluations(grid: Grid, sums: Sums, names: dict[int, str]) -> Table:
    outcomes: dict[Hashable, str] = {outcome.value: str(outcome.label) for outcome in Outcome}
    rated = [int(str(detail)) for detail in grid.rows]
    rows = []
    for detail in rated:
        n = grid.shown(detail, TOTAL)
        given = sum(
            sums.sum_total(Measure.EVALUATION, str(key), range(4), detail) for key in outcomes
        )
        cells = [_cell(grid, detail, key) for key in [*outcomes, TOTAL]]
        # Whole numbers, and from ten evaluations: 1,2 over five would say that one of them
        # was rated 2 and the others 1.
        mean = given / n if n is not None and n >= RATED else None
        cells.append(_derived(mean, 0))
        rows.append(Row(names.get(detail, str(detail)), cells))
    if rated:
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
            "waardering (1 tot 5, afgerond), alleen bij tien evaluaties of meer."
        ),
        columns=[*map(str, outcomes.values()), _("Totaal"), _("Gemiddelde waardering")],
        rows=rows,
        chart={
            "type": "bar",
            "stacked": True,
            "horizontal": True,
            "labels": [names.get(d, str(d)) for d in rated],
            "datasets": [
                {"label": label, "data": [grid.shown(d, key) for d in rated]}
                for key, label in outcomes.items()
            ],
        },
    )


def _follow_up(grid: Grid, year: int, today: datetime.date, names: dict[int, str]) -> Table:
    """Per intervention carried out in the year (a cohort), the share of cases with a new
    signal within 6 and 12 months; shown once both windows have passed for the whole cohort."""
    carried = [int(str(detail)) for detail in grid.rows]
    complete = len(complete_windows(year, today)) == len(WINDOWS)
    years_on, month, day = WINDOWS[-1][1]
    waiting = Cell(
        None,
        _("vanaf %(date)s")
        % {"date": datetime.date(year + years_on, month, day).strftime("%d-%m-%Y")},
    )
    rows = []
    datasets: dict[int, list[float | None]] = {months: [] for months, _w in WINDOWS}
    for detail in carried:
        if not complete:
            rows.append(Row(names.get(detail, str(detail)), [waiting] * 5))
            for months in datasets:
                datasets[months].append(None)
            continue
        cells = [_cell(grid, detail, TOTAL)]
        whole = grid.shown(detail, TOTAL)
        for months, _window in WINDOWS:
            within = ["6"] if months == 6 else ["6", "12"]
            shown = [grid.shown(detail, part) for part in within]
            signalled = None if None in shown else sum(v for v in shown if v is not None)
            if signalled is None:
                total = sum(grid.values[(detail, part)] for part in within)
                cell = Cell(None, HIDDEN if total < THRESHOLD else PROTECTED)
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
            "Het cohort staat er pas als beide termijnen voor het hele cohort voorbij zijn."
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
