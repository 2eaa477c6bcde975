"""The weighing of an intervention ("wikken en wegen"): what it is weighed against and what it
still lacks. Pure functions of the objects given (loaded by the read side for a page, by a
service for a step), so the guards of the intervention's course and the pages agree."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from casework.models import Assessment, CaseIntervention, InterventionStatus, SafetyRisk
from interventions.models import InterventionVersion, Kind, RemedyRoute, ViewRequirement


def assessment_missing(case_intervention: CaseIntervention) -> list[str]:
    """What the assessment still lacks before a decision, in Dutch; empty when complete.

    Formal instruments need the full weighing; informal and care interventions the shorter form
    (desirability, the human measure, safety and a motivation)."""
    # The weighing the caller loaded (the page and the API load it through the read side).
    assessment: Assessment | None = getattr(case_intervention, "assessment", None)
    if assessment is None:
        return [_("Er is nog geen afweging vastgelegd.")]
    formal = weighed_against(case_intervention).formal
    missing = []
    if formal:
        if not assessment.legal_basis_present:
            missing.append(_("De wettelijke grondslag is niet bevestigd."))
        for check in assessment.checks.all():
            if not check.met:
                missing.append(_("Voorwaarde niet voldaan: %(c)s") % {"c": check.condition})
            elif not check.evidence:
                missing.append(_("Geen onderbouwing bij: %(c)s") % {"c": check.condition})
        for field, label in (
            ("proportionality", _("proportionaliteit")),
            ("subsidiarity", _("subsidiariteit")),
        ):
            if not getattr(assessment, field):
                missing.append(_("Vul de %(label)s in.") % {"label": label})
    for field, label in (
        ("desirability", _("wenselijkheid")),
        ("human_measure", _("menselijke maat")),
        ("motivation", _("motivering")),
    ):
        if not getattr(assessment, field):
            missing.append(_("Vul de %(label)s in.") % {"label": label})
    if not assessment.safety_risk:
        missing.append(_("Schat het veiligheidsrisico voor de uitvoerders in."))
    elif assessment.safety_risk != SafetyRisk.LOW and not assessment.safety_measures:
        missing.append(_("Leg de veiligheidsmaatregelen vast (het risico is niet laag)."))
    return missing


def views_missing(case_intervention: CaseIntervention) -> list[str]:
    """Before a decision taken straight from the intention: the zienswijze its entry requires
    (art. 4:8 Awb), unless the weighing records why it may be skipped (art. 4:11 Awb). Asking
    it is the step "zienswijze gevraagd"."""
    if not weighed_against(case_intervention).views_required:
        return []
    assessment: Assessment | None = getattr(case_intervention, "assessment", None)
    if assessment is not None and assessment.views_skip_reason:
        return []
    return [
        _(
            "Vraag eerst een zienswijze (art. 4:8 Awb), of leg in de afweging vast waarom dat "
            "hier niet hoeft (art. 4:11 Awb)."
        )
    ]


def decision_missing(case_intervention: CaseIntervention) -> list[str]:
    """What a decision on this intervention still needs, as its page and the API say it."""
    missing = assessment_missing(case_intervention)
    if case_intervention.status == InterventionStatus.INTENTION:
        missing += views_missing(case_intervention)
    return missing


@dataclass(frozen=True)
class WeighedText:
    """What of the catalogue a proposal is weighed against: its checklist, and the legal frame
    of the decision (the zienswijze before it, the remedies after it)."""

    formal: bool
    conditions: list[str]
    view_requirement: str = ViewRequirement.NOT_APPLICABLE
    view_note: str = ""
    remedy_route: str = RemedyRoute.NOT_APPLICABLE
    remedies: str = ""

    @property
    def views_required(self) -> bool:
        return self.view_requirement == ViewRequirement.REQUIRED

    @property
    def view_requirement_label(self) -> str:
        return str(ViewRequirement(self.view_requirement).label)

    @property
    def remedy_route_label(self) -> str:
        return str(RemedyRoute(self.remedy_route).label)


def weighed_against(case_intervention: CaseIntervention) -> WeighedText:
    """The catalogue text of the version the intervention was proposed under, also when the
    functional manager has changed the entry since: a weighing under way keeps its checklist.
    The legal frame (the zienswijze before the decision, the remedies after it) is the entry's
    as it is now: a legal correction applies to every decision not yet taken.

    Read once per object: the page, its form, the guards and the API ask it several times."""
    cached: WeighedText | None = getattr(case_intervention, "_weighed", None)
    if cached is None:
        cached = _weighed(case_intervention)
        case_intervention._weighed = cached  # type: ignore[attr-defined]
    return cached


def _weighed(case_intervention: CaseIntervention) -> WeighedText:
    intervention = case_intervention.intervention
    frame = {
        "view_requirement": intervention.view_requirement,
        "view_note": intervention.view_note,
        "remedy_route": intervention.remedy_route,
        "remedies": intervention.remedies,
    }
    if case_intervention.catalogue_version != intervention.version:
        kept = InterventionVersion.objects.filter(
            intervention=intervention, version=case_intervention.catalogue_version
        ).first()
        if kept is not None:
            content = kept.content
            return WeighedText(
                formal=content["kind"] == Kind.FORMAL,
                conditions=list(content["conditions"]),
                **frame,
            )
    return WeighedText(
        formal=intervention.kind == Kind.FORMAL,
        conditions=[condition.text for condition in intervention.conditions.all()],
        **frame,
    )
