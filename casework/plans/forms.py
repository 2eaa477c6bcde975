"""The plan's edit page: the plan's own fields and a formset per section. Choices are limited
to the case's own interventions, minors and partners (the service checks them again)."""

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from casework.forms import VersionedForm
from casework.models import CaseIntervention, LifeArea, Person
from casework.plans.services import PlanContent
from config.forms import limit_free_texts
from partners.models import Organisation, User

DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
TEXT = forms.Textarea(attrs={"rows": 3})


class PlanForm(VersionedForm):
    problem = forms.CharField(
        label=_("Beeldvorming"),
        help_text=_("Het probleem zoals veiligheid en zorg het samen zien."),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
    )
    safety_measures = forms.CharField(
        label=_("Veiligheidsmaatregelen voor de professionals"),
        widget=TEXT,
        required=False,
    )
    safety_checked_by = forms.ModelChoiceField(
        label=_("Controle van de maatregelen door"),
        queryset=Organisation.objects.none(),
        required=False,
    )
    shield_professionals = forms.BooleanField(
        label=_("Namen van professionals afschermen"),
        help_text=_("In het plan staan professionals dan met hun functie en organisatie."),
        required=False,
        widget=forms.CheckboxInput(attrs={"aria-describedby": "id_shield_professionals_helptext"}),
    )
    evaluation_on = forms.DateField(label=_("Evaluatiedatum"), widget=DATE, required=False)

    def __init__(self, *args: Any, partners: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["safety_checked_by"].queryset = partners  # type: ignore[attr-defined]


class GoalForm(forms.Form):
    life_area = forms.ChoiceField(label=_("Leefgebied"), choices=LifeArea.choices)
    goal = forms.CharField(label=pgettext_lazy("plan van aanpak", "Doel"), widget=TEXT)


class ActionForm(forms.Form):
    case_intervention = forms.ModelChoiceField(
        label=_("Interventie"), queryset=CaseIntervention.objects.none()
    )
    responsible = forms.ModelChoiceField(
        label=_("Verantwoordelijke partner"), queryset=Organisation.objects.none()
    )
    responsible_person = forms.ModelChoiceField(
        label=_("Verantwoordelijke persoon"), queryset=User.objects.none(), required=False
    )
    deadline = forms.DateField(label=_("Uiterlijk op"), widget=DATE, required=False)

    def __init__(
        self,
        *args: Any,
        interventions: QuerySet[CaseIntervention],
        partners: QuerySet[Organisation],
        people: QuerySet[User],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["case_intervention"].queryset = interventions  # type: ignore[attr-defined]
        self.fields["case_intervention"].label_from_instance = (  # type: ignore[attr-defined]
            lambda item: f"{item.intervention.name} ({item.get_status_display()})"
        )
        self.fields["responsible"].queryset = partners  # type: ignore[attr-defined]
        self.fields["responsible_person"].queryset = people  # type: ignore[attr-defined]
        self.fields["responsible_person"].label_from_instance = (  # type: ignore[attr-defined]
            lambda user: f"{user.get_full_name() or user.username} ({user.organisation})"
        )


class ChildForm(forms.Form):
    """One per minor of the network; the minor is fixed, named above the fields."""

    person = forms.ModelChoiceField(queryset=Person.objects.none(), widget=forms.HiddenInput)
    safety = forms.CharField(label=_("Hoe is de veiligheid geborgd?"), widget=TEXT, required=False)
    development = forms.CharField(
        label=_("Hoe is de ontwikkeling geborgd?"), widget=TEXT, required=False
    )
    secured_by = forms.ModelChoiceField(
        label=_("Geborgd door"), queryset=Organisation.objects.none(), required=False
    )

    def __init__(
        self,
        *args: Any,
        minors: QuerySet[Person],
        partners: QuerySet[Organisation],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = minors  # type: ignore[attr-defined]
        self.fields["secured_by"].queryset = partners  # type: ignore[attr-defined]


class MessageForm(forms.Form):
    by = forms.ModelChoiceField(label=_("Wie"), queryset=Organisation.objects.none())
    audience = forms.CharField(label=_("Aan wie"), max_length=200)
    what = forms.CharField(label=_("Wat"), widget=TEXT)
    when = forms.DateField(label=_("Wanneer"), widget=DATE, required=False)

    def __init__(self, *args: Any, partners: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["by"].queryset = partners  # type: ignore[attr-defined]


class CommitmentForm(forms.Form):
    """One per partner taking part; the partner is fixed, named above the field."""

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), widget=forms.HiddenInput
    )
    commitment = forms.CharField(label=_("Inzet"), widget=TEXT, required=False)

    def __init__(self, *args: Any, partners: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = partners  # type: ignore[attr-defined]


limit_free_texts(PlanForm, GoalForm, MessageForm, ChildForm, CommitmentForm)

GoalFormSet = forms.formset_factory(GoalForm, extra=1, can_delete=True, max_num=30)
ActionFormSet = forms.formset_factory(ActionForm, extra=1, can_delete=True, max_num=50)
ChildFormSet = forms.formset_factory(ChildForm, extra=0, max_num=50)
MessageFormSet = forms.formset_factory(MessageForm, extra=1, can_delete=True, max_num=30)
CommitmentFormSet = forms.formset_factory(CommitmentForm, extra=0, max_num=50)


def _kept(formset: forms.BaseFormSet) -> list[dict[str, Any]]:
    """The rows to save: filled in and not marked for deletion."""
    return [
        {k: v for k, v in form.cleaned_data.items() if k != "DELETE"}
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


def plan_content(
    form: PlanForm,
    goals: forms.BaseFormSet,
    actions: forms.BaseFormSet,
    children: forms.BaseFormSet,
    messages: forms.BaseFormSet,
    commitments: forms.BaseFormSet,
) -> PlanContent:
    data = form.cleaned_data
    return PlanContent(
        problem=data["problem"],
        safety_measures=data["safety_measures"],
        safety_checked_by=data["safety_checked_by"],
        shield_professionals=data["shield_professionals"],
        evaluation_on=data["evaluation_on"],
        goals=_kept(goals),
        actions=_kept(actions),
        children=[
            row
            for row in _kept(children)
            if row["safety"] or row["development"] or row["secured_by"]
        ],
        messages=_kept(messages),
        commitments=[row for row in _kept(commitments) if row["commitment"].strip()],
    )
