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
