"""The one serializer of a step and of a workflow's history, made for each workflow."""

from typing import Any

from rest_framework import serializers

from workflow.machine import Workflow


def transition_serializer(
    workflow: Workflow, *, name: str = ""
) -> type[serializers.Serializer[Any]]:
    """Input of a step: the next state, the reason, the version read, and the step's inputs.
    `name` (default: the workflow's) names the serializer in the OpenAPI schema."""
    fields: dict[str, Any] = {
        "to_status": serializers.ChoiceField(choices=workflow.states.choices),
        "reason": serializers.CharField(),
        "version": serializers.IntegerField(help_text="De versie die u het laatst las."),
    }
    names = {item.name for step in workflow.transitions for item in step.inputs}
    for name in sorted(names):
        fields[name] = serializers.CharField(required=False, allow_blank=True)

    def inputs(self: serializers.Serializer[Any]) -> dict[str, Any]:
        data = dict(self.validated_data)
        return {
            "to_status": data.pop("to_status"),
            "reason": data.pop("reason"),
            "version": data.pop("version"),
            "inputs": data,
        }

    attributes = {**fields, "service_arguments": inputs, "__module__": __name__}
    return type(
        f"{name or workflow.name}TransitionSerializer", (serializers.Serializer,), attributes
    )


def history_serializer(
    workflow: Workflow, *, name: str = ""
) -> type[serializers.ModelSerializer[Any]]:
    """One step of the history: from which state to which, who, when and why."""
    meta = type(
        "Meta",
        (),
        {
            "model": workflow.history,
            "fields": ["id", "from_status", "to_status", "changed_by", "changed_at", "reason"],
        },
    )
    attributes = {
        "changed_by": serializers.StringRelatedField(),
        "from_status": serializers.ChoiceField(
            choices=[("", ""), *workflow.states.choices], read_only=True
        ),
        "to_status": serializers.ChoiceField(choices=workflow.states.choices, read_only=True),
        "Meta": meta,
        "__module__": __name__,
    }
    return type(
        f"{name or workflow.name}StatusChangeSerializer",
        (serializers.ModelSerializer,),
        attributes,
    )
