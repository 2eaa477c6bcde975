"""What the insight pages read: the figures of a place (`figures.py`) and the proeftuin
(`pilots.py`)."""

from casework.insight.selectors.figures import (
    OPEN_STATUSES,
    Insight,
    Place,
    Sums,
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
    "Sums",
    "Table",
    "default_place",
    "insight",
    "place_for",
    "places",
]
