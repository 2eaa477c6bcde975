from django.http import HttpRequest

from partners.models import AccessLog
from partners.policy import Action, can


def navigation(request: HttpRequest) -> dict[str, bool]:
    """What the main menu offers this user, decided by the permission policy: the access log to
    the privacy officer. (The API and its keys are in the account tools, not the main menu.)"""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"may_view_access_log": can(user, Action.VIEW, AccessLog)}
