"""Texts the system itself writes into records ("Casus aangemaakt", a standard domain's name).

They are stored as written in the source (Dutch, the msgid) and translated when shown, so an
English page shows them in English while a person's own words stay as they were written.
Mark such a text with `system_text(gettext_noop("..."))` where it is written; show any stored
text with `shown(text)`.
"""

from django.utils.translation import gettext

_SYSTEM_TEXTS: set[str] = set()


def system_text(text: str) -> str:
    """Registers `text` as written by the system and returns it unchanged (for storing)."""
    _SYSTEM_TEXTS.add(text)
    return text


def shown(text: str) -> str:
    """A stored text for display: translated if the system wrote it, else as it was written."""
    return gettext(text) if text in _SYSTEM_TEXTS else text
