"""The family network as Graphviz draws it (casework/diagram.py): every person once, as a link,
in rows by generation, narrow enough for the page, and safe to put in it as it is."""

import datetime
import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone

from casework import diagram
from casework.diagram import (
    LINE_STYLES,
    MAX_PER_ROW,
    DrawingUnavailable,
    cache_key,
    network_source,
    network_svg,
)
from casework.models import Person, Relation, RelationKind

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
# New in every run, so the module's drawing is made, not taken from an earlier run's cache.
TITLE = f'Familienetwerk van <casus> "{uuid.uuid4().hex[:8]}"'
# At natural scale (one SVG unit to one CSS pixel) the drawing fits the page's content column
# of 72rem at 1366 pixels with room to spare.
MAX_WIDTH = 1040

LONG_NAME = ("Maximiliaan Alexander Johannes", "van der Heijden-Vanderbroeck-Oppenheimer")
NASTY_NAME = ("<script>alert(1)</script>", 'O"Neil & Zn &foo; \\N')


def url(person: Person) -> str:
    return f"/casussen/1/personen/{person.pk}/"


class Network:
    """Forty persons in four generations, as unsaved model instances."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.relations: list[Relation] = []
        self.generation: dict[int, int] = {}

    def person(self, generation: int, first: str, last: str, year: int, *roles: str) -> Person:
        person = Person(
            pk=len(self.persons) + 1,
            first_name=first,
            last_name=last,
            birth_date=datetime.date(year, 3, 1),
            roles=list(roles) or ["familielid"],
        )
        self.persons.append(person)
        self.generation[person.pk] = generation
        return person

    def relate(self, left: Person, kind: str, right: Person) -> None:
        self.relations.append(
            Relation(pk=len(self.relations) + 1, from_person=left, kind=kind, to_person=right)
        )

    def children(self, parents: tuple[Person, ...], count: int, last: str, year: int) -> list:
        kids = [
            self.person(self.generation[parents[0].pk] + 1, f"Kind{i}", last, year + 2 * i)
            for i in range(count)
        ]
        for kid in kids:
            for parent in parents:
                self.relate(parent, "ouder", kid)
        for older, younger in zip(kids, kids[1:], strict=False):
            self.relate(older, "broer_zus", younger)
        return kids


def forty() -> Network:
    net = Network()
    gerrit = net.person(0, "Gerrit", "Doornbos", 1946, "betrokkene", "dader")
    hennie = net.person(0, "Hennie", "Doornbos", 1948)
    kees = net.person(0, "Kees", "Vermeer", 1945)
    riet = net.person(0, "Riet", "Vermeer", 1949)
    net.relate(gerrit, "partner", hennie)
    net.relate(kees, "partner", riet)
    doornbos = net.children((gerrit, hennie), 4, "Doornbos", 1970)
    vermeer = net.children((kees, riet), 3, "Vermeer", 1972)
    net.relate(doornbos[0], "ex_partner", vermeer[0])
    couples = [(doornbos[0], vermeer[0])]
    names = [LONG_NAME, NASTY_NAME] + [(f"Schoonkind{i}", "Smit") for i in range(3)]
    for index, (kid, (first, last)) in enumerate(
        zip(doornbos[1:] + vermeer[1:], names, strict=True)
    ):
        inlaw = net.person(1, first, last, 1971 + index)
        net.relate(kid, "partner", inlaw)
        couples.append((kid, inlaw))
    grandchildren = []
    for index, couple in enumerate(couples):
        grandchildren += net.children(couple, 3 if index < 4 else 2, couple[0].last_name, 1996)
    for index, parent in enumerate(grandchildren[:4]):
        for kid in net.children((parent,), 2, parent.last_name, 2014 + index):
            kid.roles = ["slachtoffer"]
    nasty = next(p for p in net.persons if p.first_name == NASTY_NAME[0])
    nasty.roles = ["dader"]
    net.relate(nasty, "handlanger", grandchildren[5])
    net.relate(gerrit, "zakelijk", kees)
    net.relate(gerrit, "grootouder", grandchildren[0])
    net.relate(grandchildren[1], "neef_nicht", grandchildren[10])
    net.relate(doornbos[1], "oom_tante", grandchildren[12])
    assert len(net.persons) == 40
    return net


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output


def nodes(root: ET.Element) -> dict[int, ET.Element]:
    found = {}
    for group in root.iter(f"{SVG}g"):
        match = re.fullmatch(r"persoon-(\d+)", group.get("id", ""))
        if match and group.get("class") == "node":
            assert int(match[1]) not in found
            found[int(match[1])] = group
    return found


def centre_y(node: ET.Element) -> float:
    """The vertical middle of a person's box, from its text lines."""
    ys = [float(text.get("y", "0")) for text in node.iter(f"{SVG}text")]
    return sum(ys) / len(ys)


