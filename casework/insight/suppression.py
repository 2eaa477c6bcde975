"""Small numbers stay hidden: every count under five is shown as "< 5", and no total lets one
be worked out again.

A table is a grid of counts with, where they mean something, a total per row (over the
columns) and a total per column (over the rows). Each such total and the cells it sums form a
*line*. The rule:

- every count from 1 to 4 is hidden ("< 5"). A zero is shown, since no family is in it, except
  where the group it belongs to is itself under five: "none of the three" says something about
  each of the three, so every count of a line whose total is under five is hidden, and so is
  every count of a column whose group (`column_groups`: a total shown in another table, such as
  the cases registered in the quarter) is under five, and every count that falls short of its
  group by 1 to 4 (the group minus it would be a small count);
- a total is shown only when every count it sums is shown; otherwise it is hidden too ("×"
  when it is five or more), and so is every total that sums it, until nothing changes.

A hidden number then stands in no line whose total is shown, so no subtraction of shown numbers
gives it, nor any sum of hidden numbers. Where two tables show the same number (the formal
instruments are a row of one table and the total of another), `suppress_linked` hides it in
both once it is hidden in one. The periods are calendar years of fixed quarters, so two
periods never differ by one small cell.

A region is the sum of its municipalities and the country of its regions, and one may see
several levels. `suppress_across` hides a number of the higher level when the numbers its
parts show would give away what its hidden parts hold (`publication.py` applies it to every
place, level by level, and the pages show what it published).
"""

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

THRESHOLD = 5
TOTAL = "totaal"
# A cell of a grid: (row, column), each a label or TOTAL.
Key = tuple[Any, Any]


@dataclass
class Line:
    total: Key
    cells: list[Key]


@dataclass
class Grid:
    """Counts by (row, column), with TOTAL as the row or column of the totals."""

    rows: Sequence[Hashable]
    columns: Sequence[Hashable]
    values: dict[Key, int]
    row_totals: bool = True
    column_totals: bool = True
    # The size of the group each column counts within, when another table holds it.
    column_groups: dict[Any, int] = field(default_factory=dict)
    # The columns whose group is hidden in its own table.
    hidden_groups: set[Any] = field(default_factory=set)
    hidden: set[Key] = field(default_factory=set)

    def __post_init__(self) -> None:
        for row in self.rows:
            for column in self.columns:
                self.values.setdefault((row, column), 0)
        if self.row_totals:
            for row in self.rows:
                self.values[(row, TOTAL)] = sum(self.values[(row, c)] for c in self.columns)
        if self.column_totals:
            for column in self.columns:
                self.values[(TOTAL, column)] = sum(self.values[(r, column)] for r in self.rows)
        if self.row_totals and self.column_totals:
            self.values[(TOTAL, TOTAL)] = sum(self.values[(TOTAL, c)] for c in self.columns)

    def lines(self) -> list[Line]:
        found = []
        if self.row_totals:
            found += [Line((r, TOTAL), [(r, c) for c in self.columns]) for r in self.rows]
        if self.column_totals:
            found += [Line((TOTAL, c), [(r, c) for r in self.rows]) for c in self.columns]
        if self.row_totals and self.column_totals:
            found.append(Line((TOTAL, TOTAL), [(TOTAL, c) for c in self.columns]))
            found.append(Line((TOTAL, TOTAL), [(r, TOTAL) for r in self.rows]))
        return found

    def shown(self, row: Hashable, column: Hashable) -> int | None:
        """The count, or None when it is hidden."""
        if (row, column) in self.hidden:
            return None
        return self.values[(row, column)]

    def small(self, row: Hashable, column: Hashable) -> bool:
        """Whether a hidden count is under five (shown as "< 5"), not hidden to protect one."""
        return self.values[(row, column)] < THRESHOLD


