from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

# Paths a signed-in but not yet verified user may still reach: the two-factor pages themselves,
# logging out, switching language, static files and the health check.
OPEN_PATH_NAMES = ("two_factor_setup", "two_factor_verify", "logout", "set_language")
OPEN_PREFIXES = ("/static/", "/healthz")


class TwoFactorRequiredMiddleware:
    """Sends every signed-in user to two-factor set-up or verification before anything else.

    Runs after django-otp's OTPMiddleware, which tells whether this session was verified with a
    device. API calls with a token are authenticated by DRF later and are not affected; an API
    call on an unverified session gets a 403 instead of a redirect.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            settings.OTP_REQUIRED
            and user.is_authenticated
            # OTPMiddleware gives authenticated users is_verified().
            and not getattr(user, "is_verified", lambda: False)()
            and not self._is_open(request.path)
        ):
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": _("Tweestapsverificatie is vereist.")}, status=403)
            target = reverse("two_factor_verify")
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{target}?{query}")
        return self.get_response(request)

    @staticmethod
    def _is_open(path: str) -> bool:
        if path.startswith(OPEN_PREFIXES):
            return True
        return any(path == reverse(name) for name in OPEN_PATH_NAMES)