def fresh_title() -> str:
    """A title of its own, so that no earlier test or run has the drawing in the cache (which the
    other tests share: clearing it would clear theirs too)."""
    return f"Familienetwerk {uuid.uuid4()}"


def _draw(net: Network, **options) -> str:
    return network_svg(net.persons, net.relations, title=fresh_title(), **options)


@pytest.fixture(scope="module")
def drawn() -> tuple[Network, str]:
    net = forty()
    return net, network_svg(net.persons, net.relations, title=TITLE, person_url=url)


def test_forty_persons_each_once_as_a_link(drawn: tuple[Network, str]) -> None:
    net, svg = drawn
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("aria-label") == TITLE
    assert root[0].tag == f"{SVG}title" and root[0].text == TITLE
    assert "&lt;casus&gt;" in svg
    assert "img" in root.get("role", "").split()
    drawn_nodes = nodes(root)
    assert set(drawn_nodes) == {p.pk for p in net.persons}
    for person in net.persons:
        links = list(drawn_nodes[person.pk].iter(f"{SVG}a"))
        assert len(links) == 1
        assert links[0].get(f"{XLINK}href") == url(person)
        assert person.full_name in links[0].get(f"{XLINK}title", "")
        assert "".join(links[0].itertext()).strip()  # the link's text, for its name
    assert svg.count("Gerrit Doornbos") >= 1


def test_forty_persons_fit_the_page(drawn: tuple[Network, str]) -> None:
    root = parse(drawn[1])
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width <= MAX_WIDTH, width
    assert float(root.get("width", "0")) == pytest.approx(width, abs=1)
    assert float(root.get("height", "0")) == pytest.approx(height, abs=1)
    assert "pt" not in root.get("width", "") + root.get("height", "")
    for node in nodes(root).values():
        sizes = {float(t.get("font-size", "0")) for t in node.iter(f"{SVG}text")}
        assert sizes <= {12.0, 13.0, 14.0}, sizes


def test_parents_above_children_and_partners_side_by_side(drawn: tuple[Network, str]) -> None:
    net, svg = drawn
    where = {pk: centre_y(node) for pk, node in nodes(parse(svg)).items()}
    for relation in net.relations:
        top, bottom = where[relation.from_person_id], where[relation.to_person_id]
        if relation.kind in ("ouder", "oom_tante"):
            assert top < bottom - 30, relation
        elif relation.kind in ("partner", "ex_partner"):
            assert top == pytest.approx(bottom, abs=1), relation
    # Generations in order, top to bottom, a row never holding two generations.
    rows: dict[float, set[int]] = {}
    for pk, y in where.items():
        rows.setdefault(round(y), set()).add(net.generation[pk])
    assert all(len(generations) == 1 for generations in rows.values())
    order = [next(iter(rows[y])) for y in sorted(rows)]
    assert order == sorted(order)
    band = {pk: next(iter(rows[round(y)])) for pk, y in where.items()}
    for relation in net.relations:
        if relation.kind in ("broer_zus", "neef_nicht", "partner", "ex_partner"):
            assert band[relation.from_person_id] == band[relation.to_person_id], relation
    assert max(len([pk for pk, y in where.items() if round(y) == row]) for row in rows) <= (
        MAX_PER_ROW
    )


def test_lines_and_minors_look_as_the_legend_says(drawn: tuple[Network, str]) -> None:
    net, svg = drawn
    root = parse(svg)
    kinds = {f"relatie-{i}": r.kind for i, r in enumerate(net.relations)}
    seen = set()
    for group in root.iter(f"{SVG}g"):
        kind = kinds.get(group.get("id", ""))
        if kind is None:
            continue
        path = next(group.iter(f"{SVG}path"))
        style = LINE_STYLES[RelationKind(kind)]
        assert path.get("stroke") == style.colour, kind
        assert path.get("stroke-dasharray") == (style.dashes or None), kind
        seen.add(kind)
    assert seen == {"ouder", "broer_zus", "partner", "ex_partner", "zakelijk", "handlanger"} | {
        "grootouder",
        "neef_nicht",
        "oom_tante",
    }
    for pk, node in nodes(root).items():
        person = next(p for p in net.persons if p.pk == pk)
        strokes = {p.get("stroke") for p in node.iter(f"{SVG}path")} - {None, "transparent"}
        assert strokes == ({"#b7791f"} if person.is_minor else {"#154273"}), person
        assert ("minderjarig" in "".join(node.itertext())) == person.is_minor


def test_the_three_generation_family_is_three_rows() -> None:
    net = Network()
    opa = net.person(0, "Hendrik", "Teststraat", 1950)
    moeder = net.person(1, "Anna", "Teststraat", 1980)
    kind = net.person(2, "Milan", "Teststraat", timezone.localdate().year - 12)
    net.relate(opa, "ouder", moeder)
    net.relate(moeder, "ouder", kind)
    where = {pk: centre_y(node) for pk, node in nodes(parse(_draw(net))).items()}
    assert where[opa.pk] < where[moeder.pk] < where[kind.pk]


