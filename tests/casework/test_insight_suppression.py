"""Small-number suppression on hand-made tables (no database): every count under five hidden,
and nothing hidden recoverable from a total and the shown cells."""

import copy
import datetime
import itertools
import random

from casework.insight.grids import Sums, build, suppress_place
from casework.insight.models import Measure
from casework.insight.suppression import (
    TOTAL,
    Grid,
    Key,
    suppress,
    suppress_across,
    suppress_linked,
)


def hidden_of(grid: Grid) -> set[tuple[object, object]]:
    return set(grid.hidden)


def test_a_total_with_a_small_count_in_it_is_hidden() -> None:
    grid = suppress(
        Grid(
            ["a", "b", "c"],
            ["q1"],
            {("a", "q1"): 3, ("b", "q1"): 9, ("c", "q1"): 7},
            row_totals=False,
        )
    )
    # 19 - 9 - 7 would give the 3.
    assert hidden_of(grid) == {("a", "q1"), (TOTAL, "q1")}
    assert grid.small("a", "q1") and not grid.small(TOTAL, "q1")
    assert grid.shown("b", "q1") == 9


def test_a_zero_is_shown_unless_its_group_is_small() -> None:
    # No family is in an empty cell; the total then sums only shown counts.
    grid = suppress(Grid(["a", "b"], ["q1"], {("a", "q1"): 0, ("b", "q1"): 12}, row_totals=False))
    assert grid.hidden == set()
    assert grid.shown("a", "q1") == 0
    # "None of the three": a zero among fewer than five says something of each of them.
    grid = suppress(Grid(["a", "b"], ["q1"], {("a", "q1"): 0, ("b", "q1"): 3}, row_totals=False))
    assert grid.hidden == {("a", "q1"), ("b", "q1"), (TOTAL, "q1")}
    # The same when the group is counted in another table.
    grid = suppress(
        Grid(
            ["zorg", "politie"],
            ["q1", "q2"],
            {("zorg", "q1"): 0, ("politie", "q1"): 0, ("zorg", "q2"): 12, ("politie", "q2"): 0},
            column_totals=False,
            column_groups={"q1": 3, "q2": 20},
        )
    )
    assert grid.shown("zorg", "q1") is None and grid.shown("politie", "q1") is None
    assert grid.shown("zorg", "q2") == 12
    # Politie's year holds its hidden zero of q1 and is under five: were it 1 to 4, every count
    # of the line would be hidden, so a shown zero beside it would tell that q1's is zero too.
    assert grid.shown("politie", "q2") is None
    # Zorg at the table of 6 of the 9: the 3 without it would be the group minus the 6.
    grid = suppress(
        Grid(["zorg"], ["q1"], {("zorg", "q1"): 6}, column_totals=False, column_groups={"q1": 9})
    )
    assert grid.shown("zorg", "q1") is None


def test_nothing_hidden_when_every_count_is_five_or_more() -> None:
    values = {("a", "q1"): 5, ("a", "q2"): 8, ("b", "q1"): 11, ("b", "q2"): 6}
    grid = suppress(Grid(["a", "b"], ["q1", "q2"], values))
    assert grid.hidden == set()
    assert grid.shown(TOTAL, TOTAL) == 30
    assert grid.shown("a", TOTAL) == 13
    assert grid.shown(TOTAL, "q2") == 14


def test_hidden_totals_hide_the_totals_that_sum_them() -> None:
    values = {
        ("a", "q1"): 10,
        ("a", "q2"): 9,
        ("b", "q1"): 6,
        ("b", "q2"): 3,
        ("c", "q1"): 7,
        ("c", "q2"): 8,
    }
    grid = suppress(Grid(["a", "b", "c"], ["q1", "q2"], values))
    assert hidden_of(grid) == {("b", "q2"), ("b", TOTAL), (TOTAL, "q2"), (TOTAL, TOTAL)}
    # Row a, column q1 and their totals stay: no hidden count is in them.
    assert grid.shown("a", TOTAL) == 19
    assert grid.shown(TOTAL, "q1") == 23
    assert_safe(grid)


