"""The declaration of a status machine: states, transitions, who may take them, guards, inputs."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.utils.functional import Promise

from partners.policy import Action

# A guard says what is still missing before a step may be taken (empty: nothing).
Guard = Callable[[Any], Sequence[str]]


@dataclass(frozen=True)
class Input:
    """Text a step needs besides its reason, saved on the object's field of the same name."""

    name: str
    label: str | Promise
    required_message: str | Promise


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    # The policy action, asked about the workflow's `subject` of the object, that takes it.
    action: Action
    guards: tuple[Guard, ...] = ()
    # Said before what the guards found missing.
    guard_message: str | Promise = ""
    inputs: tuple[Input, ...] = ()
    # False for a step taken by another service (an evaluation closes an intervention).
    offered: bool = True


@dataclass(frozen=True)
class Workflow:
    """A status machine over the `status` and `version` fields of a model."""

    name: str
    states: type[models.TextChoices]
    transitions: tuple[Transition, ...]
    # The model that keeps the history (a `workflow.models.TransitionRecord`) and its foreign
    # key to the object.
    history: type[models.Model]
    history_field: str
    # What a refused stale edit says, and a step that is not allowed (with %(from)s, %(to)s).
    conflict_message: str | Promise
    step_refused: str | Promise
    # What the policy is asked about: the object itself, or (for an intervention) its case.
    subject: Callable[[Any], models.Model] = field(default=lambda obj: obj)

    def step(self, source: str, target: str) -> Transition | None:
        for transition in self.transitions:
            if transition.source == source and transition.target == target:
                return transition
        return None

    def targets(self, source: str, *, offered_only: bool = True) -> list[str]:
        """The states reachable from `source`, in declaration order."""
        return [
            transition.target
            for transition in self.transitions
            if transition.source == source and (transition.offered or not offered_only)
        ]

    def inputs(self, source: str) -> list[Input]:
        """The inputs any offered step from `source` may need, once each."""
        found: dict[str, Input] = {}
        for transition in self.transitions:
            if transition.source == source and transition.offered:
                found.update({item.name: item for item in transition.inputs})
        return list(found.values())

    def label(self, state: str) -> str:
        return str(self.states(state).label) if state in self.states.values else state

    def table(self) -> dict[str, tuple[str, ...]]:
        """The transitions as {source: targets}, for documentation and tests."""
        return {
            state: tuple(self.targets(state, offered_only=False)) for state in self.states.values
        }
