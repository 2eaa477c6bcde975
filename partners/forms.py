from django import forms
from django.utils.translation import gettext_lazy as _


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
