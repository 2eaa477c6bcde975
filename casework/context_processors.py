from django.http import HttpRequest

from casework.models import Case
from partners.policy import Action, may_some


def navigation(request: HttpRequest) -> dict[str, bool]:
    """Whether the main menu offers the cases: only to roles that can have any."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"may_view_cases": may_some(user, Action.VIEW, Case)}
