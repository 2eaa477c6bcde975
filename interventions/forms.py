from django import forms
from django.utils.translation import gettext_lazy as _

from interventions.models import Character, Decider, Kind
from partners.models import Domain


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Zoeken"),
        required=False,
        max_length=100,
        help_text=_("Bijvoorbeeld: sluiting, 13b, huisverbod, gezinscoach."),
    )
    kind = forms.ChoiceField(
        label=_("Soort"), choices=[("", _("Alle")), *Kind.choices], required=False
    )
    character = forms.ChoiceField(
        label=_("Karakter"), choices=[("", _("Alle")), *Character.choices], required=False
    )
    domain = forms.ModelChoiceField(
        label=_("Domein"), queryset=Domain.objects.all(), required=False, empty_label=_("Alle")
    )
    decider = forms.ChoiceField(
        label=_("Wie beslist"), choices=[("", _("Alle")), *Decider.choices], required=False
    )
