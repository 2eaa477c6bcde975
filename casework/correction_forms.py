"""Forms to correct a family network: each carries the version its user read and the reason."""

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.forms import LinkedAddressForm, LinkedOrganisationForm, PersonForm, RelationForm
from casework.models import Person
from casework.services.corrections import MAX_REASON_CHARS
from config.forms import limit_free_texts


class CorrectionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reden"),
        max_length=MAX_REASON_CHARS,
        help_text=_("Waarom u dit corrigeert, en op grond waarvan. Komt in de tijdlijn."),
        error_messages={"required": _("Geef de reden van deze correctie.")},
    )


class PersonEditForm(PersonForm, CorrectionForm):
    field_order = [*PersonForm.base_fields, "reason", "version"]


class RelationEditForm(RelationForm, CorrectionForm):
    """The kind, period and source of a relation; who it joins stays (remove and add anew)."""

    field_order = ["kind", "source", "valid_from", "valid_to", "reason", "version"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, persons=Person.objects.none(), **kwargs)
        del self.fields["from_person"]
        del self.fields["to_person"]
        self.fields["kind"].label = _("Soort relatie")


class RelationEndForm(CorrectionForm):
    ended_on = forms.DateField(
        label=_("Beëindigd op"),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        error_messages={
            "required": _("Vul de datum in waarop de relatie eindigde."),
            "invalid": _("Vul een geldige datum in."),
        },
    )
    field_order = ["ended_on", "reason", "version"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ended_on"].initial = timezone.localdate
        self.fields["reason"].help_text = _(
            "Waarom de relatie eindigde, en hoe u dat weet. Komt in de tijdlijn."
        )

    def clean_ended_on(self) -> Any:
        ended_on = self.cleaned_data["ended_on"]
        if ended_on > timezone.localdate():
            raise forms.ValidationError(_("Een relatie kan niet in de toekomst eindigen."))
        return ended_on


class RemoveForm(CorrectionForm):
    """Removing something recorded by mistake: only the reason."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].help_text = _(
            "Waarom dit verkeerd is vastgelegd. Komt in de tijdlijn."
        )


class MergeForm(CorrectionForm):
    other = forms.ModelChoiceField(
        label=_("Samenvoegen met"),
        queryset=Person.objects.none(),
        help_text=_(
            "De andere registratie van dezelfde persoon. Relaties en koppelingen van die "
            "registratie gaan naar deze persoon; daarna wordt die registratie verwijderd."
        ),
        error_messages={"required": _("Kies de andere registratie van deze persoon.")},
    )
    field_order = ["other", "reason", "version"]

    def __init__(self, *args: Any, others: QuerySet[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].help_text = _(
            "Waaruit blijkt dat het dezelfde persoon is. Komt in de tijdlijn."
        )
        field = self.fields["other"]
        field.queryset = others  # type: ignore[attr-defined]
        field.label_from_instance = lambda person: (  # type: ignore[attr-defined]
            f"{person.full_name} ({person.birth_date:%d-%m-%Y})"
            if person.birth_date
            else person.full_name
        )


class LinkedOrganisationEditForm(LinkedOrganisationForm, CorrectionForm):
    field_order = ["name", "kvk_number", "description", "persons", "reason", "version"]


class LinkedAddressEditForm(LinkedAddressForm, CorrectionForm):
    field_order = ["address", "description", "persons", "reason", "version"]


limit_free_texts(
    PersonEditForm,
    RelationEditForm,
    RelationEndForm,
    RemoveForm,
    MergeForm,
    LinkedOrganisationEditForm,
    LinkedAddressEditForm,
)
