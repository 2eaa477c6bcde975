"""Template tags for choice lists."""

from collections.abc import Iterable

from django import template
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def options(choices: Iterable[tuple[object, object]], selected: object = "") -> SafeString:
    """`<option>` elements for (value, label) pairs, the one equal to `selected` selected.

    Rendered in Python: a list of all 342 municipalities through the template language costs
    more than the rest of the page it is on.
    """
    chosen = str(selected)
    return mark_safe(  # noqa: S308 - every value and label is escaped here
        "".join(
            f'<option value="{escape(value)}"{" selected" if str(value) == chosen else ""}>'
            f"{conditional_escape(str(label))}</option>"
            for value, label in choices
        )
    )
