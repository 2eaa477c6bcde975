from base64 import b32encode

import segno
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token, user_has_device

from partners.forms import TokenForm
from partners.models import User
from partners.services import totp_device_confirm, totp_device_for_enrolment


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/"


@login_required
@sensitive_post_parameters("token")
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """Asks for the code of the user's authenticator; a user without one is sent to set-up."""
    user: User = request.user  # type: ignore[assignment]
    if not user_has_device(user, confirmed=True):
        return redirect(_with_next("two_factor_setup", request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("Deze code klopt niet of is verlopen. Probeer de nieuwste code."))
    return render(
        request, "partners/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


@login_required
@sensitive_post_parameters("token")
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """First login: links an authenticator app to the account by QR code or by its key."""
    user: User = request.user  # type: ignore[assignment]
    if user_has_device(user, confirmed=True):
        return redirect(_with_next("two_factor_verify", request))
    device = totp_device_for_enrolment(user=user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if totp_device_confirm(device=device, token=form.cleaned_data["token"]):
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error(
            "token",
            _("Deze code klopt niet. Controleer of de tijd op uw telefoon juist staat."),
        )
    qr_svg = segno.make(device.config_url, error="m").svg_inline(scale=5, title=_("QR-code"))
    return render(
        request,
        "partners/two_factor_setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "qr_svg": qr_svg,
            "secret": _group_secret(device.bin_key),
        },
    )


def _with_next(name: str, request: HttpRequest) -> str:
    return f"{reverse(name)}?{urlencode({'next': _next_url(request)})}"


def _group_secret(key: bytes) -> str:
    """The key in groups of four, as authenticator apps show it for typing over."""
    secret = b32encode(key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
