from django.http import HttpRequest

from casework.insight.permissions import LOCAL
from partners.models import Role
from partners.policy import has_role


def navigation(request: HttpRequest) -> dict[str, bool]:
    """Whether the main menu offers "Inzicht": to whom the policy shows figures."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"may_see_insight": has_role(user, Role.RESEARCHER, *LOCAL)}
