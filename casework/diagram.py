"""The family network drawn as SVG on the server, so that the page and the PDF action plan show
the same picture. Graphviz's ``dot`` lays it out; this module decides what goes where.

Generations come from the relations (a parent sits one generation above a child, a grandparent
two); persons without family relations are placed by birth year (``generations``). Each
generation is drawn as a band of one or more rows (``rank=same`` groups, kept in order by an
invisible chain), so a parent is always above a child however the family is linked. Partners,
ex-partners, siblings and cousins share their generation's band; business relations and criminal
associates are drawn between whoever they link without moving anyone.

Width: a row holds at most ``MAX_PER_ROW`` persons. A larger generation is dealt over several
rows of its band, column by column, so that brothers and sisters stand one under the other
beneath their parents; invisible heavy edges tie the band's rows into a grid, so the band is as
wide as one row. Partners stay side by side in one row. Boxes are about ``NODE_WIDTH`` points
(names wrapped over two lines, cut with an ellipsis; the full name is in the tooltip), text 12
and 13 points. Boxes keep their distance through an invisible margin around each, so the lines
passing between them may run close together. Forty persons in four generations come out some
970 units wide: the page's content column at 1366 CSS pixels (72rem less padding, about 1,050
pixels) shows that at natural scale, one SVG unit to one CSS pixel, without scrolling. Each line
that runs down past a band's upper rows takes a little room, so a much larger network is wider
(some 1,400 units for 190 persons): draw such a network around a person (``focus``). The SVG
carries its natural size in width and height; the stylesheet lets it shrink to its box, and
scroll within it on a phone. dot measures the text in Liberation Sans, which has the widths of
the Arial and Helvetica that the SVG asks for; each line is then centred in its box.

The SVG is safe to put in the page as it is: no scripts, no ``style`` attribute or element (the
Content-Security-Policy forbids inline styles), user-supplied text only as escaped text. It is
kept in Django's cache under a hash of the DOT source (with the title and this module's own
hash), so ``dot`` runs once per picture. Without a working ``dot`` it raises DrawingUnavailable.
"""

import hashlib
import re
import shutil
import subprocess
import textwrap
import threading
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import graphviz
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
PARTNER_KINDS = {RelationKind.PARTNER, RelationKind.EX_PARTNER}


def drawn_kind(relation: Relation) -> RelationKind:
    """How a relation is drawn: a partnership that ended is drawn as one of ex-partners."""
    kind = RelationKind(relation.kind)
    if (
        kind == RelationKind.PARTNER
        and relation.valid_to
        and relation.valid_to <= timezone.localdate()
    ):
        return RelationKind.EX_PARTNER
    return kind


@dataclass(frozen=True)
class LineStyle:
    colour: str
    width: float
    dashes: str = ""  # an SVG stroke-dasharray; empty for a solid line


# The legend under the drawing (templates/casework/case_network.html) describes these.
LINE_STYLES = {
    RelationKind.PARENT: LineStyle("#154273", 2),
    RelationKind.GRANDPARENT: LineStyle("#154273", 1.5, "2 4"),
    RelationKind.PARTNER: LineStyle("#1e7b34", 3),
    RelationKind.EX_PARTNER: LineStyle("#1e7b34", 2, "6 4"),
    RelationKind.SIBLING: LineStyle("#4b5563", 1.5),
    RelationKind.UNCLE_AUNT: LineStyle("#4b5563", 1.5, "4 3"),
    RelationKind.COUSIN: LineStyle("#4b5563", 1.5, "1 3"),
    RelationKind.BUSINESS: LineStyle("#8a4b00", 2, "8 3"),
    RelationKind.ASSOCIATE: LineStyle("#b3261e", 2, "8 3"),
}

# Persons: white boxes with a blue border; minors yellow with an orange-brown border.
ADULT_COLOURS = ("#ffffff", "#154273")
MINOR_COLOURS = ("#fff4d6", "#b7791f")
FOCUS_FILL = "#e3ecf7"
TEXT_COLOUR = "#1b1b1b"
FONT = "Helvetica,Arial,sans-serif"
NAME_SIZE = 13
DETAIL_SIZE = 12