def test_linked_grids_hide_a_number_everywhere_it_appears() -> None:
    # The formal instruments are a row of the kinds, and the total of their course.
    kinds = Grid(
        ["formeel", "zorg"],
        ["q1", "q2"],
        {("formeel", "q1"): 8, ("formeel", "q2"): 9, ("zorg", "q1"): 8, ("zorg", "q2"): 7},
    )
    course = Grid(
        ["besloten", "afgezien"],
        ["q1", "q2"],
        {
            ("besloten", "q1"): 5,
            ("besloten", "q2"): 6,
            ("afgezien", "q1"): 3,
            ("afgezien", "q2"): 3,
        },
    )
    suppress_linked(
        [kinds, course],
        [[(kinds, ("formeel", q)), (course, (TOTAL, q))] for q in ["q1", "q2", TOTAL]],
    )
    # 8 formal instruments in q1 would give 8 - 5 = 3 withdrawn: hidden in the kinds too.
    assert ("formeel", "q1") in kinds.hidden and (TOTAL, "q1") in kinds.hidden
    assert not kinds.small("formeel", "q1")
    assert kinds.shown("zorg", "q1") == 8
    for q in ["q1", "q2", TOTAL]:
        assert (("formeel", q) in kinds.hidden) == ((TOTAL, q) in course.hidden)
    assert_safe(kinds)
    assert_safe(course)


def assert_safe(grid: Grid) -> None:
    """Every count under five is hidden, and no line with a shown total has a hidden cell: no
    subtraction of shown numbers gives a hidden one (checked by trying every line)."""
    for key, value in grid.values.items():
        if 0 < value < 5:
            assert key in grid.hidden, key
    for line in grid.lines():
        if 0 < grid.values[line.total] < 5:
            assert set(line.cells) <= grid.hidden, line
    for line in grid.lines():
        if line.total in grid.hidden:
            continue
        assert not [cell for cell in line.cells if cell in grid.hidden], line


def test_random_tables_are_always_safe() -> None:
    chance = random.Random(15)  # noqa: S311 - test data
    for _ in range(300):
        rows = [f"r{i}" for i in range(chance.randint(1, 6))]
        columns = [f"c{i}" for i in range(chance.randint(1, 5))]
        values = {
            (r, c): chance.choice([0, 1, 2, 3, 4, 5, 6, 9, 14, 30]) for r in rows for c in columns
        }
        grid = suppress(
            Grid(
                rows,
                columns,
                values,
                row_totals=chance.random() < 0.8,
                column_totals=chance.random() < 0.8,
            )
        )
        assert_safe(grid)


def feasible_values(grid: Grid, target: tuple[object, object]) -> set[int]:
    """Every value the hidden cell `target` can have, given all that the grid shows: the shown
    numbers, that a "< 5" is 0 to 4 and a "×" five or more (brute force, for small grids)."""
    free = [(r, c) for r in grid.rows for c in grid.columns if (r, c) in grid.hidden]
    found = set()
    for guess in itertools.product(range(5), repeat=len(free)):
        values = dict(grid.values)
        values.update(zip(free, guess, strict=True))
        trial = Grid(
            grid.rows,
            grid.columns,
            {(r, c): values[(r, c)] for r in grid.rows for c in grid.columns},
            row_totals=grid.row_totals,
            column_totals=grid.column_totals,
        )
        consistent = all(
            trial.values[key] == grid.values[key]
            if key not in grid.hidden
            else (trial.values[key] < 5) == grid.small(*key)
            for key in grid.values
        )
        if consistent:
            found.add(values[target])
    return found


def test_no_hidden_count_can_be_worked_out() -> None:
    # The brute force sees what primary suppression alone would give away: 12 - 9.
    naive = Grid(["a", "b"], ["q1"], {("a", "q1"): 3, ("b", "q1"): 9}, row_totals=False)
    naive.hidden = {("a", "q1")}
    assert feasible_values(naive, ("a", "q1")) == {3}
    chance = random.Random(5)  # noqa: S311 - test data
    for _ in range(40):
        rows = [f"r{i}" for i in range(chance.randint(1, 2))]
        columns = [f"c{i}" for i in range(chance.randint(1, 3))]
        values = {(r, c): chance.choice([0, 1, 2, 4, 5, 7, 12]) for r in rows for c in columns}
        grid = suppress(Grid(rows, columns, values))
        for key in grid.hidden:
            if key[0] != TOTAL and key[1] != TOTAL:
                assert len(feasible_values(grid, key)) >= 2, (values, key)


# --- Across levels: a region is the sum of its municipalities --------------------------------


