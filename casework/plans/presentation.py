"""A version's snapshot as the PDF and the pages show it: persons named or pseudonymised,
professionals named or shielded, dates as dates, the network drawn; and the sections as lines
of text, for comparing two versions side by side."""

import datetime
import difflib
from dataclasses import dataclass, field
from typing import Any, cast

from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from casework.diagram import DrawingUnavailable, network_svg
from casework.models import Person, Relation
from casework.models.network import ADULT_AGE, PersonRole


@dataclass
class DrawnPerson:
    """A person of a snapshot, as the drawing needs one (the drawing reads these attributes
    of a Person); in the pseudonymised variant its name is its label and only its age is known."""

    pk: int
    full_name: str
    birth_date: datetime.date | None
    age: int | None
    roles: list[str] = field(default_factory=list)

    @property
    def is_minor(self) -> bool:
        return self.age is not None and self.age < ADULT_AGE

    def get_roles_display_list(self) -> list[str]:
        return [str(PersonRole(role).label) for role in self.roles if role in PersonRole]


def _date(value: str) -> datetime.date | None:
    return parse_date(value) if value else None


def professional_shown(person: dict[str, str], *, shielded: bool) -> str:
    """ "Jan Smit (AOV'er, Gemeente Teststad)", or only function and organisation."""
    if not person:
        return ""
    where = ", ".join(part for part in (person.get("function"), person.get("organisation")) if part)
    if shielded or not person.get("name"):
        return where
    return f"{person['name']} ({where})"


@dataclass
class PlanView:
    snapshot: dict[str, Any]
    number: int
    sha256: str

    @property
    def pseudonymised(self) -> bool:
        return bool(self.snapshot.get("pseudonymised"))

    @property
    def shielded(self) -> bool:
        return self.pseudonymised or bool(self.snapshot["safety"]["shield"])

    @property
    def submitted_at(self) -> datetime.datetime | None:
        return parse_datetime(self.snapshot["submitted"]["at"])

    @property
    def submitted_by(self) -> str:
        return professional_shown(self.snapshot["submitted"]["by"], shielded=self.shielded)

    def person_name(self, pk: int) -> str:
        person = self.persons_by_id.get(pk)
        if person is None:
            return _("(niet meer in het netwerk)")
        if self.pseudonymised:
            return str(person["label"])
        name = f"{person['first_name']} {person['last_name']}"
        return f"{name} ({person['alias']})" if person.get("alias") else name

    @property
    def persons_by_id(self) -> dict[int, dict[str, Any]]:
        return {p["id"]: p for p in self.snapshot["network"]["persons"]}

    @property
    def persons(self) -> list[dict[str, Any]]:
        return [
            {
                "name": self.person_name(p["id"]),
                "age": p["age"],
                "birth_date": None if self.pseudonymised else _date(p.get("birth_date", "")),
                "minor": p["age"] is not None and p["age"] < ADULT_AGE,
                "roles": ", ".join(str(PersonRole(r).label) for r in p["roles"] if r in PersonRole),
            }
            for p in self.snapshot["network"]["persons"]
        ]

    @property
    def relations(self) -> list[dict[str, Any]]:
        """ "A ouder van B", each with whether it has ended."""
        return [
            {
                "from": self.person_name(r["from"]),
                "kind": r["kind"],
                "to": self.person_name(r["to"]),
                "ended": bool(r["valid_to"]),
            }
            for r in self.snapshot["network"]["relations"]
        ]

    @property
    def interventions(self) -> list[dict[str, Any]]:
        return [
            {
                **item,
                "targets": [self.person_name(pk) for pk in item["targets_persons"]]
                + item["targets_other"],
                "person_shown": professional_shown(item["person"], shielded=self.shielded),
                "deadline_date": _date(item["deadline"]),
            }
            for item in self.snapshot["interventions"]
        ]

    @property
    def children(self) -> list[dict[str, Any]]:
        return [
            {
                **child,
                "name": self.person_name(child["person"]),
                "age": self.persons_by_id.get(child["person"], {}).get("age"),
            }
            for child in self.snapshot["children"]
        ]

    @property
    def communication(self) -> list[dict[str, Any]]:
        return [{**m, "when_date": _date(m["when"])} for m in self.snapshot["communication"]]

    @property
    def evaluation_on(self) -> datetime.date | None:
        return _date(self.snapshot["evaluation_on"])

    def drawing(self) -> str:
        """The network as SVG (vector in the PDF); empty when Graphviz cannot draw it."""
        network = self.snapshot["network"]
        persons = [
            DrawnPerson(
                pk=p["id"],
                full_name=self.person_name(p["id"]),
                birth_date=None if self.pseudonymised else _date(p.get("birth_date", "")),
                age=p["age"],
                roles=list(p["roles"]),
            )
            for p in network["persons"]
        ]
        relations = [
            Relation(
                from_person_id=r["from"],
                to_person_id=r["to"],
                kind=r["kind_code"],
                valid_from=_date(r["valid_from"]),
                valid_to=_date(r["valid_to"]),
            )
            for r in network["relations"]
        ]
        try:
            return network_svg(
                cast(list[Person], persons), relations, title=_("Het netwerk van de casus")
            )
        except DrawingUnavailable:
            return ""

    def sections(self) -> list[tuple[str, list[str]]]:
        """Each section as lines of text: what the comparison of two versions compares."""
        s = self.snapshot
        return [
            (_("Beeldvorming"), s["problem"].splitlines()),
            (_("Doelen"), [f"{g['life_area']}: {g['goal']}" for g in s["goals"]]),
            (
                _("Interventies"),
                [
                    f"{i['name']} — {i['responsible']}, {i['person_shown']}, "
                    f"{_('uiterlijk')} {i['deadline'] or '—'}"
                    for i in self.interventions
                ],
            ),
            (
                _("Veiligheid van de professionals"),
                [*s["safety"]["measures"].splitlines(), s["safety"]["checked_by"]],
            ),
            (
                _("Kinderen"),
                [
                    f"{c['name']}: {c['safety']} / {c['development']} ({c['secured_by']})"
                    for c in self.children
                ],
            ),
            (
                _("Communicatie met de familie"),
                [
                    f"{m['by']} → {m['audience']} ({m['when'] or '—'}): {m['what']}"
                    for m in s["communication"]
                ],
            ),
            (
                _("Inzet van de partners"),
                [f"{p['organisation']}: {p['commitment']}" for p in s["partners"]],
            ),
            (_("Evaluatie"), [s["evaluation_on"]]),
        ]


@dataclass
class ComparedSection:
    title: str
    rows: list[tuple[str, str, str]]  # (kind: same/changed/added/removed, left, right)

    @property
    def changed(self) -> bool:
        return any(kind != "same" for kind, _left, _right in self.rows)


def compare(older: PlanView, newer: PlanView) -> list[ComparedSection]:
    """The two versions section by section, line beside line, with what changed marked."""
    result = []
    for (title, left), (_title, right) in zip(older.sections(), newer.sections(), strict=True):
        rows: list[tuple[str, str, str]] = []
        matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal":
                rows += [("same", line, line) for line in left[a1:a2]]
            elif op == "delete":
                rows += [("removed", line, "") for line in left[a1:a2]]
            elif op == "insert":
                rows += [("added", "", line) for line in right[b1:b2]]
            else:
                olds, news = left[a1:a2], right[b1:b2]
                for i in range(max(len(olds), len(news))):
                    rows.append(
                        (
                            "changed",
                            olds[i] if i < len(olds) else "",
                            news[i] if i < len(news) else "",
                        )
                    )
        result.append(ComparedSection(title, rows))
    return result