MAX_PER_ROW = 5
NODE_GAP = 12  # points between two boxes in a row
ROW_GAP = 30  # points between two rows
STACK_WEIGHT = 10  # how strongly the rows of a generation keep to their grid
NODE_WIDTH = 120  # points; a box grows when its text needs more, which the wrapping prevents
NAME_CHARS = 16  # per line of a name, two lines at most
DETAIL_CHARS = 21  # per line of the roles, two lines at most
WIDE = 640  # wider than this (in CSS px), the drawing gets a minimum width on small screens

DOT_TIMEOUT = 10  # seconds
CACHE_SECONDS = 7 * 24 * 3600
# Part of the cache key: a change to this module may change the SVG made from the same source.
DRAWING_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"


class DrawingUnavailable(Exception):
    """Graphviz's dot is missing, failed or took too long: show the tables without a drawing."""


def generations(persons: list[Person], relations: list[Relation]) -> dict[int, int]:
    """A generation number per person id, 0 for the oldest generation."""
    steps: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for relation in relations:
        step = GENERATION_STEP.get(RelationKind(relation.kind))
        if step is not None:
            steps[relation.from_person_id].append((relation.to_person_id, step))
            steps[relation.to_person_id].append((relation.from_person_id, -step))
    by_age = sorted(persons, key=_age_order)
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


def _age_order(person: Person) -> tuple[bool, object, int]:
    return (person.birth_date is None, person.birth_date, person.pk)


def within_reach(
    persons: list[Person], relations: list[Relation], focus: Person, depth: int
) -> tuple[list[Person], list[Relation]]:
    """The persons at most ``depth`` relations away from ``focus``, and the relations among
    them."""
    neighbours: dict[int, set[int]] = defaultdict(set)
    for relation in relations:
        neighbours[relation.from_person_id].add(relation.to_person_id)
        neighbours[relation.to_person_id].add(relation.from_person_id)
    distance = {focus.pk: 0}
    queue = deque([focus.pk])
    while queue:
        current = queue.popleft()
        if distance[current] >= depth:
            continue
        for other in sorted(neighbours[current]):
            if other not in distance:
                distance[other] = distance[current] + 1
                queue.append(other)
    kept = [p for p in persons if p.pk in distance]
    return kept, [
        r for r in relations if r.from_person_id in distance and r.to_person_id in distance
    ]


def rows(persons: list[Person], relations: list[Relation]) -> list[list[list[Person]]]:
    """Per generation, oldest first, its rows of at most MAX_PER_ROW persons: partners together
    in one row, children in the order of their parents (which keeps lines from crossing)."""
    generation = generations(persons, relations)
    members: dict[int, list[Person]] = defaultdict(list)
    for person in sorted(persons, key=_age_order):
        members[generation[person.pk]].append(person)
    partners: dict[int, set[int]] = defaultdict(set)
    elders: dict[int, list[int]] = defaultdict(list)
    for relation in relations:
        kind = RelationKind(relation.kind)
        if kind in PARTNER_KINDS:
            partners[relation.from_person_id].add(relation.to_person_id)
            partners[relation.to_person_id].add(relation.from_person_id)
        elif GENERATION_STEP.get(kind, 0) > 0:
            elders[relation.to_person_id].append(relation.from_person_id)
    # Where each person already placed stands: across (0 left to 1 right) and down (the row).
    position: dict[int, tuple[float, int]] = {}
    bands: list[list[list[Person]]] = []
    for gen in sorted(members):
        people = members[gen]
        fallback = {p.pk: i / max(1, len(people) - 1) for i, p in enumerate(people)}

        def place(
            unit: list[Person], fallback: dict[int, float] = fallback
        ) -> tuple[float, float, int]:
            """Under the parents; brothers and sisters together, as the parents come."""
            known = sorted({e for p in unit for e in elders[p.pk] if e in position})
            if not known:
                return (sum(fallback[p.pk] for p in unit) / len(unit), 0, 0)
            across = sum(position[e][0] for e in known) / len(known)
            down = sum(position[e][1] for e in known) / len(known)
            return (across, down, known[0])

        band = _fill_rows(sorted(_partner_groups(people, partners), key=place), len(people))
        columns = max(len(row) for row in band)
        for row_number, row in enumerate(band, start=sum(len(b) for b in bands)):
            for column, person in enumerate(row):
                position[person.pk] = (column / max(1, columns - 1), row_number)
        bands.append(band)
    return bands


