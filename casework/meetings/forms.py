"""The forms of the meeting pages. Choices come from the selectors (who can chair, which
partners); the services check everything again."""

import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.meetings.models import DecisionKind, MeetingKind, ScreeningOutcome
from config.forms import limit_free_texts
from partners.models import Organisation, User

DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
TIME = forms.TimeInput(format="%H:%M", attrs={"type": "time"})
TEXT = forms.Textarea(attrs={"rows": 3})
CHECKBOXES = forms.CheckboxSelectMultiple


class PeopleChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.get_full_name() or obj.username} ({obj.organisation})"


class MeetingForm(forms.Form):
    kind = forms.ChoiceField(label=_("Soort overleg"), choices=MeetingKind.choices)
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        help_text=_("Staat in de uitnodiging en de agenda van de partners: noem er geen namen in."),
    )
    day = forms.DateField(label=_("Datum"), widget=DATE)
    at = forms.TimeField(label=_("Begintijd"), widget=TIME)
    minutes = forms.IntegerField(label=_("Duur in minuten"), min_value=5, max_value=480, initial=90)
    place = forms.CharField(label=_("Plaats"), max_length=200, required=False)
    online_link = forms.URLField(
        label=_("Link voor online deelname"),
        required=False,
        assume_scheme="https",
        help_text=_("Alleen de link; deel geen casusinformatie in de uitnodiging."),
    )
    chair = PeopleChoice(label=_("Voorzitter"), queryset=User.objects.none())
    minute_taker = PeopleChoice(label=_("Notulist"), queryset=User.objects.none(), required=False)
    invited = forms.ModelMultipleChoiceField(
        label=_("Uitgenodigde partners"),
        queryset=Organisation.objects.none(),
        widget=CHECKBOXES,
        required=False,
        help_text=_("Per agendapunt kiest u later welke van hen die casus bespreken."),
    )
    weekly = forms.BooleanField(
        label=_("Elke week herhalen"),
        required=False,
        help_text=_("Op dezelfde weekdag en tijd, bijvoorbeeld de wekelijkse screening."),
        widget=forms.CheckboxInput(attrs={"aria-describedby": "id_weekly_helptext"}),
    )
    until = forms.DateField(label=_("Herhalen tot en met"), widget=DATE, required=False)

    def __init__(
        self,
        *args: Any,
        chairs: QuerySet[User],
        takers: QuerySet[User],
        partners: QuerySet[Organisation],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = chairs  # type: ignore[attr-defined]
        self.fields["minute_taker"].queryset = takers  # type: ignore[attr-defined]
        self.fields["invited"].queryset = partners  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("weekly") and not data.get("until"):
            self.add_error("until", _("Tot wanneer herhaalt het overleg zich?"))
        day = data.get("day")
        if day is not None and day < timezone.localdate():
            self.add_error("day", _("Kies een datum vanaf vandaag."))
        return data


class MeetingEditForm(forms.Form):
    """When, where and by whom: the kind, the agenda and the invitees are kept elsewhere."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    title = MeetingForm.base_fields["title"]
    day = MeetingForm.base_fields["day"]
    at = MeetingForm.base_fields["at"]
    minutes = MeetingForm.base_fields["minutes"]
    place = MeetingForm.base_fields["place"]
    online_link = MeetingForm.base_fields["online_link"]
    chair = MeetingForm.base_fields["chair"]
    minute_taker = MeetingForm.base_fields["minute_taker"]

    def __init__(self, *args: Any, chairs: QuerySet[User], takers: QuerySet[User], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = chairs  # type: ignore[attr-defined]
        self.fields["minute_taker"].queryset = takers  # type: ignore[attr-defined]


class ItemForm(forms.Form):
    number = forms.CharField(
        label=_("Casusnummer"),
        max_length=20,
        help_text=_("Bijvoorbeeld GM0344-2026-0001."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    invited = forms.ModelMultipleChoiceField(
        label=_("Uitnodigen voor dit punt"),
        queryset=Organisation.objects.none(),
        widget=CHECKBOXES,
        help_text=_("Alleen partners die aan de casus deelnemen; zij zien alleen hun punten."),
    )

    def __init__(self, *args: Any, partners: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["invited"].queryset = partners  # type: ignore[attr-defined]


class InviteForm(forms.Form):
    invited = forms.ModelMultipleChoiceField(
        label=_("Uitgenodigde partners"), queryset=Organisation.objects.none(), widget=CHECKBOXES
    )

    def __init__(self, *args: Any, partners: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["invited"].queryset = partners  # type: ignore[attr-defined]


class InputForm(forms.Form):
    text = forms.CharField(
        label=_("Wat weet uw organisatie over deze casus?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Alleen de partners die voor dit punt zijn uitgenodigd lezen dit."),
    )


class NotesForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    picture = forms.CharField(label=_("Beeldvorming"), widget=TEXT, required=False)
    judgement = forms.CharField(label=_("Oordeelsvorming"), widget=TEXT, required=False)
    decision_making = forms.CharField(label=_("Besluitvorming"), widget=TEXT, required=False)


DECIDED = [(k, label) for k, label in DecisionKind.choices if k != DecisionKind.SCREENING]


class DecisionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Soort besluit"), choices=DECIDED)
    text = forms.CharField(
        label=_("Besluit"),
        widget=TEXT,
        required=False,
        help_text=_(
            "Bij het vaststellen van het plan of het opschalen vult Vierhoek de tekst aan als u "
            "niets schrijft."
        ),
    )


class ScreeningForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Uitkomst"), choices=ScreeningOutcome.choices, widget=forms.RadioSelect
    )
    advice = forms.CharField(
        label=_("Gegeven advies (bij 'niet voor ZVH')"), widget=TEXT, required=False
    )


class ActionForm(forms.Form):
    what = forms.CharField(label=_("Actie"), widget=TEXT)
    owner = forms.ModelChoiceField(
        label=_("Eigenaar (partner)"), queryset=Organisation.objects.none()
    )
    owner_person = PeopleChoice(
        label=_("Eigenaar (persoon)"), queryset=User.objects.none(), required=False
    )
    deadline = forms.DateField(
        label=_("Uiterlijk op"),
        widget=DATE,
        initial=lambda: timezone.localdate() + datetime.timedelta(days=14),
    )

    def __init__(
        self, *args: Any, partners: QuerySet[Organisation], people: QuerySet[User], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = partners  # type: ignore[attr-defined]
        self.fields["owner_person"].queryset = people  # type: ignore[attr-defined]


class CloseActionForm(forms.Form):
    result = forms.CharField(label=_("Resultaat"), widget=TEXT)


limit_free_texts(InputForm, NotesForm, DecisionForm, ScreeningForm, ActionForm, CloseActionForm)
