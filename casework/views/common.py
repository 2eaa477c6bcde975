from collections.abc import Sequence
from typing import Any

from django.db import models
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from casework.models import Case
from partners.models import ReadPath, User
from partners.policy import Action, can, visible
from partners.services import access_log_record

PAGE_SIZE = 25

# The tabs of a case page: url name, label, whether case workers only see it.
TABS = [
    ("casework:case_detail", _("Overzicht"), False),
    ("casework:case_network", _("Netwerk"), True),
    ("casework:case_signals", _("Signalen"), True),
    ("casework:case_partners", _("Partners"), False),
    ("casework:case_interventions", _("Interventies"), False),
    ("casework:case_timeline", _("Tijdlijn"), False),
]


def current_user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def case_or_404(user: User, pk: int, action: Action = Action.VIEW) -> Case:
    """The case, if the user may perform `action` on it; otherwise 404, so that the existence
    of a case is not given away to whoever guesses its number."""
    return get_object_or_404(
        visible(
            user,
            action,
            Case.objects.select_related(
                "municipality", "created_by", "case_director", "process_director"
            ),
        ),
        pk=pk,
    )


def case_context(user: User, case: Case, tab: str) -> dict[str, Any]:
    """What every tab of a case page shows around its content."""
    may_contribute = can(user, Action.CONTRIBUTE, case)
    return {
        "case": case,
        "tab": tab,
        "tabs": [(name, label) for name, label, workers in TABS if may_contribute or not workers],
        "may_contribute": may_contribute,
    }


def log_list(
    request: HttpRequest, read_path: ReadPath, entries: Sequence[tuple[models.Model, Case]]
) -> None:
    """Appends every (object, its case) shown by a list to the access log, in one query."""
    access_log_record(
        user=current_user(request),
        read_path=read_path,
        entries=entries,
        path=request.get_full_path(),
    )


def log_read(
    request: HttpRequest,
    read_path: ReadPath,
    case: Case,
    objects: Sequence[models.Model] | None = None,
) -> None:
    """Appends the case (when objects is None) or the objects shown to the access log."""
    shown = [case] if objects is None else objects
    log_list(request, read_path, [(obj, case) for obj in shown])