def region_of(parts: list[Grid]) -> Grid:
    first = parts[0]
    values = {
        (r, c): sum(part.values[(r, c)] for part in parts)
        for r in first.rows
        for c in first.columns
    }
    return Grid(first.rows, first.columns, values, first.row_totals, first.column_totals)


def published(parts: list[Grid]) -> Grid:
    """The municipalities suppressed each on their own, the region over them (as the worker
    publishes)."""
    for part in parts:
        suppress(part)
    region = suppress(region_of(parts))
    while found := suppress_across(region, parts):
        region.hidden |= found
        suppress(region)
    return region


def test_a_region_does_not_give_away_its_one_hidden_municipality() -> None:
    # Teststad shows 9 and 7; Naaststad's 3 is hidden. The region's 19 minus 9 and 7 is 3.
    teststad = Grid(["a"], ["q1", "q2"], {("a", "q1"): 9, ("a", "q2"): 7}, column_totals=False)
    naaststad = Grid(["a"], ["q1", "q2"], {("a", "q1"): 3, ("a", "q2"): 8}, column_totals=False)
    region = published([teststad, naaststad])
    assert region.shown("a", "q1") is None and not region.small("a", "q1")
    assert region.shown("a", "q2") == 15
    # And the year's total, which holds the hidden quarter, with it.
    assert region.shown("a", TOTAL) is None


def test_a_region_hides_what_its_hidden_municipalities_hold_together_when_small() -> None:
    # Two hidden counts of 1 and 2: the region's 3 + 10 minus the shown 10 is 3, a count of
    # its own ("the rest of the region").
    parts = [
        Grid(["a"], ["q1"], {("a", "q1"): n}, row_totals=False, column_totals=False)
        for n in (1, 2, 10)
    ]
    region = published(parts)
    assert region.shown("a", "q1") is None
    # Hidden counts of 2 and 3 hold 5 together: either could be 1 to 4, the region shows 15.
    parts = [
        Grid(["a"], ["q1"], {("a", "q1"): n}, row_totals=False, column_totals=False)
        for n in (2, 3, 10)
    ]
    assert published(parts).shown("a", "q1") == 15
    # Two counts of 4 hold 8 together: each "< 5" can then only be 4.
    parts = [
        Grid(["a"], ["q1"], {("a", "q1"): n}, row_totals=False, column_totals=False)
        for n in (4, 4, 10)
    ]
    assert published(parts).shown("a", "q1") is None
    # 3 and 4 hold 7: not pinned, but one more would be, and a region hidden only at 8 would
    # tell a reader who sees that the rest is five or more that both are 4.
    parts = [
        Grid(["a"], ["q1"], {("a", "q1"): n}, row_totals=False, column_totals=False)
        for n in (3, 4, 10)
    ]
    assert published(parts).shown("a", "q1") is None


def test_a_hidden_total_bounded_by_its_own_cells_is_not_taken_for_any_five_or_more() -> None:
    # B's year is its shown 6 and a hidden count: at most 10. The region's year of 28 minus
    # E's 6 leaves 22 for A, B, C and D; with A, C and D under five B's year would be 10, and
    # its hidden quarter 4.
    values = [(4, 0), (6, 4), (2, 2), (4, 0), (0, 6)]
    parts = [
        Grid(["r"], ["q1", "q2"], {("r", "q1"): a, ("r", "q2"): b}, column_totals=False)
        for a, b in values
    ]
    region = published(parts)
    assert region.shown("r", TOTAL) is None


def feasible_across(
    parts: list[Grid], region: Grid, knows_the_rules: bool = False
) -> dict[tuple[int, Key], set[int]]:
    """Every value each hidden number (of a municipality, index 0.., or of the region, index
    -1) can have given all that the municipalities and the region show (brute force). A reader
    who `knows_the_rules` also drops what the rules would have hidden otherwise."""
    candidates = []
    for part in parts:
        free = [(r, c) for r in part.rows for c in part.columns if (r, c) in part.hidden]
        found = []
        for guess in itertools.product(range(5), repeat=len(free)):
            values = {(r, c): part.values[(r, c)] for r in part.rows for c in part.columns}
            values.update(zip(free, guess, strict=True))
            trial = Grid(part.rows, part.columns, values, part.row_totals, part.column_totals)
            if not consistent(trial, part):
                continue
            if knows_the_rules and suppress(copy.deepcopy(trial)).hidden != part.hidden:
                continue
            found.append(trial)
        candidates.append(found)
    feasible: dict[tuple[int, Key], set[int]] = {}
    for trials in itertools.product(*candidates):
        total = region_of(list(trials))
        if not consistent(total, region):
            continue
        for index, trial in [*enumerate(trials), (-1, total)]:
            shown = region if index == -1 else parts[index]
            for key in shown.hidden:
                feasible.setdefault((index, key), set()).add(trial.values[key])
    return feasible


