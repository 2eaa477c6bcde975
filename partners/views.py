import csv
from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token, user_has_device

from config.pagination import CappedPaginator
from config.spreadsheets import safe_cell
from config.views import form_target
from partners.forms import AccessLogFilterForm, SocialMapFilterForm, TokenForm
from partners.models import AccessLog, Organisation, User
from partners.policy import Action, require, visible
from partners.selectors import (
    access_log_list,
    api_tokens,
    organisation_contacts,
    organisation_list,
)
from partners.services import (
    api_token_issue,
    api_token_revoke,
    totp_device_confirm,
    totp_device_for_enrolment,
)

PAGE_SIZE = 25


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


def _query_without_page(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@login_required
def social_map(request: HttpRequest) -> HttpResponse:
    """The social map: partner organisations by domain, level, region and expertise."""
    user: User = request.user  # type: ignore[assignment]
    form = SocialMapFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    organisations = organisation_list(
        user=user,
        query=filters.get("q", ""),
        domain_id=getattr(filters.get("domain"), "pk", None),
        level=filters.get("level", ""),
        region_id=getattr(filters.get("region"), "pk", None),
        expertise_id=getattr(filters.get("expertise"), "pk", None),
    )
    page = CappedPaginator(organisations, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "partners/social_map.html",
        {"form": form, "page": page, "query": _query_without_page(request)},
    )


@login_required
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A partner with its people on the social map."""
    user: User = request.user  # type: ignore[assignment]
    organisation = get_object_or_404(
        visible(
            user,
            Action.VIEW,
            Organisation.objects.select_related("domain").prefetch_related(
                "municipalities", "regions"
            ),
        ),
        pk=pk,
    )
    contacts = organisation_contacts(user=user, organisation=organisation)
    return render(
        request,
        "partners/organisation_detail.html",
        {"organisation": organisation, "contacts": contacts},
    )


@login_required
def access_log(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The access log for the privacy officer: who saw which case data, when and why.

    With `?format=csv` the filtered rows are downloaded, for a data-subject request.
    """
    user: User = request.user  # type: ignore[assignment]
    require(user, Action.VIEW, AccessLog)
    form = AccessLogFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = access_log_list(user=user, **filters)
    if request.GET.get("format") == "csv" and form.is_valid():
        return _access_log_csv(rows)
    page = CappedPaginator(rows, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "partners/access_log.html",
        {"form": form, "page": page, "query": _query_without_page(request)},
    )


class _Echo:
    def write(self, value: str) -> str:
        return value


def _access_log_csv(rows: QuerySet[AccessLog]) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    header = [
        _("moment"),
        _("gebruikersnaam"),
        _("organisatie"),
        _("via"),
        _("gegeven"),
        _("dossier"),
        _("doel en grondslag"),
    ]
    lines = (
        writer.writerow(
            [
                safe_cell(value)
                for value in (
                    row.at.isoformat(),
                    row.username,
                    row.organisation_name,
                    row.get_read_path_display(),
                    row.object_repr,
                    row.scope_repr,
                    row.purpose,
                )
            ]
        )
        for row in rows.iterator()
    )
    response = StreamingHttpResponse(
        (line for chunk in ([writer.writerow(header)], lines) for line in chunk),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="toegangslog.csv"'
    return response


def _is_verified(request: HttpRequest) -> bool:
    # django-otp's middleware gives a signed-in user is_verified().
    return bool(getattr(request.user, "is_verified", lambda: False)())


@login_required
def api_tokens_page(request: HttpRequest) -> HttpResponse:
    """The user's personal API tokens: issue one (shown once, in this answer only), see which
    are valid until when, revoke one."""
    user: User = request.user  # type: ignore[assignment]
    new_token = ""
    status = 200
    if request.method == "POST":
        try:
            _stored, new_token = api_token_issue(user=user, verified=_is_verified(request))
        except PermissionDenied as error:
            messages.error(request, str(error))
            status = 403
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            status = 400
    return render(
        request,
        "partners/api_tokens.html",
        {
            "tokens": list(api_tokens(user=user)),
            "new_token": new_token,
            "verified": _is_verified(request),
        },
        status=status,
    )


@login_required
@form_target("api_tokens")
def api_token_revoke_view(request: HttpRequest, token_key: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    token = get_object_or_404(api_tokens(user=user), token_key=token_key)
    api_token_revoke(user=user, token=token)
    messages.success(request, _("De API-sleutel is ingetrokken; hij werkt niet meer."))
    return redirect("api_tokens")
