from django.http import HttpRequest

from casework.meetings.models import Meeting
from partners.policy import Action, may_some


def navigation(request: HttpRequest) -> dict[str, bool]:
    """Whether the main menu offers the meetings: only to roles that can have any."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"may_view_meetings": may_some(user, Action.VIEW, Meeting)}
