from django import forms
from django.utils.translation import gettext_lazy as _

from partners.models import Domain, Expertise, Level, Region


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=_("Code uit uw authenticator-app"),
        regex=r"^\s*\d{6}\s*$",
        max_length=10,
        error_messages={
            "required": _("Vul de zescijferige code in."),
            "invalid": _("Een code bestaat uit zes cijfers."),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self) -> str:
        return str(self.cleaned_data["token"]).strip()


class SocialMapFilterForm(forms.Form):
    q = forms.CharField(label=_("Zoeken"), required=False, max_length=100)
    domain = forms.ModelChoiceField(
        label=_("Domein"), queryset=Domain.objects.all(), required=False, empty_label=_("Alle")
    )
    level = forms.ChoiceField(
        label=_("Niveau"), choices=[("", _("Alle")), *Level.choices], required=False
    )
    region = forms.ModelChoiceField(
        label=_("Regio"), queryset=Region.objects.all(), required=False, empty_label=_("Alle")
    )
    expertise = forms.ModelChoiceField(
        label=_("Expertise"),
        queryset=Expertise.objects.all(),
        required=False,
        empty_label=_("Alle"),
    )


class AccessLogFilterForm(forms.Form):
    scope = forms.CharField(
        label=_("Casus"),
        required=False,
        max_length=100,
        help_text=_("Casusnummer of gemeente, bijvoorbeeld 2026-0001."),
    )
    username = forms.CharField(label=_("Gebruikersnaam"), required=False, max_length=150)
    organisation = forms.CharField(label=_("Organisatie"), required=False, max_length=200)
    date_from = forms.DateField(
        label=_("Vanaf"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("Tot en met"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("De einddatum ligt voor de begindatum."))
        return cleaned
