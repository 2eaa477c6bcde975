"""The family network drawn as SVG, on the server, so that the page and the PDF action plan show
the same picture. Generations come from the relations (a parent sits one row above a child);
persons without family relations are placed by birth year."""

from collections import defaultdict, deque
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.translation import gettext as _

from casework.models import Person, Relation, RelationKind

# How many generations lie between the two ends of a relation (from → to).
GENERATION_STEP = {
    RelationKind.PARENT: 1,
    RelationKind.GRANDPARENT: 2,
    RelationKind.UNCLE_AUNT: 1,
    RelationKind.SIBLING: 0,
    RelationKind.PARTNER: 0,
    RelationKind.EX_PARTNER: 0,
    RelationKind.COUSIN: 0,
}
YEARS_PER_GENERATION = 25

NODE_WIDTH = 180
NODE_HEIGHT = 58
COLUMN_GAP = 30
ROW_GAP = 90
MARGIN = 20

LINE_STYLES = {
    RelationKind.PARENT: 'stroke="#154273" stroke-width="2"',
    RelationKind.GRANDPARENT: 'stroke="#154273" stroke-width="1.5" stroke-dasharray="2 4"',
    RelationKind.PARTNER: 'stroke="#1e7b34" stroke-width="3"',
    RelationKind.EX_PARTNER: 'stroke="#1e7b34" stroke-width="2" stroke-dasharray="6 4"',
    RelationKind.SIBLING: 'stroke="#4b5563" stroke-width="1.5"',
    RelationKind.UNCLE_AUNT: 'stroke="#4b5563" stroke-width="1.5" stroke-dasharray="4 3"',
    RelationKind.COUSIN: 'stroke="#4b5563" stroke-width="1.5" stroke-dasharray="1 3"',
    RelationKind.BUSINESS: 'stroke="#8a4b00" stroke-width="2" stroke-dasharray="8 3"',
    RelationKind.ASSOCIATE: 'stroke="#b3261e" stroke-width="2" stroke-dasharray="8 3"',
}


@dataclass(frozen=True)
class Placed:
    person: Person
    x: int
    y: int


def generations(persons: list[Person], relations: list[Relation]) -> dict[int, int]:
    """A generation number per person id, 0 for the oldest generation."""
    steps: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for relation in relations:
        step = GENERATION_STEP.get(RelationKind(relation.kind))
        if step is not None:
            steps[relation.from_person_id].append((relation.to_person_id, step))
            steps[relation.to_person_id].append((relation.from_person_id, -step))
    by_age = sorted(persons, key=lambda p: (p.birth_date is None, p.birth_date, p.pk))
    oldest_year = next((p.birth_date.year for p in by_age if p.birth_date), None)
    generation: dict[int, int] = {}
    for start in by_age:
        if start.pk in generation:
            continue
        # A new group of relatives: anchor it by birth year where known.
        if start.birth_date and oldest_year is not None:
            generation[start.pk] = (start.birth_date.year - oldest_year) // YEARS_PER_GENERATION
        else:
            generation[start.pk] = 0
        queue = deque([start.pk])
        while queue:
            current = queue.popleft()
            for other, step in steps[current]:
                if other not in generation:
                    generation[other] = generation[current] + step
                    queue.append(other)
    lowest = min(generation.values(), default=0)
    return {pk: gen - lowest for pk, gen in generation.items()}


def layout(persons: list[Person], relations: list[Relation]) -> list[Placed]:
    """Rows by generation; within a row, children under their parents (the mean column of
    their parents, a common way to keep lines from crossing) and partners side by side."""
    rows: dict[int, list[Person]] = defaultdict(list)
    generation = generations(persons, relations)
    for person in persons:
        rows[generation[person.pk]].append(person)
    partners = {
        frozenset((r.from_person_id, r.to_person_id))
        for r in relations
        if r.kind in (RelationKind.PARTNER, RelationKind.EX_PARTNER)
    }
    parents: dict[int, list[int]] = defaultdict(list)
    for relation in relations:
        if GENERATION_STEP.get(RelationKind(relation.kind), 0) > 0:
            parents[relation.to_person_id].append(relation.from_person_id)
    column: dict[int, float] = {}
    placed = []
    for row, members in sorted(rows.items()):
        by_age = sorted(members, key=lambda p: (p.birth_date is None, p.birth_date, p.pk))
        ranked = sorted(
            by_age,
            key=lambda p: _mean([column[q] for q in parents[p.pk] if q in column], by_age.index(p)),
        )
        for index, person in enumerate(_partners_side_by_side(ranked, partners)):
            column[person.pk] = index
            placed.append(
                Placed(
                    person,
                    MARGIN + index * (NODE_WIDTH + COLUMN_GAP),
                    MARGIN + row * (NODE_HEIGHT + ROW_GAP),
                )
            )
    return placed


