"""The weighing of an intervention ("wikken en wegen"): what it is weighed against and what it
still lacks. Pure functions of the objects given (loaded by the read side for a page, by a
service for a step), so the guards of the intervention's course and the pages agree."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from casework.models import Assessment, CaseIntervention, SafetyRisk
from interventions.models import InterventionVersion, Kind


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


@dataclass(frozen=True)
class WeighedText:
    """What of the catalogue a proposal is weighed against."""

    formal: bool
    conditions: list[str]


def weighed_against(case_intervention: CaseIntervention) -> WeighedText:
    """The catalogue text of the version the intervention was proposed under, also when the
    functional manager has changed the entry since: a weighing under way keeps its checklist."""
    intervention = case_intervention.intervention
    if case_intervention.catalogue_version != intervention.version:
        kept = InterventionVersion.objects.filter(
            intervention=intervention, version=case_intervention.catalogue_version
        ).first()
        if kept is not None:
            return WeighedText(
                formal=kept.content["kind"] == Kind.FORMAL,
                conditions=list(kept.content["conditions"]),
            )
    return WeighedText(
        formal=intervention.kind == Kind.FORMAL,
        conditions=[condition.text for condition in intervention.conditions.all()],
    )