def suppress(grid: Grid) -> Grid:
    """Hides in `grid` what must be hidden (see the module), beside what is hidden already;
    returns the grid."""
    grid.hidden |= {key for key, value in grid.values.items() if 0 < value < THRESHOLD}
    lines = grid.lines()
    for line in lines:
        if 0 < grid.values[line.total] < THRESHOLD:
            grid.hidden.update(line.cells)
    for column, size in grid.column_groups.items():
        if 0 < size < THRESHOLD:
            grid.hidden.update((row, column) for row in grid.rows)
        # The group minus a count is a count too ("the cases without Zorg at the table"); and
        # where the group is hidden in its own table, a count equal to it would show it.
        least = 0 if column in grid.hidden_groups else 1
        grid.hidden.update(
            (row, column)
            for row in grid.rows
            if least <= size - grid.values[(row, column)] < THRESHOLD
        )
    changed = True
    while changed:
        changed = False
        for line in lines:
            if line.total not in grid.hidden and any(c in grid.hidden for c in line.cells):
                grid.hidden.add(line.total)
                changed = True
        for line in lines:
            if line.total not in grid.hidden or set(line.cells) <= grid.hidden:
                continue
            if grid.values[line.total] < THRESHOLD:
                # A hidden total under five (a zero among them) with a count shown beside it
                # would tell that it is small enough for all of them to be hidden, or zero.
                grid.hidden.update(line.cells)
                changed = True
            elif not grid.hidden & set(line.cells):
                # A total hidden for another table's sake (the same number shown there, or at
                # another level) is still the sum of its cells: one of them is hidden with it.
                grid.hidden.add(min(line.cells, key=lambda cell: grid.values[cell]))
                changed = True
    return grid


def suppress_linked(grids: Sequence[Grid], links: Iterable[Sequence[tuple[Grid, Key]]]) -> None:
    """Suppression of grids that show the same number in more than one place: a number hidden
    in one place is hidden in all, until nothing changes."""
    links = [list(link) for link in links]
    changed = True
    while changed:
        for grid in grids:
            suppress(grid)
        changed = False
        for link in links:
            if any(key in grid.hidden for grid, key in link):
                for grid, key in link:
                    if key not in grid.hidden:
                        grid.hidden.add(key)
                        changed = True


def _pinned(rest: int, ranges: list[tuple[float, float]]) -> bool:
    """Whether some hidden count is pinned to one value by the sum `rest` of all of them, each
    known to lie in its range ("< 5": 0 to 4; "×": five or more)."""
    for i, (low, high) in enumerate(ranges):
        others = ranges[:i] + ranges[i + 1 :]
        least = max(low, rest - sum(h for _l, h in others))
        most = min(high, rest - sum(lo for lo, _h in others))
        if least >= most:
            return True
    return False


def _bounds(part: Grid, key: Key) -> tuple[float, float]:
    """What a reader can tell of a number of `part` from the part alone: shown, its value; "< 5"
    1 to 4 (a zero is mostly shown); "×" five or more, and for a total no more than its cells
    can hold, for a count within a group no more than the group (and near it, when hidden for
    the group's sake). Erring towards knowing more, which hides more."""
    if key not in part.hidden:
        value = part.values.get(key, 0)
        return value, value
    if part.small(*key):
        return 1, THRESHOLD - 1
    low, high = float(THRESHOLD), float("inf")
    for line in part.lines():
        if line.total == key:
            cells = [_bounds(part, cell) for cell in line.cells]
            low = max(low, sum(lo for lo, _hi in cells))
            high = min(high, sum(hi for _lo, hi in cells))
    group = part.column_groups.get(key[1])
    if group is not None and key[0] != TOTAL:
        low, high = max(low, group - THRESHOLD + 1), min(high, group)
    return low, high


def _gives_away(key: Key, value: int, parts: Sequence[Grid]) -> bool:
    hidden = [part for part in parts if key in part.hidden]
    if not hidden:
        return False
    rest = value - sum(part.values.get(key, 0) for part in parts if key not in part.hidden)
    ranges = [_bounds(part, key) for part in hidden]
    # Hidden as well where one more or one less would pin a part: that the number is hidden
    # must not tell which of the two it is.
    return rest < THRESHOLD or any(_pinned(rest + step, ranges) for step in (-1, 0, 1))


def suppress_across(
    total: Grid, parts: Sequence[Grid], finer: Sequence[Sequence[Grid]] = ()
) -> set[Key]:
    """The numbers of `total` (a region, the country) to hide because of its `parts` (its
    municipalities, its regions), each suppressed already: the levels show the same things,
    and a number of the total minus the shown numbers of its parts is what its hidden parts
    hold together (`rest`). That must not be a count under five (a region minus its other
    municipalities, or minus one's own), nor pin one hidden part to a value. A part that lacks
    the number shows it as 0.

    `finer` gives the parts of each part (the municipalities of each region): a hidden region's
    number is its shown municipalities' plus its hidden ones', so the country is also checked
    with each hidden region taken apart."""
    found = set()
    for key, value in total.values.items():
        if key in total.hidden:
            continue
        if _gives_away(key, value, parts):
            found.add(key)
            continue
        if finer:
            apart = [
                piece
                for part, pieces in zip(parts, finer, strict=True)
                for piece in (pieces if key in part.hidden else [part])
            ]
            if _gives_away(key, value, apart):
                found.add(key)
    return found
