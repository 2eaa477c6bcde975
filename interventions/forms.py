from django import forms
from django.utils.translation import gettext_lazy as _

from config.forms import limit_free_texts
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
    review_due = forms.BooleanField(
        label=_("Alleen met verlopen of ontbrekende juridische toetsing"), required=False
    )


class LegalReviewForm(forms.Form):
    reviewed_on = forms.DateField(
        label=_("Getoetst op"),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        help_text=_("De dag waarop de tekst tegen de wet is gelegd."),
    )
    reviewer_function = forms.CharField(
        label=_("Getoetst door (functie)"),
        max_length=150,
        help_text=_("De functie, niet de naam: bijvoorbeeld ‘jurist openbare orde en veiligheid’."),
    )
    note = forms.CharField(
        label=_("Toelichting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Wat is nagelopen, en wat is eventueel aangepast."),
    )


limit_free_texts(LegalReviewForm)
