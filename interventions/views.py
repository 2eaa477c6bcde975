from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from config.pagination import CappedPaginator
from interventions.forms import CatalogueFilterForm
from interventions.models import MEANINGS, Character, Decider, InterventionVersion, Kind
from interventions.selectors import catalogue_list, intervention_detail
from interventions.usage import intervention_usage
from partners.models import User
from partners.policy import Action, visible

PAGE_SIZE = 20


@login_required
def catalogue(request: HttpRequest) -> HttpResponse:
    """The catalogue: what an administrator and the partners could do, and on what basis."""
    user: User = request.user  # type: ignore[assignment]
    form = CatalogueFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    interventions = catalogue_list(
        user=user,
        query=filters.get("q", ""),
        kind=filters.get("kind", ""),
        character=filters.get("character", ""),
        domain_id=getattr(filters.get("domain"), "pk", None),
        decider=filters.get("decider", ""),
    )
    page = CappedPaginator(interventions, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "interventions/catalogue.html",
        {"form": form, "page": page, "query": params.urlencode()},
    )


@login_required
def intervention(request: HttpRequest, slug: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    item = get_object_or_404(intervention_detail(user=user), slug=slug)
    return render(
        request,
        "interventions/intervention_detail.html",
        {
            "intervention": item,
            "characters": [Character(value).label for value in item.characters],
            "deciders": [Decider(value).label for value in item.deciders],
            "usage": intervention_usage(item),
            "versions": list(item.versions.order_by("-version").values_list("version", "saved_at")),
        },
    )


@login_required
def intervention_version(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    """An earlier text of an entry, as a case may have been weighed against it."""
    user: User = request.user  # type: ignore[assignment]
    item = get_object_or_404(intervention_detail(user=user), slug=slug)
    if version == item.version:
        return redirect("interventions:detail", slug=slug)
    kept = get_object_or_404(
        visible(user, Action.VIEW, InterventionVersion.objects.select_related("saved_by")),
        intervention=item,
        version=version,
    )
    content = kept.content
    return render(
        request,
        "interventions/intervention_version.html",
        {
            "intervention": item,
            "kept": kept,
            "content": content,
            "kind": Kind(content["kind"]).label,
            "characters": [Character(value).label for value in content["characters"]],
            "deciders": [Decider(value).label for value in content["deciders"]],
        },
    )


@login_required
def glossary(request: HttpRequest) -> HttpResponse:
    """ "Taal is belangrijk": the two meanings of "bestuurlijke interventie", and the words."""
    return render(
        request,
        "interventions/glossary.html",
        {"meanings": [(Kind(kind).label, meaning) for kind, meaning in MEANINGS.items()]},
    )
