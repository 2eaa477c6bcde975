import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.models import (
    Authority,
    EscalationLevel,
    LifeArea,
    Person,
    PersonRole,
    Priority,
    RelationKind,
    SignalClassification,
    SignalKind,
)
from casework.permissions import DIRECTOR_ROLES
from casework.validators import ascii_digits, validate_bsn
from config.forms import limit_free_texts
from config.input import MAX_FIELD_CHARS
from partners.models import Domain, Municipality, Organisation, User


class BSNField(forms.CharField):
    """A BSN as typed, its digits made ASCII (full-width or Arabic-Indic digits from another
    keyboard are the same number) before the elfproef."""

    def to_python(self, value: Any) -> str:
        return ascii_digits(super().to_python(value) or "")


class CaseForm(forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        help_text=_("Een werktitel, bijvoorbeeld de straat of wijk. Liever geen achternaam."),
        error_messages={"required": _("Geef de casus een titel.")},
    )
    municipality = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Municipality.objects.none(),
        help_text=_("De gemeente die de casus voert; het casusnummer begint met haar CBS-code."),
        error_messages={
            "required": _("Kies de gemeente van de casus."),
            "invalid_choice": _("Kies een gemeente uit het werkgebied van uw organisatie."),
        },
    )
    other_municipalities = forms.ModelMultipleChoiceField(
        label=_("Ook actief in"),
        queryset=Municipality.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Andere gemeenten waar de familie woont of actief is, voor casussen over de "
            "gemeentegrens."
        ),
    )
    life_areas = forms.MultipleChoiceField(
        label=_("Leefgebieden"),
        choices=LifeArea.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Op welke leefgebieden spelen problemen? Dit kan later worden aangevuld."),
    )
    priority = forms.ChoiceField(
        label=_("Prioriteit"), choices=Priority.choices, initial=Priority.NORMAL
    )

    def __init__(self, *args: Any, municipalities: QuerySet[Municipality], **kwargs: Any) -> None:
        """`municipalities`: where the user may create a case (their organisation's werkgebied);
        the only one is preselected."""
        super().__init__(*args, **kwargs)
        field = self.fields["municipality"]
        field.queryset = municipalities.order_by("name")  # type: ignore[attr-defined]
        choices = list(municipalities.values_list("pk", flat=True)[:2])
        if len(choices) == 1:
            field.initial = choices[0]
            # The case's own municipality is not offered again as one where the family acts.
            others = self.fields["other_municipalities"]
            others.queryset = others.queryset.exclude(pk=choices[0])  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        main = data.get("municipality")
        if main is not None and main in data.get("other_municipalities", []):
            self.add_error(
                "other_municipalities",
                _("De gemeente van de casus kiest u hierboven; laat haar hier weg."),
            )
        return data


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

    def __init__(
        self, *args: object, taking_part: QuerySet[Organisation], **kwargs: object
    ) -> None:
        """`taking_part`: the partners taking part now (a selector's answer), left out."""
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["organisation"]
        field.queryset = (  # type: ignore[attr-defined]
            Organisation.objects.exclude(pk__in=taking_part.values("pk"))
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
        max_length=MAX_FIELD_CHARS,
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


class VersionedForm(forms.Form):
    """Carries the version of the case the user saw, for optimistic locking."""

    version = forms.IntegerField(widget=forms.HiddenInput)


class CaseSummaryForm(VersionedForm):
    title = forms.CharField(label=_("Titel"), max_length=200)
    life_areas = forms.MultipleChoiceField(
        label=_("Leefgebieden"),
        choices=LifeArea.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    priority = forms.ChoiceField(label=_("Prioriteit"), choices=Priority.choices)
    escalation_level = forms.TypedChoiceField(
        label=_("Escalatieniveau"), choices=EscalationLevel.choices, coerce=int
    )
    case_director = forms.ModelChoiceField(
        label=_("Casusregisseur"), queryset=User.objects.none(), required=False
    )
    process_director = forms.ModelChoiceField(
        label=_("Procesregisseur"), queryset=User.objects.none(), required=False
    )
    other_municipalities = forms.ModelMultipleChoiceField(
        label=_("Ook actief in"),
        queryset=Municipality.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Andere gemeenten waar de familie woont of actief is."),
    )

    def __init__(self, *args: Any, people: QuerySet[User], **kwargs: Any) -> None:
        """`people`: who can be a regisseur, the users of the partners taking part."""
        super().__init__(*args, **kwargs)
        for name, roles in DIRECTOR_ROLES.items():
            field = self.fields[name]
            field.queryset = people.filter(  # type: ignore[attr-defined]
                groups__name__in=[role.group_name for role in roles]
            ).distinct()
            field.label_from_instance = lambda user: f"{user} ({user.organisation})"  # type: ignore[attr-defined]


class PersonForm(forms.Form):
    first_name = forms.CharField(
        label=_("Voornaam"), max_length=100, error_messages={"required": _("Vul de voornaam in.")}
    )
    last_name = forms.CharField(
        label=_("Achternaam"),
        max_length=150,
        error_messages={"required": _("Vul de achternaam in.")},
    )
    birth_date = forms.DateField(
        label=_("Geboortedatum"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        error_messages={"invalid": _("Vul een geldige datum in.")},
    )
    bsn = BSNField(
        label=_("BSN"),
        max_length=9,
        required=False,
        validators=[validate_bsn],
        help_text=_("Alleen als het nodig is voor de aanpak; negen cijfers."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    alias = forms.CharField(label=_("Alias of bijnaam"), max_length=100, required=False)
    address = forms.CharField(label=_("Adres"), max_length=250, required=False)
    roles = forms.MultipleChoiceField(
        label=_("Rol in de casus"),
        choices=PersonRole.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=[PersonRole.FAMILY_MEMBER],
        error_messages={"required": _("Kies minstens één rol.")},
    )

    def clean_birth_date(self) -> datetime.date | None:
        birth_date: datetime.date | None = self.cleaned_data.get("birth_date")
        if birth_date and birth_date > timezone.localdate():
            raise forms.ValidationError(_("Een geboortedatum kan niet in de toekomst liggen."))
        if birth_date and birth_date.year < 1900:
            raise forms.ValidationError(_("Controleer het geboortejaar."))
        return birth_date


class RelationForm(forms.Form):
    from_person = forms.ModelChoiceField(label=_("Persoon"), queryset=Person.objects.none())
    kind = forms.ChoiceField(label=_("is"), choices=RelationKind.choices)
    to_person = forms.ModelChoiceField(label=_("Andere persoon"), queryset=Person.objects.none())
    source = forms.ModelChoiceField(
        label=_("Bron"),
        queryset=Organisation.objects.none(),
        help_text=_("De partner van wie deze informatie komt."),
    )
    valid_from = forms.DateField(
        label=_("Geldig vanaf"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    valid_to = forms.DateField(
        label=_("Geldig tot"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )

    def __init__(
        self, *args: Any, persons: QuerySet[Person], sources: QuerySet[Organisation], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["from_person"].queryset = persons  # type: ignore[attr-defined]
        self.fields["to_person"].queryset = persons  # type: ignore[attr-defined]
        self.fields["source"].queryset = sources  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("from_person") and cleaned.get("from_person") == cleaned.get("to_person"):
            self.add_error("to_person", _("Een persoon kan geen relatie met zichzelf hebben."))
        start, end = cleaned.get("valid_from"), cleaned.get("valid_to")
        if start and end and end < start:
            self.add_error("valid_to", _("De einddatum ligt voor de begindatum."))
        return cleaned


class _LinkedToPersonsForm(forms.Form):
    """Something linked to the network, with the persons of the case it concerns."""

    persons = forms.ModelMultipleChoiceField(
        label=_("Betrokken personen"),
        queryset=Person.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, persons: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["persons"].queryset = persons  # type: ignore[attr-defined]


class LinkedOrganisationForm(_LinkedToPersonsForm):
    name = forms.CharField(label=_("Naam van de organisatie"), max_length=200)
    kvk_number = forms.RegexField(
        label=_("KvK-nummer"),
        regex=r"^\d{8}$",
        required=False,
        error_messages={"invalid": _("Een KvK-nummer bestaat uit acht cijfers.")},
    )
    description = forms.CharField(label=_("Omschrijving"), max_length=300, required=False)


class LinkedAddressForm(_LinkedToPersonsForm):
    address = forms.CharField(label=_("Adres"), max_length=250)
    description = forms.CharField(label=_("Omschrijving"), max_length=300, required=False)


class SignalForm(forms.Form):
    kind = forms.ChoiceField(label=_("Soort"), choices=SignalKind.choices)
    received_on = forms.DateField(
        label=_("Datum"),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        error_messages={
            "required": _("Vul de datum in."),
            "invalid": _("Vul een geldige datum in."),
        },
    )
    source = forms.ModelChoiceField(label=_("Bronpartner"), queryset=Organisation.objects.none())
    domain = forms.ModelChoiceField(label=_("Domein"), queryset=Domain.objects.all())
    classification = forms.ChoiceField(
        label=_("Classificatie"), choices=SignalClassification.choices
    )
    authority = forms.ChoiceField(
        label=_("Geïnformeerde overheid"),
        choices=[("", _("Niet van toepassing")), *Authority.choices],
        required=False,
    )
    description = forms.CharField(
        label=_("Omschrijving"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Beschrijf het signaal.")},
    )
    restricted_to = forms.ModelMultipleChoiceField(
        label=_("Alleen zichtbaar voor"),
        queryset=Domain.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Niets aangevinkt: zichtbaar voor alle partners van de casus."),
    )

    def __init__(self, *args: Any, sources: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = sources  # type: ignore[attr-defined]
        self.fields["received_on"].initial = timezone.localdate

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("received_on") and cleaned["received_on"] > timezone.localdate():
            self.add_error("received_on", _("De datum kan niet in de toekomst liggen."))
        if cleaned.get("kind") == SignalKind.INFORMING and not cleaned.get("authority"):
            self.add_error("authority", _("Kies welke overheid is geïnformeerd."))
        if cleaned.get("kind") == SignalKind.INCOMING:
            cleaned["authority"] = ""
        return cleaned


limit_free_texts(
    CaseForm,
    PartnerJoinForm,
    PartnerLeaveForm,
    NoteForm,
    CaseSummaryForm,
    PersonForm,
    RelationForm,
    LinkedOrganisationForm,
    LinkedAddressForm,
    SignalForm,
)