def _mean(values: list[float], default: float) -> float:
    return sum(values) / len(values) if values else default


def _partners_side_by_side(members: list[Person], partners: set[frozenset[int]]) -> list[Person]:
    ordered: list[Person] = []
    for person in members:
        if person in ordered:
            continue
        ordered.append(person)
        for other in members:
            if other not in ordered and frozenset((person.pk, other.pk)) in partners:
                ordered.append(other)
    return ordered


def network_svg(persons: list[Person], relations: list[Relation], *, title: str) -> str:
    """An accessible SVG of the network; the page puts a table of the same facts beside it."""
    if not persons:
        return ""
    placed = layout(persons, relations)
    where = {item.person.pk: item for item in placed}
    width = max(item.x for item in placed) + NODE_WIDTH + MARGIN
    height = max(item.y for item in placed) + NODE_HEIGHT + MARGIN
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="netwerk-titel" '
        'class="network-diagram" font-family="Helvetica, Arial, sans-serif">',
        f'<title id="netwerk-titel">{escape(title)}</title>',
    ]
    for relation in relations:
        start, end = where.get(relation.from_person_id), where.get(relation.to_person_id)
        if start and end:
            parts.append(_line(relation, start, end))
    for item in placed:
        parts.append(_node(item))
    parts.append("</svg>")
    return "\n".join(parts)


def _line(relation: Relation, start: Placed, end: Placed) -> str:
    style = LINE_STYLES[RelationKind(relation.kind)]
    if start.y == end.y:
        left, right = sorted((start, end), key=lambda item: item.x)
        x1, x2 = left.x + NODE_WIDTH, right.x
        y1 = y2 = left.y + NODE_HEIGHT // 2
        if right.x - left.x > NODE_WIDTH + COLUMN_GAP:
            # Not neighbours: arc over the persons in between instead of crossing them.
            x1, x2 = left.x + NODE_WIDTH // 2, right.x + NODE_WIDTH // 2
            y1 = y2 = left.y
            middle = (x1 + x2) // 2
            return f'<path d="M{x1},{y1} Q{middle},{y1 - 40} {x2},{y2}" fill="none" {style}/>'
    else:
        upper, lower = sorted((start, end), key=lambda item: item.y)
        x1, y1 = upper.x + NODE_WIDTH // 2, upper.y + NODE_HEIGHT
        x2, y2 = lower.x + NODE_WIDTH // 2, lower.y
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" {style}/>'


def _node(item: Placed) -> str:
    person = item.person
    minor = person.is_minor
    fill, stroke = ("#fff4d6", "#b7791f") if minor else ("#ffffff", "#154273")
    year = str(person.birth_date.year) if person.birth_date else "?"
    detail = f"{year}" + (f" · {_('minderjarig')}" if minor else "")
    roles = ", ".join(str(label) for label in person.get_roles_display_list())
    return (
        f'<g><rect x="{item.x}" y="{item.y}" width="{NODE_WIDTH}" height="{NODE_HEIGHT}" '
        f'rx="6" fill="{fill}" stroke="{stroke}" stroke-width="2"/>'
        f'<text x="{item.x + 10}" y="{item.y + 20}" font-size="14" font-weight="bold" '
        f'fill="#1b1b1b">{escape(_shorten(person.full_name, 22))}</text>'
        f'<text x="{item.x + 10}" y="{item.y + 37}" font-size="12" fill="#1b1b1b">'
        f"{escape(detail)}</text>"
        f'<text x="{item.x + 10}" y="{item.y + 51}" font-size="11" fill="#4b5563">'
        f"{escape(_shorten(roles, 30))}</text></g>"
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"
