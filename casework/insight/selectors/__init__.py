"""What the insight pages read: the figures of a place (`figures.py`) and the proeftuin
(`pilots.py`)."""

from casework.insight.grids import OPEN_STATUSES
from casework.insight.selectors.figures import (
    Insight,
    Place,
    Table,
    default_place,
    insight,
    place_for,
    places,
)

__all__ = [
    "OPEN_STATUSES",
    "Insight",
    "Place",
    "Table",
    "default_place",
    "insight",
    "place_for",
    "places",
]
