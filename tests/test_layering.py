"""Imports run one way only: partners <- interventions <- casework, with the machinery that
knows nothing of cases (workflow, documents) between partners and casework."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "partners": {"workflow", "documents", "interventions", "casework"},
    "workflow": {"documents", "interventions", "casework"},
    "documents": {"workflow", "interventions", "casework"},
    "interventions": {"casework"},
}


def imported_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_app_does_not_import_upward(app: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) & FORBIDDEN[app])
        for path in (ROOT / app).rglob("*.py")
        if imported_apps(path) & FORBIDDEN[app]
    }
    assert offenders == {}


# Meetings stand above the rest of casework: only the rooms above all of casework know them.
# The review stands above the meetings in the same way, and the insight above the review.
ABOVE_MEETINGS = {"urls.py", "start.py", "management", "review", "insight"}
ABOVE_REVIEW = {"urls.py", "start.py", "management", "insight"}
ABOVE_INSIGHT = {"urls.py", "management"}


def test_casework_below_the_meetings_does_not_import_them() -> None:
    assert _importers("casework.meetings", skip={"meetings", *ABOVE_MEETINGS}) == []


def test_casework_below_the_review_does_not_import_it() -> None:
    assert _importers("casework.review", skip={"review", *ABOVE_REVIEW}) == []


def test_casework_below_the_insight_does_not_import_it() -> None:
    assert _importers("casework.insight", skip={"insight", *ABOVE_INSIGHT}) == []


def _importers(package: str, *, skip: set[str]) -> list[str]:
    """The modules of casework, outside `skip`, that import `package`."""
    casework = ROOT / "casework"
    offenders = []
    for path in casework.rglob("*.py"):
        parts = path.relative_to(casework).parts
        if parts[0] in skip:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        modules = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        if any(module.startswith(package) for module in modules):
            offenders.append(str(path.relative_to(ROOT)))
    return offenders
