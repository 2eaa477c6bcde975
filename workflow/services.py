"""Moving an object through its workflow: the one transition service."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from partners.models import User
from partners.policy import require
from workflow.locking import Conflict, bump_version
from workflow.machine import Workflow


@transaction.atomic
def transition(
    *,
    workflow: Workflow,
    obj: models.Model,
    user: User,
    to_status: str,
    reason: str,
    version: int,
    inputs: dict[str, str] | None = None,
    internal: bool = False,
) -> models.Model:
    """Moves `obj` to `to_status` and records who, when and why in the workflow's history.

    In this order, so that every refusal says the true reason: the version the user read
    (a lost race is a 409 Conflict, whatever else changed), the policy action of the step,
    whether the step is allowed from where the object is now, the reason, the step's inputs
    and its guards. The row is locked for the check and the change. A step the workflow does
    not offer (an evaluation closing an intervention) is taken only by its own service, with
    `internal=True`.
    """
    subject_type = type(obj)
    locked = subject_type._default_manager.select_for_update().get(pk=obj.pk)
    conflict = Conflict(workflow.conflict_message)
    if version != locked.version or version != obj.version:  # type: ignore[attr-defined]
        raise conflict
    from_status: str = locked.status  # type: ignore[attr-defined]
    step = workflow.step(from_status, to_status)
    action = step.action if step else _any_action(workflow, from_status)
    require(user, action, workflow.subject(obj))
    if step is None or not (step.offered or internal):
        raise ValidationError(
            {
                "to_status": str(workflow.step_refused)
                % {"from": workflow.label(from_status), "to": workflow.label(to_status)}
            }
        )
    if not reason.strip():
        raise ValidationError({"reason": _("Geef de reden van deze stap.")})
    given = {key: value.strip() for key, value in (inputs or {}).items()}
    changes: dict[str, Any] = {"status": to_status}
    for needed in step.inputs:
        if not given.get(needed.name):
            raise ValidationError({needed.name: str(needed.required_message)})
        changes[needed.name] = given[needed.name]
    missing = [line for guard in step.guards for line in guard(obj)]
    if missing:
        raise ValidationError([str(step.guard_message), *missing])
    bump_version(obj, version, conflict=conflict, **changes)
    return workflow.history._default_manager.create(
        **{workflow.history_field: obj},
        from_status=from_status,
        to_status=to_status,
        changed_by=user,
        reason=reason.strip(),
    )


def _any_action(workflow: Workflow, source: str) -> Any:
    """For a step that does not exist, the action of any step from the same state: whoever may
    not move the object at all is refused as such, not told which steps exist."""
    for candidate in workflow.transitions:
        if candidate.source == source:
            return candidate.action
    return workflow.transitions[0].action
