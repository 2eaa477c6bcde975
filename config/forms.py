from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """Renders each field with its label, help text and errors in the NL Design System markup."""

    field_template_name = "forms/field.html"
