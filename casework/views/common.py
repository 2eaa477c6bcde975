from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from casework.models import Case
from casework.selectors import sees_network
from partners.models import User
from partners.policy import Action
from partners.reading import Reader

PAGE_SIZE = 25

# The tabs of a case page: url name, label, whether only those who see the network see it.
TABS = [
    ("casework:case_detail", _("Overzicht"), False),
    ("casework:case_network", _("Netwerk"), True),
    ("casework:case_signals", _("Signalen"), True),
    ("casework:case_partners", _("Partners"), False),
    ("casework:case_interventions", _("Interventies"), False),
    ("casework:plan", _("Plan van aanpak"), False),
    ("casework:case_timeline", _("Tijdlijn"), False),
]


def current_user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def case_context(reader: Reader, case: Case, tab: str) -> dict[str, Any]:
    """What every tab of a case page shows around its content."""
    network = sees_network(reader, case)
    return {
        "case": case,
        "tab": tab,
        "tabs": [(name, label) for name, label, inside in TABS if network or not inside],
        "page_title": next((label for name, label, _inside in TABS if name == tab), ""),
        "sees_network": network,
        "may_contribute": reader.can(Action.CONTRIBUTE, case),
    }