def test_a_long_name_is_cut_in_the_box_and_whole_in_the_tooltip(
    drawn: tuple[Network, str],
) -> None:
    net, svg = drawn
    person = next(p for p in net.persons if p.first_name == LONG_NAME[0])
    node = nodes(parse(svg))[person.pk]
    shown = [text.text or "" for text in node.iter(f"{SVG}text")]
    assert any(line.endswith("…") for line in shown), shown
    assert all(len(line) <= 22 for line in shown), shown
    assert " ".join(LONG_NAME) not in " ".join(shown)
    assert " ".join(LONG_NAME) in next(node.iter(f"{SVG}a")).get(f"{XLINK}title", "")
    assert " ".join(LONG_NAME) in (node.findtext(f"{SVG}title") or "")


def test_user_text_stays_text(drawn: tuple[Network, str]) -> None:
    net, svg = drawn
    assert "<script" not in svg.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    root = parse(svg)
    person = next(p for p in net.persons if p.first_name == NASTY_NAME[0])
    node = nodes(root)[person.pk]
    assert NASTY_NAME[0] in "".join(node.itertext())
    assert person.full_name in next(node.iter(f"{SVG}a")).get(f"{XLINK}title", "")
    assert not [e for e in root.iter() if e.tag.rpartition("}")[2] in ("script", "style")]


def test_the_drawing_passes_a_strict_content_security_policy(drawn: tuple[Network, str]) -> None:
    svg = drawn[1]
    assert "style=" not in svg
    assert "<style" not in svg
    assert "<script" not in svg
    assert "javascript:" not in svg
    assert not re.search(r"\son[a-z]+=", svg)  # no event handler attributes
    assert not svg.startswith("<?xml")
    assert "<!DOCTYPE" not in svg and "<!--" not in svg
    assert svg.startswith("<svg")


def test_focus_draws_the_branch_within_reach() -> None:
    net = forty()
    gerrit = net.persons[0]
    grandchild = next(
        p for p in net.persons if p.first_name == "Kind0" and net.generation[p.pk] == 2
    )
    within_one = nodes(parse(_draw(net, focus=gerrit, depth=1)))
    neighbours = {r.to_person_id for r in net.relations if r.from_person_id == gerrit.pk} | {
        r.from_person_id for r in net.relations if r.to_person_id == gerrit.pk
    }
    assert set(within_one) == neighbours | {gerrit.pk}
    assert grandchild.pk in within_one  # "grootouder van": one step
    within_two = nodes(parse(_draw(net, focus=gerrit)))
    assert set(within_one) < set(within_two) < {p.pk for p in net.persons}
    # The focus is drawn heavier than the others.
    widths = {
        pk: {p.get("stroke-width") for p in node.iter(f"{SVG}path")} - {None}
        for pk, node in within_one.items()
    }
    assert widths[gerrit.pk] == {"4"}
    assert all(w == {"2"} for pk, w in widths.items() if pk != gerrit.pk)


def test_the_drawing_comes_from_the_cache_the_second_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    net = forty()
    title = fresh_title()
    key = cache_key(network_source(net.persons, net.relations, person_url=url), title)
    assert cache.get(key) is None
    first = network_svg(net.persons, net.relations, title=title, person_url=url)
    assert cache.get(key) == first
    # Without dot the same drawing still comes, from the cache; another one does not.
    monkeypatch.setenv("PATH", "")
    assert network_svg(net.persons, net.relations, title=title, person_url=url) == first
    with pytest.raises(DrawingUnavailable):
        network_svg(net.persons, net.relations, title=title)


def test_without_dot_the_drawing_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    net = forty()
    title = fresh_title()
    monkeypatch.setenv("PATH", "")
    with pytest.raises(DrawingUnavailable, match="dot"):
        network_svg(net.persons, net.relations, title=title)


def fake_dot(directory: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    dot = directory / "dot"
    dot.write_text(f"#!/bin/sh\nPATH=/usr/bin:/bin\n{script}\n")
    dot.chmod(0o755)
    monkeypatch.setenv("PATH", str(directory))


def test_a_failing_dot_makes_the_drawing_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dot(tmp_path, monkeypatch, "echo 'Error: syntax error in line 1' >&2\nexit 1")
    with pytest.raises(DrawingUnavailable, match="syntax error in line 1"):
        _draw(forty())


def test_a_slow_dot_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dot(tmp_path, monkeypatch, "exec sleep 10")
    monkeypatch.setattr(diagram, "DOT_TIMEOUT", 0.5)
    with pytest.raises(DrawingUnavailable, match="longer than"):
        _draw(forty())


def test_nobody_to_draw_is_no_drawing() -> None:
    assert network_svg([], [], title=TITLE) == ""
