"""Forms for interventions on a case: proposing, weighing, moving on and evaluating."""

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from casework.forms import VersionedForm
from casework.models import (
    CaseIntervention,
    LinkedAddress,
    LinkedOrganisation,
    Outcome,
    Person,
    SafetyRisk,
)
from casework.services.interventions import CheckInput
from casework.weighing import weighed_against
from config.forms import limit_free_text, limit_free_texts
from interventions.models import Intervention
from partners.models import Organisation

DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


class ProposeInterventionForm(forms.Form):
    intervention = forms.ModelChoiceField(
        label=_("Interventie uit de catalogus"),
        queryset=Intervention.objects.order_by("name"),
        error_messages={"required": _("Kies een interventie.")},
    )
    target_persons = forms.ModelMultipleChoiceField(
        label=_("Gericht op personen"),
        queryset=Person.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    target_addresses = forms.ModelMultipleChoiceField(
        label=_("Gericht op adressen"),
        queryset=LinkedAddress.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    target_organisations = forms.ModelMultipleChoiceField(
        label=_("Gericht op bedrijven"),
        queryset=LinkedOrganisation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    responsible = forms.ModelChoiceField(
        label=_("Verantwoordelijke partner"),
        queryset=Organisation.objects.none(),
        error_messages={"required": _("Kies de verantwoordelijke partner.")},
    )
    purpose = forms.CharField(
        label=_("Doel"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Beschrijf wat de interventie moet bereiken.")},
    )
    planned_on = forms.DateField(label=_("Beoogde datum"), required=False, widget=DATE)
    ends_on = forms.DateField(label=_("Einddatum"), required=False, widget=DATE)

    def __init__(
        self,
        *args: Any,
        persons: QuerySet[Person],
        addresses: QuerySet[LinkedAddress],
        businesses: QuerySet[LinkedOrganisation],
        partners: QuerySet[Organisation],
        **kwargs: Any,
    ) -> None:
        """The choices come from the selectors, read through the request's reader: whoever
        proposes sees the network, and every name offered is handed out and logged."""
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["target_persons"].queryset = persons
        fields["target_addresses"].queryset = addresses
        fields["target_organisations"].queryset = businesses
        fields["responsible"].queryset = partners
        # A case without linked addresses or businesses is not offered empty lists of them.
        for name in ("target_addresses", "target_organisations"):
            if not fields[name].queryset.exists():
                del fields[name]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for field in ("target_persons", "target_addresses", "target_organisations"):
            cleaned[field] = list(cleaned.get(field) or [])
        return cleaned


class AssessmentForm(VersionedForm):
    """Wikken en wegen. A formal instrument gets the whole form; informal and care
    interventions the shorter one (desirability, human measure, safety, motivation)."""

    legal_basis_present = forms.BooleanField(
        label=_("De wettelijke grondslag is aanwezig"), required=False
    )
    proportionality = forms.CharField(
        label=_("Proportionaliteit"),
        help_text=_("Staat de zwaarte van de interventie in verhouding tot het doel?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    subsidiarity = forms.CharField(
        label=_("Subsidiariteit"),
        help_text=_("Waarom volstaat geen lichter middel?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    lighter_considered = forms.ModelMultipleChoiceField(
        label=_("Overwogen lichtere middelen"),
        queryset=Intervention.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    desirability = forms.CharField(
        label=_("Wenselijkheid"),
        help_text=_("Is de interventie wenselijk, ook in samenhang met de andere interventies?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    human_measure = forms.CharField(
        label=_("Menselijke maat"),
        help_text=_("Wat doet de interventie met de anderen in het netwerk, vooral de kinderen?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    safety_risk = forms.ChoiceField(
        label=_("Veiligheidsrisico voor de uitvoerders"),
        choices=[("", _("Nog niet ingeschat")), *SafetyRisk.choices],
        required=False,
    )
    safety_measures = forms.CharField(
        label=_("Veiligheidsmaatregelen"),
        help_text=_("Veilig interveniëren: wie gaat, met wie, na welke check?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    motivation = forms.CharField(
        label=_("Motivering"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    views_skip_reason = forms.CharField(
        label=_("Reden om geen zienswijze te vragen"),
        help_text=_(
            "Alleen als u het besluit neemt zonder eerst een zienswijze te vragen: waarom mag "
            "dat hier (art. 4:11 Awb, bijvoorbeeld de vereiste spoed)?"
        ),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def __init__(self, *args: Any, case_intervention: CaseIntervention, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        intervention = case_intervention.intervention
        weighed = weighed_against(case_intervention)
        self.formal = weighed.formal
        self.conditions = weighed.conditions
        self.weighed = weighed
        fields: dict[str, Any] = self.fields
        fields["lighter_considered"].queryset = intervention.lighter_alternatives.order_by("name")
        existing = {check.position: check for check in self._checks(case_intervention)}
        for position in range(1, len(self.conditions) + 1):
            check = existing.get(position)
            fields[f"met_{position}"] = forms.BooleanField(
                label=_("Voorwaarde %(number)s is voldaan") % {"number": position},
                required=False,
                initial=check.met if check else False,
            )
            fields[f"evidence_{position}"] = forms.CharField(
                label=_("Onderbouwing of bron bij voorwaarde %(number)s") % {"number": position},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=check.evidence if check else "",
            )
            limit_free_text(fields[f"evidence_{position}"])
        if not self.formal:
            for name in ("legal_basis_present", "proportionality", "subsidiarity"):
                del fields[name]
        if not weighed.views_required:
            del fields["views_skip_reason"]
        if not fields["lighter_considered"].queryset.exists():
            del fields["lighter_considered"]

    @staticmethod
    def _checks(case_intervention: CaseIntervention) -> list[Any]:
        assessment = getattr(case_intervention, "assessment", None)
        return list(assessment.checks.all()) if assessment else []

    def condition_rows(self) -> list[tuple[Any, forms.BoundField, forms.BoundField]]:
        return [
            (condition, self[f"met_{position}"], self[f"evidence_{position}"])
            for position, condition in enumerate(self.conditions, start=1)
        ]

    def service_arguments(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        checks = [
            CheckInput(
                met=bool(data.pop(f"met_{position}", False)),
                evidence=data.pop(f"evidence_{position}", "") or "",
            )
            for position in range(1, len(self.conditions) + 1)
        ]
        data["lighter_considered"] = list(data.get("lighter_considered") or [])
        return {"checks": checks, **data}


class EvaluationForm(VersionedForm):
    rating = forms.TypedChoiceField(
        label=_("Waardering"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 = werkte niet, 5 = werkte goed."),
        error_messages={"required": _("Geef een waardering van 1 tot 5.")},
    )
    outcome = forms.ChoiceField(
        label=_("Uitkomst"),
        choices=Outcome.choices,
        initial=Outcome.UNKNOWN,
        widget=forms.RadioSelect,
        help_text=_("Is het doel van de interventie bereikt? Telt mee in de cijfers van Inzicht."),
        required=False,
    )
    what_worked = forms.CharField(
        label=_("Wat werkte"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    what_did_not = forms.CharField(
        label=_("Wat werkte niet"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def clean_outcome(self) -> str:
        # Not chosen: "nog niet te zeggen", as the form offers it.
        return self.cleaned_data.get("outcome") or Outcome.UNKNOWN


limit_free_texts(ProposeInterventionForm, AssessmentForm, EvaluationForm)