def consistent(trial: Grid, shown: Grid) -> bool:
    return all(
        trial.values[key] == value
        if key not in shown.hidden
        else (trial.values[key] < 5) == shown.small(*key)
        for key, value in shown.values.items()
    )


def test_no_hidden_count_can_be_worked_out_across_levels() -> None:
    chance = random.Random(20)  # noqa: S311 - test data
    tried = naive_leaks = shown_over_hidden = 0
    while tried < 80:
        rows = [f"r{i}" for i in range(chance.randint(1, 2))]
        columns = [f"c{i}" for i in range(chance.randint(1, 2))]
        row_totals, column_totals = chance.random() < 0.7, chance.random() < 0.7
        parts = [
            Grid(
                rows,
                columns,
                {(r, c): chance.choice([0, 1, 1, 2, 3, 4, 5, 6, 9]) for r in rows for c in columns},
                row_totals,
                column_totals,
            )
            for _ in range(chance.randint(2, 5))
        ]
        if sum(len(p.rows) * len(p.columns) for p in parts) > 10:
            continue
        tried += 1
        # The region suppressed on its own only: the brute force finds what it gives away.
        for part in parts:
            suppress(part)
        naive = suppress(region_of(parts))
        if any(len(values) < 2 for values in feasible_across(parts, naive).values()):
            naive_leaks += 1
        region = published(parts)
        for knows_the_rules in (False, True):
            feasible = feasible_across(parts, region, knows_the_rules)
            for (index, key), values in feasible.items():
                assert len(values) >= 2, (index, key, [p.values for p in parts], values)
        shown_over_hidden += sum(
            1
            for key in region.values
            if key not in region.hidden and any(key in part.hidden for part in parts)
        )
    assert naive_leaks > 10
    # The region still shows numbers whose municipalities hide theirs (hiding all is no answer).
    assert shown_over_hidden > 20


def test_no_hidden_count_can_be_worked_out_from_the_country_either() -> None:
    """Two regions of one or two municipalities each, and the country over them: a hidden
    region taken apart into what its municipalities show must give nothing away either."""
    chance = random.Random(7)  # noqa: S311 - test data
    for _ in range(80):
        columns = [f"c{i}" for i in range(chance.randint(1, 2))]
        shape = [chance.randint(1, 2) for _region in range(2)]
        municipalities = [
            [
                Grid(
                    ["r"],
                    columns,
                    {("r", c): chance.choice([0, 1, 2, 3, 5, 6, 9]) for c in columns},
                    column_totals=False,
                )
                for _m in range(size)
            ]
            for size in shape
        ]
        regions = [published(parts) for parts in municipalities]
        country = suppress(region_of(regions))
        while found := suppress_across(country, regions, municipalities):
            country.hidden |= found
            suppress(country)
        flat = [part for parts in municipalities for part in parts]
        candidates = []
        for part in flat:
            free = [key for key in part.values if key in part.hidden and key[1] != TOTAL]
            found_trials = []
            for guess in itertools.product(range(5), repeat=len(free)):
                values = {("r", c): part.values[("r", c)] for c in columns}
                values.update(zip(free, guess, strict=True))
                trial = Grid(["r"], columns, values, column_totals=False)
                if consistent(trial, part):
                    found_trials.append(trial)
            candidates.append(found_trials)
        feasible: dict[tuple[int, Key], set[int]] = {}
        for trials in itertools.product(*candidates):
            split = [list(trials[: shape[0]]), list(trials[shape[0] :])]
            sums = [region_of(parts) for parts in split]
            if not all(consistent(s, r) for s, r in zip(sums, regions, strict=True)):
                continue
            whole = region_of(sums)
            if not consistent(whole, country):
                continue
            for index, (trial, shown) in enumerate(
                [
                    *zip(trials, flat, strict=True),
                    *zip(sums, regions, strict=True),
                    (whole, country),
                ]
            ):
                for key in shown.hidden:
                    feasible.setdefault((index, key), set()).add(trial.values[key])
        for (index, key), possible in feasible.items():
            assert len(possible) >= 2, (index, key, [[p.values for p in r] for r in municipalities])


