from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from casework.forms import SignalForm
from casework.selectors import case_for, case_partner_organisations, case_signals
from casework.services import signal_add
from casework.views.common import case_context, current_user
from partners.policy import Action
from partners.reading import reader_for


@login_required
@require_http_methods(["GET", "POST"])
def case_signals_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The signals tab: what came in and which authorities were informed; POST adds one."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.VIEW_NETWORK)
    initial = {"source": user.organisation, "domain": getattr(user.organisation, "domain", None)}
    form = SignalForm(
        request.POST or None,
        sources=case_partner_organisations(reader, case, current=False),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["restricted_to"] = list(data["restricted_to"])
        try:
            signal_add(case=case, user=user, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het signaal is vastgelegd."))
            return redirect("casework:case_signals", pk=case.pk)
    signals = list(case_signals(reader, case))
    context = case_context(reader, case, "casework:case_signals")
    return render(
        request,
        "casework/case_signals.html",
        {**context, "signals": signals, "form": form if context["may_contribute"] else None},
    )
