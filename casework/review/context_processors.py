from django.http import HttpRequest

from casework.permissions import VIERHOEK
from partners.policy import has_role


def navigation(request: HttpRequest) -> dict[str, bool]:
    """Whether the main menu offers "Ter beoordeling": to the vierhoek's roles."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"may_review": has_role(user, *VIERHOEK)}
