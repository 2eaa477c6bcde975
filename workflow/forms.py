"""The one form to take a step of a workflow."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from config.forms import limit_free_text, limit_free_texts
from workflow.machine import Workflow


class TransitionForm(forms.Form):
    """The next step, its reason and the inputs a step from here may need; the version read
    travels along for optimistic locking."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    to_status = forms.ChoiceField(label=_("Volgende stap"))
    reason = forms.CharField(
        label=_("Reden"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Geef de reden van deze stap.")},
    )

    def __init__(self, *args: Any, workflow: Workflow, obj: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).setdefault("version", obj.version)
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [  # type: ignore[attr-defined]
            (state, workflow.label(state)) for state in workflow.targets(obj.status)
        ]
        self.input_names: list[str] = []
        for item in workflow.inputs(obj.status):
            self.fields[item.name] = forms.CharField(
                label=str(item.label), widget=forms.Textarea(attrs={"rows": 2}), required=False
            )
            limit_free_text(self.fields[item.name])
            self.input_names.append(item.name)

    @property
    def input_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.input_names]

    def service_arguments(self) -> dict[str, Any]:
        """What `workflow.services.transition` takes from this form."""
        data = self.cleaned_data
        return {
            "to_status": data["to_status"],
            "reason": data["reason"],
            "version": data["version"],
            "inputs": {name: data.get(name) or "" for name in self.input_names},
        }


limit_free_texts(TransitionForm)
