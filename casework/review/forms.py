"""The forms of the review pages. Choices come from the selectors; the services check all of it
again."""

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from casework.meetings.models import Meeting
from casework.models import CaseIntervention
from casework.review.models import InstrumentChoice, Variant, Verdict
from casework.review.services import Commitment, DecisionInput
from config.forms import limit_free_texts

DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
TEXT = forms.Textarea(attrs={"rows": 4})


class MeetingChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        when = date_format(timezone.localtime(obj.starts_at), "l j F Y, H:i")
        return f"{obj.title}, {when}"


class SubmissionForm(forms.Form):
    meeting = MeetingChoice(
        label=_("Vierhoekoverleg"),
        queryset=Meeting.objects.none(),
        empty_label=None,
        help_text=_("Een komend vierhoekoverleg dat u voert; de casus komt op de agenda."),
    )
    variant = forms.ChoiceField(
        label=_("De leden ontvangen"),
        choices=Variant.choices,
        initial=Variant.PSEUDONYMISED,
        widget=forms.RadioSelect,
        help_text=_(
            "Bestuurders besluiten over de aanpak: gepseudonimiseerd is de regel. Kies de "
            "volledige variant alleen als een lid moet besluiten over een formeel instrument "
            "gericht op genoemde personen, zoals een sluiting (art. 13b Opiumwet)."
        ),
    )
    reason = forms.CharField(
        label=_("Reden voor de volledige variant"),
        widget=TEXT,
        required=False,
    )
    deadline = forms.DateField(label=_("Besluit uiterlijk op"), widget=DATE)

    def __init__(self, *args: Any, meetings: QuerySet[Meeting], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings  # type: ignore[attr-defined]
        first = meetings.first()
        if first is not None and not self.is_bound:
            self.initial.setdefault("deadline", timezone.localtime(first.starts_at).date())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("variant") == Variant.FULL and not (data.get("reason") or "").strip():
            self.add_error(
                "reason",
                _("Geef de reden waarom de leden de volledige variant met namen nodig hebben."),
            )
        return data


class DecisionForm(forms.Form):
    sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)
    verdict = forms.ChoiceField(
        label=_("Uw besluit"), choices=Verdict.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Toelichting"),
        widget=TEXT,
        required=False,
        help_text=_(
            "Verplicht bij wijzigingen (wat moet er veranderen?) en bij een opmerking. "
            "Noem geen namen: schrijf over rollen."
        ),
    )
    commitment = forms.CharField(
        label=_("Inzet van uw organisatie"),
        widget=TEXT,
        required=False,
        help_text=_("Verplicht bij akkoord: wat uw organisatie gaat doen."),
    )
    commitment_with = forms.CharField(label=_("Met wie"), max_length=300, required=False)
    commitment_by = forms.DateField(label=_("Uiterlijk op"), widget=DATE, required=False)

    def __init__(
        self, *args: Any, instruments: list[CaseIntervention] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.instruments = instruments or []
        for item in self.instruments:
            basis = item.intervention.legal_basis
            self.fields[f"instrument_{item.pk}"] = forms.ChoiceField(
                label=f"{item.intervention.name}{f' ({basis})' if basis else ''}",
                choices=[("", _("Nu geen besluit")), *InstrumentChoice.choices],
                required=False,
            )

    def instrument_fields(self) -> list[forms.BoundField]:
        return [self[f"instrument_{item.pk}"] for item in self.instruments]

    def decision(self) -> DecisionInput:
        data = self.cleaned_data
        return DecisionInput(
            verdict=data["verdict"],
            text=data.get("text") or "",
            commitment=Commitment(
                what=data.get("commitment") or "",
                with_whom=data.get("commitment_with") or "",
                by=data.get("commitment_by"),
            ),
            instruments={
                item.pk: data[f"instrument_{item.pk}"]
                for item in self.instruments
                if data.get(f"instrument_{item.pk}")
            },
        )


limit_free_texts(SubmissionForm, DecisionForm)