def _partner_groups(people: list[Person], partners: dict[int, set[int]]) -> list[list[Person]]:
    """The generation's persons in groups linked by (ex-)partnership, each group in age order."""
    by_pk = {p.pk: p for p in people}
    seen: set[int] = set()
    groups = []
    for person in people:
        if person.pk in seen:
            continue
        group, queue = [], deque([person.pk])
        seen.add(person.pk)
        while queue:
            current = queue.popleft()
            group.append(by_pk[current])
            for other in sorted(partners[current]):
                if other in by_pk and other not in seen:
                    seen.add(other)
                    queue.append(other)
        groups.append(sorted(group, key=_age_order))
    return groups


def _fill_rows(units: list[list[Person]], count: int) -> list[list[Person]]:
    """Rows of at most MAX_PER_ROW that each reach across the whole generation: the groups of
    partners, in their order, dealt out column by column (each to the row that has fewest so
    far, the upper one first), so that brothers and sisters stand one under the other, under
    their parents, rather than side by side. A group is split only when longer than a row."""
    filled: list[list[Person]] = [[] for _ in range(-(-count // MAX_PER_ROW))]
    for unit in units:
        for chunk in (unit[i : i + MAX_PER_ROW] for i in range(0, len(unit), MAX_PER_ROW)):
            fits = [row for row in filled if len(row) + len(chunk) <= MAX_PER_ROW]
            if not fits:
                filled.append([])
                fits = filled[-1:]
            min(fits, key=len).extend(chunk)
    return [row for row in filled if row]


# --- DOT --------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """One line of printable text: control characters out, runs of white space one space."""
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in "\t\n")
    return " ".join(text.split())


def _wrap(text: str, width: int, lines: int) -> list[str]:
    """At most ``lines`` lines of at most ``width`` characters, an ellipsis where text was cut."""
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return wrapped


def _html(text: str) -> str:
    """Text for a Graphviz HTML-like label."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _details(person: Person) -> tuple[str, str]:
    """The birth year and age; minority and roles."""
    if person.birth_date is None:
        # A pseudonymised drawing knows the age only (casework/plans/drawing.py).
        age = person.age
        years = "?" if age is None else ngettext("%(age)s jaar", "%(age)s jaar", age) % {"age": age}
    else:
        years = str(person.birth_date.year)
        age = person.age
        if age is not None:
            years += " · " + ngettext("%(age)s jaar", "%(age)s jaar", age) % {"age": age}
    roles = [str(label) for label in person.get_roles_display_list()]
    if person.is_minor:
        roles.insert(0, _("minderjarig"))
    return years, ", ".join(roles)


def _describe(person: Person) -> str:
    """The person in one line: the node's tooltip and its name for assistive technology."""
    return " · ".join(part for part in (_clean(person.full_name), *_details(person)) if part)


def _node_attributes(
    person: Person, *, url: str | None, focused: bool
) -> tuple[str, dict[str, str]]:
    years, roles = _details(person)
    lines = [f"<B>{_html(line)}</B>" for line in _wrap(_clean(person.full_name), NAME_CHARS, 2)]
    small = [years, *(_wrap(_clean(roles), DETAIL_CHARS, 2) if roles else [])]
    lines += [f'<FONT POINT-SIZE="{DETAIL_SIZE}">{_html(line)}</FONT>' for line in small]
    fill, border = MINOR_COLOURS if person.is_minor else ADULT_COLOURS
    if focused and not person.is_minor:
        fill = FOCUS_FILL
    # The box is the label's table; the node around it is invisible and a little larger, which
    # keeps the boxes apart while the lines passing between them may run closer together.
    box = (
        f'<TABLE STYLE="rounded" BORDER="{4 if focused else 2}" CELLBORDER="0" CELLSPACING="0"'
        f' CELLPADDING="3" BGCOLOR="{fill}" COLOR="{border}"><TR>'
        f'<TD WIDTH="{NODE_WIDTH - 8}" BALIGN="CENTER">{"<BR/>".join(lines)}</TD>'
        "</TR></TABLE>"
    )
    # The whole description in the source, so that it is part of the cache key too.
    attributes = {"id": f"persoon-{person.pk}", "tooltip": graphviz.escape(_describe(person))}
    if url:
        attributes["URL"] = graphviz.escape(url)
    return f"<{box}>", attributes


def network_source(
    persons: list[Person],
    relations: list[Relation],
    *,
    person_url: Callable[[Person], str] | None = None,
    focus: Person | None = None,
) -> str:
    """The DOT source of the drawing (what ``dot`` lays out)."""
    graph = graphviz.Digraph("netwerk")
    graph.attr(
        rankdir="TB",
        nodesep="0.02",
        ranksep=str(ROW_GAP / 72),
        splines="true",
        outputorder="edgesfirst",
        bgcolor="transparent",
        pad="0.1",
        fontname=FONT,
    )
    graph.attr(
        "node",
        shape="none",
        fontname=FONT,
        fontsize=str(NAME_SIZE),
        fontcolor=TEXT_COLOUR,
        width="0",
        height="0",
        margin=f"{NODE_GAP / 2 / 72:.3f},0.02",
    )
    # Lines run to the middle of a person, under the box: they meet its border wherever it is.
    graph.attr("edge", dir="none", arrowhead="none", headclip="false", tailclip="false")
    # Each row a rank of its own, kept in order by a chain of invisible points; between two
    # generations the chain skips a rank, so that the rows of one generation stay together.
    rank: dict[int, int] = {}
    row_number, row_rank = 0, 0
    for band_rows in rows(persons, relations):
        for index, row in enumerate(band_rows):
            anchor = f"rij{row_number}"
            with graph.subgraph() as same:
                same.attr(rank="same")
                same.node(anchor, "", style="invis", shape="point", width="0", height="0")
                for person in row:
                    label, attributes = _node_attributes(
                        person,
                        url=person_url(person) if person_url else None,
                        focused=focus is not None and person.pk == focus.pk,
                    )
                    same.node(f"p{person.pk}", label, **attributes)
                # Left to right in this order, which puts children under their parents.
                names = [anchor, *(f"p{person.pk}" for person in row)]
                for left, right in zip(names, names[1:], strict=False):
                    same.edge(left, right, style="invis", weight="0")
            if row_number:
                step = 1 if index else 2
                graph.edge(f"rij{row_number - 1}", anchor, style="invis", minlen=str(step))
                row_rank += step
            if index:
                # The rows of a generation as a grid: who stands i-th in a row stands right
                # under the i-th of the row above, so the generation is as wide as one row.
                for upper, lower in zip(band_rows[index - 1], row, strict=False):
                    graph.edge(
                        f"p{upper.pk}", f"p{lower.pk}", style="invis", weight=str(STACK_WEIGHT)
                    )
            rank.update((person.pk, row_rank) for person in row)
            row_number += 1
    for index, relation in enumerate(relations):
        top, bottom = rank.get(relation.from_person_id), rank.get(relation.to_person_id)
        if top is None or bottom is None:
            continue
        kind = drawn_kind(relation)
        style = LINE_STYLES[kind]
        attributes = {
            "id": f"relatie-{index}",
            "color": style.colour,
            "penwidth": str(style.width),
            "style": "dashed" if style.dashes else "solid",
            "weight": "2" if kind in GENERATION_STEP else "1",
            "constraint": "false",
        }
        ends = [f"p{relation.from_person_id}", f"p{relation.to_person_id}"]
        if top > bottom:
            ends.reverse()  # from older to younger, as the ranks go
        if top != bottom and kind in GENERATION_STEP:
            # A family line helps order the rows; its length is what the rows already say.
            attributes.update(constraint="true", minlen=str(abs(bottom - top)))
        graph.edge(*ends, **attributes)
    return graph.source


# --- SVG --------------------------------------------------------------------------------------


def network_svg(
    persons: list[Person],
    relations: list[Relation],
    *,
    title: str,
    person_url: Callable[[Person], str] | None = None,
    focus: Person | None = None,
    depth: int = 2,
) -> str:
    """An accessible SVG of the network (the page puts a table of the same facts beside it);
    with ``focus``, only the persons within ``depth`` relations of that person. Raises
    DrawingUnavailable when Graphviz cannot draw it."""
    if focus is not None:
        persons, relations = within_reach(persons, relations, focus, depth)
    if not persons:
        return ""
    source = network_source(persons, relations, person_url=person_url, focus=focus)
    key = cache_key(source, title)
    svg = cache.get(key)
    if svg is None:
        svg = _finish(
            _run_dot(source),
            title=title,
            persons=persons,
            relations=relations,
            links=person_url is not None,
        )
        cache.set(key, svg, CACHE_SECONDS)
    return str(svg)


def cache_key(source: str, title: str) -> str:
    digest = hashlib.sha256(f"{DRAWING_VERSION}\0{title}\0{source}".encode()).hexdigest()
    return f"diagram:{digest}"


def _run_dot(source: str) -> bytes:
    dot = shutil.which("dot")
    if dot is None:
        raise DrawingUnavailable("Graphviz's dot is not installed (Debian package graphviz)")
    try:
        done = subprocess.run(  # noqa: S603 - a fixed command, the source on standard input
            [dot, "-Tsvg"],
            input=source.encode(),
            capture_output=True,
            timeout=DOT_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise DrawingUnavailable(f"dot took longer than {DOT_TIMEOUT} s") from error
    except OSError as error:
        raise DrawingUnavailable(f"dot could not be started: {error}") from error
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode(errors="replace").strip()[:500]
        raise DrawingUnavailable(f"dot failed ({done.returncode}): {message}")
    return done.stdout


# dot passes text that looks like an entity (&name;) through as it is; XML knows only these.
STRAY_AMPERSAND = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")


OWN_ID = re.compile(r"(?:persoon|relatie)-\d+")


def _finish(
    output: bytes,
    *,
    title: str,
    persons: list[Person],
    relations: list[Relation],
    links: bool,
) -> str:
    """dot's SVG made fit for the page: our title and size, meaningful titles on persons and
    relations, the line styles of the legend, and nothing the page's policy would block."""
    try:
        root = ET.fromstring(STRAY_AMPERSAND.sub(b"&amp;", output))  # noqa: S314 - dot's own
    except ET.ParseError as error:
        raise DrawingUnavailable(f"dot wrote no readable SVG: {error}") from error
    names = {f"persoon-{p.pk}": _describe(p) for p in persons}
    by_pk = {p.pk: p for p in persons}
    lines: dict[str, tuple[str, LineStyle]] = {}
    for index, relation in enumerate(relations):
        start, end = by_pk.get(relation.from_person_id), by_pk.get(relation.to_person_id)
        if start and end:
            relation_kind = drawn_kind(relation)
            text = f"{_clean(start.full_name)} {relation_kind.label} {_clean(end.full_name)}"
            lines[f"relatie-{index}"] = (text, LINE_STYLES[relation_kind])

    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    for attribute in ("width", "height", "style"):
        root.attrib.pop(attribute, None)
    root.set("width", f"{width:.0f}")
    root.set("height", f"{height:.0f}")
    # With links inside, a role whose children count: an "img" hides them from assistive
    # technology. "img" stays as the fallback for what does not know graphics-document.
    root.set("role", "graphics-document img" if links else "img")
    root.set("aria-label", title)
    root.set("class", "network-diagram" + (" network-diagram--wide" if width > WIDE else ""))
    heading = ET.Element(f"{{{SVG_NS}}}title")
    heading.text = title
    root.insert(0, heading)

    for parent in list(root.iter()):
        for child in list(parent):
            tag = child.tag.rpartition("}")[2]
            if tag in ("script", "style", "foreignObject"):
                parent.remove(child)
                continue
            for attribute in [a for a in child.attrib if a == "style" or a.startswith("on")]:
                del child.attrib[attribute]
            if tag != "g":
                continue
            ident, kind = child.get("id", ""), child.get("class", "")
            own_title = child.find(f"{{{SVG_NS}}}title")
            if kind == "graph" and own_title is not None:
                child.remove(own_title)
            elif kind == "node" and ident.startswith("persoon-"):
                # Our own words, not dot's: it reads backslashes in a tooltip as its escapes.
                if own_title is not None:
                    own_title.text = names.get(ident, "")
                for holder in list(child.iter(f"{{{SVG_NS}}}g")):
                    for link in holder.findall(f"{{{SVG_NS}}}a"):
                        if link.get(f"{{{XLINK_NS}}}href"):
                            link.set(f"{{{XLINK_NS}}}title", names.get(ident, ""))
                        else:  # a tooltip without a link: the box without the wrapper
                            at = list(holder).index(link)
                            holder.remove(link)
                            holder[at:at] = list(link)
                _centre_text(child)
            elif kind == "edge" and ident in lines:
                text, style = lines[ident]
                if own_title is not None:
                    own_title.text = text
                for path in child.iter(f"{{{SVG_NS}}}path"):
                    path.attrib.pop("stroke-dasharray", None)
                    if style.dashes:
                        path.set("stroke-dasharray", style.dashes)
            elif kind in ("node", "edge"):
                parent.remove(child)  # the invisible chain that keeps the rows in order
    # dot's own ids (graph0, a_persoon-1) would repeat when a page shows two drawings.
    for element in root.iter():
        if not OWN_ID.fullmatch(element.get("id", "persoon-0")):
            del element.attrib["id"]
    return _svg_text(root)


_NAMESPACES_LOCK = threading.Lock()


def _svg_text(root: ET.Element) -> str:
    """The SVG as text, its own namespace without a prefix (inline SVG in HTML has none).

    ElementTree's prefixes are one registry for the whole process, which WeasyPrint also
    writes to (it maps the empty prefix to its own use when the PDF code is imported): ours
    are set for this call only, and the registry is given back as it was."""
    registry = ET._namespace_map  # type: ignore[attr-defined]
    with _NAMESPACES_LOCK:
        saved = dict(registry)
        try:
            ET.register_namespace("", SVG_NS)
            ET.register_namespace("xlink", XLINK_NS)
            return ET.tostring(root, encoding="unicode")
        finally:
            registry.clear()
            registry.update(saved)


def _centre_text(node: ET.Element) -> None:
    """Each line of text centred in its box, rather than starting where dot measured it to: a
    browser's font may be a little wider or narrower than the one dot measured with."""
    box = node.find(f".//{{{SVG_NS}}}path")
    if box is None:
        return
    xs = [float(x) for x in re.findall(r"(-?[\d.]+),-?[\d.]+", box.get("d", ""))]
    if not xs:
        return
    middle = f"{(min(xs) + max(xs)) / 2:g}"
    for text in node.iter(f"{{{SVG_NS}}}text"):
        text.set("text-anchor", "middle")
        text.set("x", middle)
