import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from interventions.models import Intervention
from partners.models import Municipality

FIRST_YEAR = 2015


class YearForm(forms.Form):
    jaar = forms.TypedChoiceField(
        label=_("Jaar"),
        coerce=int,
        error_messages={"invalid_choice": _("Kies een jaar uit de lijst.")},
    )

    def __init__(self, *args: object, today: datetime.date, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        years = range(today.year, FIRST_YEAR - 1, -1)
        self.fields["jaar"].choices = [(year, str(year)) for year in years]  # type: ignore[attr-defined]
        self.fields["jaar"].initial = today.year


class PilotForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=200)
    hypothesis = forms.CharField(
        label=_("Hypothese"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        help_text=_("Wat verwacht u dat de aanpak bereikt, en waaraan is dat te zien?"),
    )
    approach = forms.CharField(
        label=_("Wat wordt geprobeerd"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
    intervention = forms.ModelChoiceField(
        label=_("Interventie uit de catalogus"),
        queryset=Intervention.objects.order_by("name"),
        required=False,
        empty_label=_("Geen: een andere aanpak"),
    )
    municipalities = forms.ModelMultipleChoiceField(
        label=_("Gemeenten"),
        queryset=Municipality.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies ten minste één gemeente.")},
    )
    starts_on = forms.DateField(
        label=_("Van"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("De eerste dag van een kwartaal, zoals 1 januari of 1 april."),
    )
    ends_on = forms.DateField(
        label=_("Tot en met"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("De laatste dag van een kwartaal, zoals 31 maart of 31 december."),
    )

    def __init__(self, *args: Any, municipalities: QuerySet[Municipality], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipalities"].queryset = municipalities.order_by("name")  # type: ignore[attr-defined]


class EnrolmentForm(forms.Form):
    number = forms.CharField(
        label=_("Casusnummer"),
        max_length=20,
        help_text=_(
            "Het nummer van een casus van een gemeente van de pilot, bijvoorbeeld GM0344-2026-0001."
        ),
    )
    reason = forms.CharField(
        label=_("Reden"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        help_text=_("Waarom deze casus in de pilot komt."),
    )
