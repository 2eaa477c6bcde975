import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.models import Case
from partners.models import Domain, Municipality, Organisation


class CaseForm(forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        help_text=_("Een werktitel, bijvoorbeeld de straat of wijk. Liever geen achternaam."),
        error_messages={"required": _("Geef de casus een titel.")},
    )
    municipality = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Municipality.objects.all(),
        error_messages={"required": _("Kies de gemeente van de casus.")},
    )


class PartnerJoinForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Partner"),
        queryset=Organisation.objects.none(),
        error_messages={"required": _("Kies een partner.")},
    )
    joined_on = forms.DateField(
        label=_("Aangesloten op"),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        error_messages={"invalid": _("Vul een geldige datum in.")},
    )
    reason = forms.CharField(
        label=_("Reden of besluit"),
        max_length=500,
        required=False,
        help_text=_("Bijvoorbeeld: afgesproken in het casusoverleg van 3 maart."),
    )

    def __init__(self, *args: object, case: Case, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["organisation"]
        field.queryset = (  # type: ignore[attr-defined]
            Organisation.objects.exclude(
                participations__case=case, participations__left_on__isnull=True
            )
            .select_related("domain")
            .order_by("name")
        )
        field.label_from_instance = lambda org: f"{org.name} ({org.domain})"  # type: ignore[attr-defined]
        self.fields["joined_on"].initial = timezone.localdate

    def clean_joined_on(self) -> datetime.date:
        joined_on: datetime.date = self.cleaned_data["joined_on"]
        if joined_on > timezone.localdate():
            raise forms.ValidationError(
                _("De datum van aansluiten kan niet in de toekomst liggen.")
            )
        return joined_on


class PartnerLeaveForm(forms.Form):
    reason = forms.CharField(label=_("Reden van vertrek"), max_length=500, required=False)


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Notitie"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Een notitie mag niet leeg zijn.")},
    )
    restricted_to = forms.ModelMultipleChoiceField(
        label=_("Alleen zichtbaar voor"),
        queryset=Domain.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Niets aangevinkt: zichtbaar voor alle partners van de casus."),
    )
