"""Changing the catalogue: every change keeps the text as it was."""

from typing import Any

from django.db import transaction

from interventions.catalogue import SCALAR_FIELDS
from interventions.models import Intervention, InterventionVersion
from partners.models import User
from partners.policy import Action, require


def intervention_snapshot(intervention: Intervention) -> dict[str, Any]:
    """Everything an entry says, as plain data: the fields, domains, conditions and links."""
    content: dict[str, Any] = {field: getattr(intervention, field) for field in SCALAR_FIELDS}
    content["domains"] = sorted(intervention.domains.values_list("code", flat=True))
    content["conditions"] = list(intervention.conditions.values_list("text", flat=True))
    content["lighter_alternatives"] = sorted(
        intervention.lighter_alternatives.values_list("slug", flat=True)
    )
    content["combined_with"] = sorted(intervention.combined_with.values_list("slug", flat=True))
    return content


@transaction.atomic
def intervention_keep_version(*, intervention: Intervention, user: User) -> int:
    """Stores the entry as it is now in the database as an earlier version, before it is
    changed; returns the number the changed entry gets. Only the functional manager changes
    the catalogue."""
    require(user, Action.CHANGE, Intervention)
    current = Intervention.objects.select_for_update().get(pk=intervention.pk)
    InterventionVersion.objects.create(
        intervention=current,
        version=current.version,
        content=intervention_snapshot(current),
        saved_by=user,
    )
    return current.version + 1
