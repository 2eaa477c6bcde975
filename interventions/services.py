"""Changing the catalogue: every change keeps the text as it was, and reviews are recorded."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from interventions.models import Intervention, InterventionVersion, LegalReview
from partners.models import User
from partners.policy import Action, require

# The fields of an entry that are its text (kept in every version, given by the seed file).
CONTENT_FIELDS = [
    "slug",
    "name",
    "kind",
    "characters",
    "summary",
    "description",
    "legal_law",
    "legal_article",
    "legal_url",
    "deciders",
    "authority",
    "remedy_route",
    "remedies",
    "view_requirement",
    "view_note",
    "life_areas",
    "for_minors",
    "information_needed",
    "typical_duration",
    "safety_notes",
    "pyramid_level",
    "origin",
    "origin_note",
]


def intervention_snapshot(intervention: Intervention) -> dict[str, Any]:
    """Everything an entry says, as plain data: the fields, domains, conditions, links and
    sources."""
    content: dict[str, Any] = {field: getattr(intervention, field) for field in CONTENT_FIELDS}
    content["domains"] = sorted(intervention.domains.values_list("code", flat=True))
    content["conditions"] = list(intervention.conditions.values_list("text", flat=True))
    content["lighter_alternatives"] = sorted(
        intervention.lighter_alternatives.values_list("slug", flat=True)
    )
    content["combined_with"] = sorted(intervention.combined_with.values_list("slug", flat=True))
    content["sources"] = [source.as_data() for source in intervention.sources.all()]
    return content


def keep_version(intervention: Intervention, *, user: User | None) -> int:
    """Stores the entry as it is now in the database as an earlier version (the caller holds
    the transaction); returns the number the changed entry gets."""
    current = Intervention.objects.select_for_update().get(pk=intervention.pk)
    InterventionVersion.objects.create(
        intervention=current,
        version=current.version,
        content=intervention_snapshot(current),
        saved_by=user,
    )
    return current.version + 1


@transaction.atomic
def intervention_keep_version(*, intervention: Intervention, user: User) -> int:
    """Keeps the entry's text before the functional manager changes it; returns the number
    the changed entry gets. Only the functional manager changes the catalogue."""
    require(user, Action.CHANGE, Intervention)
    return keep_version(intervention, user=user)


def note_review(
    intervention: Intervention,
    *,
    reviewed_on: datetime.date,
    reviewer_function: str,
    note: str = "",
    user: User | None,
) -> LegalReview:
    """Records a review of the entry's current version and shows it with the entry (the
    caller checked who may)."""
    review = LegalReview.objects.create(
        intervention=intervention,
        reviewed_on=reviewed_on,
        reviewer_function=reviewer_function,
        note=note,
        catalogue_version=intervention.version,
        recorded_by=user,
    )
    latest = intervention.reviews.order_by("-reviewed_on", "-id").first()
    if latest is not None:
        Intervention.objects.filter(pk=intervention.pk).update(
            reviewed_on=latest.reviewed_on,
            reviewed_by_function=latest.reviewer_function,
            reviewed_version=latest.catalogue_version,
        )
        intervention.reviewed_on = latest.reviewed_on
        intervention.reviewed_by_function = latest.reviewer_function
        intervention.reviewed_version = latest.catalogue_version
    return review


@transaction.atomic
def legal_review_record(
    *,
    intervention: Intervention,
    user: User,
    reviewed_on: datetime.date,
    reviewer_function: str,
    note: str = "",
) -> LegalReview:
    """The functional manager marks that the entry's text was reviewed against the law: on
    which day and by whom (by function). A review cannot lie in the future."""
    require(user, Action.CREATE, LegalReview)
    function = reviewer_function.strip()
    if not function:
        raise ValidationError({"reviewer_function": _("Vul de functie in van wie toetste.")})
    if reviewed_on > timezone.localdate():
        raise ValidationError({"reviewed_on": _("Een toetsing kan niet in de toekomst liggen.")})
    locked = Intervention.objects.select_for_update().get(pk=intervention.pk)
    changed_on = timezone.localdate(locked.updated_at)
    if reviewed_on < changed_on:
        raise ValidationError(
            {
                "reviewed_on": _(
                    "De tekst is op %(day)s voor het laatst gewijzigd; een toetsing van deze "
                    "versie ligt niet eerder."
                )
                % {"day": changed_on.strftime("%d-%m-%Y")}
            }
        )
    review = note_review(
        locked, reviewed_on=reviewed_on, reviewer_function=function, note=note.strip(), user=user
    )
    for field in ("reviewed_on", "reviewed_by_function", "reviewed_version"):
        setattr(intervention, field, getattr(locked, field))
    return review