# --- Within a place: the tables that share a number ------------------------------------------

DOMAINS = ["veiligheid", "zorg", "politie"]


def place_grids(rows: list[tuple[str, str, int, int]]) -> dict[str, Grid]:
    """A place's grids of 2025 (as published at the end of that year) from figure rows:
    (measure, key, detail, n), all in January."""
    sums = Sums([(measure, key, detail, 1, n, 0) for measure, key, detail, n in rows], {})
    return suppress_place(build(sums, 2025, datetime.date(2025, 12, 31), DOMAINS))


def test_a_hidden_shared_total_is_not_the_sum_of_shown_counts_in_the_other_table() -> None:
    # Open cases at the end of Q1: 3 in screening (hidden), so the total of the statuses is
    # hidden, and with it the same total of the escalation levels, whose levels 6, 7 and 8
    # would add up to it: one of them is hidden too.
    grids = place_grids(
        [
            (Measure.STATUS, "screening", 0, 3),
            (Measure.STATUS, "casusoverleg", 0, 10),
            (Measure.STATUS, "uitvoering", 0, 8),
            (Measure.ESCALATION_OPEN, "1", 0, 6),
            (Measure.ESCALATION_OPEN, "2", 0, 7),
            (Measure.ESCALATION_OPEN, "3", 0, 8),
        ]
    )
    levels = grids["escalatie"]
    assert (TOTAL, 0) in levels.hidden
    assert any((level, 0) in levels.hidden for level in levels.rows)


def test_a_count_equal_to_its_hidden_group_is_hidden() -> None:
    # 27 registered, 2 of them donkerrood (hidden): the total is hidden; every case has
    # veiligheid and zorg at the table, so their 27 would give the total, and the 2, back.
    grids = place_grids(
        [
            (Measure.REGISTERED, "", 0, 27),
            (Measure.ESCALATION, "1", 0, 7),
            (Measure.ESCALATION, "2", 0, 10),
            (Measure.ESCALATION, "3", 0, 8),
            (Measure.ESCALATION, "4", 0, 2),
            (Measure.DOMAIN_COUNT, "1", 0, 10),
            (Measure.DOMAIN_COUNT, "2", 0, 17),
            (Measure.DOMAIN, "veiligheid", 0, 27),
            (Measure.DOMAIN, "zorg", 0, 27),
            (Measure.DOMAIN, "politie", 0, 8),
        ]
    )
    assert (TOTAL, 0) in grids["aangemeld"].hidden
    assert {("veiligheid", 0), ("zorg", 0)} <= grids["domein"].hidden
    assert ("politie", 0) not in grids["domein"].hidden


def test_a_hidden_count_of_domains_hides_the_largest_domain() -> None:
    # Cases with 1, 2, 3 domains: 10, 3 (hidden), 8. The domains add up to 1×10 + 2×3 + 3×8:
    # with every domain shown, the 3 would follow.
    grids = place_grids(
        [
            (Measure.REGISTERED, "", 0, 21),
            (Measure.ESCALATION, "1", 0, 21),
            (Measure.DOMAIN_COUNT, "1", 0, 10),
            (Measure.DOMAIN_COUNT, "2", 0, 3),
            (Measure.DOMAIN_COUNT, "3", 0, 8),
            (Measure.DOMAIN, "veiligheid", 0, 20),
            (Measure.DOMAIN, "zorg", 0, 10),
            (Measure.DOMAIN, "politie", 0, 10),
        ]
    )
    assert ("2", 0) in grids["domeinen"].hidden
    assert ("veiligheid", 0) in grids["domein"].hidden


def test_a_zero_of_a_small_group_is_not_shown_in_the_table_that_shares_it() -> None:
    # Three informal interventions proposed and nothing else: every kind is hidden, the formal
    # instruments (0) among them; their course (0, 0, 0) must not say it.
    grids = place_grids([(Measure.KIND, "informeel", 0, 3)])
    assert ("formeel", 0) in grids["soort"].hidden
    formal = grids["formeel"]
    assert (TOTAL, 0) in formal.hidden
    assert any((row, 0) in formal.hidden for row in formal.rows)
