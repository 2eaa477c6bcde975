"""How often an intervention was used on cases and how it was rated: figures only, never a case.

`interventions` may not import `casework` (imports run one way), so casework registers the
function that counts, and the catalogue pages ask through this module.
"""

from collections.abc import Callable
from dataclasses import dataclass

from interventions.models import Intervention


@dataclass(frozen=True)
class Usage:
    times_used: int = 0
    times_evaluated: int = 0
    average_rating: float | None = None


_providers: list[Callable[[Intervention], Usage]] = []


def register_usage_provider(provider: Callable[[Intervention], Usage]) -> None:
    """Called by the app that records interventions on cases, once, when it is ready."""
    if provider not in _providers:
        _providers.append(provider)


def intervention_usage(intervention: Intervention) -> Usage:
    if not _providers:
        return Usage()
    return _providers[0](intervention)
