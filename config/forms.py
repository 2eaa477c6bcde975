from django import forms
from django.core import validators
from django.forms.renderers import TemplatesSetting

from config.input import MAX_FIELD_CHARS


class FormRenderer(TemplatesSetting):
    """Renders each field with its label, help text and errors in the NL Design System markup."""

    field_template_name = "forms/field.html"


def limit_free_text(field: forms.Field) -> None:
    """A free-text field says the input guard's limit itself: `maxlength` in the browser and its
    own validation, so an over-long text is refused with the form, the typed text kept."""
    if not isinstance(field, forms.CharField) or field.max_length is not None:
        return
    field.max_length = MAX_FIELD_CHARS
    field.validators.append(validators.MaxLengthValidator(MAX_FIELD_CHARS))
    field.widget.attrs["maxlength"] = str(MAX_FIELD_CHARS)


def limit_free_texts(*form_classes: type[forms.Form]) -> None:
    """`limit_free_text` for every text area of these forms."""
    for form_class in form_classes:
        for field in form_class.base_fields.values():
            if isinstance(field.widget, forms.Textarea):
                limit_free_text(field)
