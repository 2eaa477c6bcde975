from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from config.pagination import CappedPaginator
from config.views import form_target
from interventions.forms import CatalogueFilterForm, LegalReviewForm
from interventions.models import (
    MEANINGS,
    NOT_ADMINISTRATIVE,
    Authority,
    Character,
    Decider,
    Intervention,
    InterventionVersion,
    Kind,
    LegalReview,
    RemedyRoute,
    ViewRequirement,
    source_citation,
)
from interventions.selectors import catalogue_list, intervention_detail, legal_reviews
from interventions.services import legal_review_record
from interventions.usage import intervention_usage
from partners.models import User
from partners.policy import Action, can, visible

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
        review_due=bool(filters.get("review_due")),
    )
    page = CappedPaginator(interventions, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "interventions/catalogue.html",
        {"form": form, "page": page, "query": params.urlencode()},
    )


def _detail_page(
    request: HttpRequest,
    item: Intervention,
    *,
    review_form: LegalReviewForm | None = None,
    status: int = 200,
) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    may_review = can(user, Action.CREATE, LegalReview)
    if may_review and review_form is None:
        review_form = LegalReviewForm(initial={"reviewed_on": timezone.localdate()})
    return render(
        request,
        "interventions/intervention_detail.html",
        {
            "intervention": item,
            "characters": [Character(value).label for value in item.characters],
            "deciders": [Decider(value).label for value in item.deciders],
            "usage": intervention_usage(item),
            "versions": list(item.versions.order_by("-version").values_list("version", "saved_at")),
            "reviews": list(legal_reviews(user=user, intervention=item)[:5]),
            "review_form": review_form if may_review else None,
        },
        status=status,
    )


@login_required
def intervention(request: HttpRequest, slug: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    return _detail_page(request, get_object_or_404(intervention_detail(user=user), slug=slug))


@login_required
@form_target("interventions:detail", "slug")
def intervention_review(request: HttpRequest, slug: str) -> HttpResponse:
    """The functional manager marks that the entry was reviewed against the law."""
    user: User = request.user  # type: ignore[assignment]
    item = get_object_or_404(intervention_detail(user=user), slug=slug)
    if not can(user, Action.CREATE, LegalReview):
        raise PermissionDenied
    form = LegalReviewForm(request.POST)
    if form.is_valid():
        try:
            legal_review_record(intervention=item, user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De juridische toetsing is vastgelegd."))
            return redirect("interventions:detail", slug=item.slug)
    return _detail_page(request, item, review_form=form, status=400)


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
            "view_requirement": _label(ViewRequirement, content.get("view_requirement")),
            "remedy_route": _label(RemedyRoute, content.get("remedy_route")),
            "sources": [source_citation(source) for source in content.get("sources", [])],
        },
    )


def _label(choices: type[ViewRequirement] | type[RemedyRoute], value: str | None) -> str:
    """The label of a value kept in an earlier version (versions before the catalogue named
    remedies and the zienswijze have none)."""
    return str(choices(value).label) if value in choices.values else ""


@login_required
def glossary(request: HttpRequest) -> HttpResponse:
    """ "Taal is belangrijk": the two meanings of "bestuurlijke interventie", and the words."""
    return render(
        request,
        "interventions/glossary.html",
        {
            "meanings": [(Kind(kind).label, meaning) for kind, meaning in MEANINGS.items()],
            "not_administrative": [
                (Authority(authority).label, meaning)
                for authority, meaning in NOT_ADMINISTRATIVE.items()
            ],
        },
    )
