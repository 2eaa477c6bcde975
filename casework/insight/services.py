"""The proeftuin's writes: a pilot registered or changed, a case taken into a pilot (or out of
it) by the procesregisseur, with the reason. The comparison follows with the next refresh."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from casework.insight.models import Enrolment, Pilot
from casework.insight.permissions import reach
from casework.models import Case
from interventions.models import Intervention
from partners.models import Municipality, User
from partners.policy import Action, require

MAX_TEXT = 4000


def _check(
    *, name: str, hypothesis: str, approach: str, starts_on: datetime.date, ends_on: datetime.date
) -> None:
    errors = {}
    if not name.strip():
        errors["name"] = _("Geef de pilot een naam.")
    if not hypothesis.strip():
        errors["hypothesis"] = _("Schrijf op wat u verwacht dat de aanpak bereikt.")
    if not approach.strip():
        errors["approach"] = _("Schrijf op wat er wordt geprobeerd.")
    if ends_on < starts_on:
        errors["ends_on"] = _("De pilot eindigt op of na de dag dat zij begint.")
    # Whole quarters, as the insight pages: two pilots a month apart would otherwise give the
    # cases of that month by subtraction.
    if not (starts_on.day == 1 and starts_on.month in (1, 4, 7, 10)):
        errors["starts_on"] = _("Een pilot begint op de eerste dag van een kwartaal.")
    following = ends_on + datetime.timedelta(days=1)
    if not (following.day == 1 and following.month in (1, 4, 7, 10)):
        errors.setdefault("ends_on", _("Een pilot eindigt op de laatste dag van een kwartaal."))
    if errors:
        raise ValidationError(errors)


def pilot_fields(pilot: Pilot) -> dict[str, Any]:
    """What a pilot is, as `pilot_create` and `pilot_update` take it (a form's or a PATCH's
    starting point)."""
    return {
        "name": pilot.name,
        "hypothesis": pilot.hypothesis,
        "approach": pilot.approach,
        "intervention": pilot.intervention,
        "municipalities": list(pilot.municipalities.all()),
        "starts_on": pilot.starts_on,
        "ends_on": pilot.ends_on,
    }


def _validated(
    user: User,
    *,
    name: str,
    hypothesis: str,
    approach: str,
    municipalities: Iterable[Municipality],
    starts_on: datetime.date,
    ends_on: datetime.date,
    intervention: Intervention | None,
    pilot: Pilot | None = None,
) -> tuple[dict[str, Any], list[Municipality]]:
    _check(
        name=name, hypothesis=hypothesis, approach=approach, starts_on=starts_on, ends_on=ends_on
    )
    places = list(municipalities)
    if not places:
        raise ValidationError({"municipalities": _("Kies ten minste één gemeente.")})
    # Only places whose figures the user may see: a pilot's comparison tells of its places.
    own = set(reach(user).municipalities.values_list("pk", flat=True))
    if any(place.pk not in own for place in places):
        raise ValidationError({"municipalities": _("Kies gemeenten uit uw werkgebied.")})
    others = Pilot.objects.filter(name=name.strip())
    if pilot is not None:
        others = others.exclude(pk=pilot.pk)
    if others.exists():
        raise ValidationError({"name": _("Er is al een pilot met deze naam.")})
    fields = {
        "name": name.strip(),
        "hypothesis": hypothesis.strip(),
        "approach": approach.strip(),
        "intervention": intervention,
        "starts_on": starts_on,
        "ends_on": ends_on,
    }
    return fields, places


@transaction.atomic
def pilot_create(*, user: User, **given: Any) -> Pilot:
    """Registers a pilot: name, hypothesis, approach, municipalities, starts_on, ends_on and
    (optionally) intervention."""
    require(user, Action.CREATE, Pilot)
    fields, places = _validated(user, **{"intervention": None, **given})
    pilot = Pilot.objects.create(**fields, created_by=user)
    pilot.municipalities.set(places)
    return pilot


@transaction.atomic
def pilot_update(*, user: User, pilot: Pilot, **given: Any) -> Pilot:
    """Changes what the pilot is (the fields of `pilot_fields`, all or some); its comparison
    follows with the next refresh."""
    require(user, Action.CHANGE, pilot)
    fields, places = _validated(user, **{**pilot_fields(pilot), **given}, pilot=pilot)
    for name, value in fields.items():
        setattr(pilot, name, value)
    pilot.compared_at = None
    pilot.save()
    pilot.municipalities.set(places)
    return pilot


@transaction.atomic
def enrolment_add(*, user: User, pilot: Pilot, case: Case, reason: str) -> Enrolment:
    """Takes the case into the pilot. The procesregisseur of a partner taking part, for a case
    of one of the pilot's municipalities; never twice."""
    require(user, Action.CREATE, Enrolment)
    require(user, Action.CHANGE, case)
    require(user, Action.VIEW, pilot)
    if not reason.strip():
        raise ValidationError({"reason": _("Schrijf op waarom deze casus in de pilot komt.")})
    if not pilot.municipalities.filter(pk=case.municipality_id).exists():
        raise ValidationError({"case": _("Deze casus hoort niet bij een gemeente van de pilot.")})
    if Enrolment.objects.filter(pilot=pilot, case=case).exists():
        raise ValidationError({"case": _("Deze casus doet al mee aan de pilot.")})
    enrolment = Enrolment.objects.create(
        pilot=pilot, case=case, reason=reason.strip()[:MAX_TEXT], enrolled_by=user
    )
    # The comparison is computed again by the next refresh.
    Pilot.objects.filter(pk=pilot.pk).update(compared_at=None)
    return enrolment
