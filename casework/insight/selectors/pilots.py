"""The proeftuin read through the reader and the policy: the pilots one may see, the cases
enrolled in one (only those one may see the case of), and the pseudonymised records of its
cases for research (handed out as an export, so each case read is in the access log)."""

import hashlib
import hmac
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet
from django.http import Http404
from django.utils.formats import number_format
from django.utils.translation import gettext

from casework.insight.models import Enrolment, Pilot
from casework.insight.pilots import COHORT, cohort_parameters
from casework.models import Case
from partners.models import ReadPath
from partners.policy import Action
from partners.reading import Reader

RECORDS = (
    COHORT  # noqa: S608 - fixed text of this module; values are parameters
    + """
SELECT k.case_id, k.pilot, m.cbs_code, reg.month, esc.level, plan.days, follow.carried_on,
       follow.signalled_6, follow.signalled_12
FROM cohort k
JOIN casework_case ca ON ca.id = k.case_id
JOIN partners_municipality m ON m.id = ca.municipality_id
LEFT JOIN LATERAL (
    SELECT min(month) AS month FROM insight_contribution
    WHERE case_id = k.case_id AND measure = 'aangemeld'
) reg ON true
LEFT JOIN LATERAL (
    SELECT max(key::int) AS level FROM insight_contribution
    WHERE case_id = k.case_id AND measure = 'escalatie'
) esc ON true
LEFT JOIN LATERAL (
    SELECT min(total) AS days FROM insight_contribution
    WHERE case_id = k.case_id AND measure = 'doorlooptijd' AND key = 'plan'
) plan ON true
LEFT JOIN LATERAL (
    SELECT min(month) AS carried_on, bool_or(key = 'signaal_6') AS signalled_6,
           bool_or(key = 'signaal_12') AS signalled_12
    FROM insight_contribution WHERE case_id = k.case_id AND measure = 'vervolg'
) follow ON true
ORDER BY k.pilot DESC, k.case_id
"""
)


def pilots(reader: Reader) -> QuerySet[Pilot]:
    return (
        reader.visible(Action.VIEW, Pilot.objects.all())
        .select_related("intervention")
        .prefetch_related("municipalities")
    )


def pilot_for(reader: Reader, pk: int, action: Action = Action.VIEW) -> Pilot:
    try:
        return pilots(reader).filter(pk__in=reader.visible(action, Pilot.objects.all())).get(pk=pk)
    except Pilot.DoesNotExist as missing:
        raise Http404 from missing


def enrolments(reader: Reader, pilot: Pilot) -> QuerySet[Enrolment]:
    """The enrolments of the pilot whose case the reader may see."""
    return reader.visible(
        Action.VIEW,
        Enrolment.objects.filter(pilot=pilot).select_related(
            "case", "case__municipality", "enrolled_by"
        ),
    )


def case_to_enrol(reader: Reader, *, number: str = "", pk: int | None = None) -> Case | None:
    """The case, by number or id, if the reader may change it (and so enrol it)."""
    cases = reader.visible(Action.CHANGE, Case.objects.all())
    if pk is not None:
        return cases.filter(pk=pk).first()
    return cases.filter(number__iexact=number.strip()).first() if number.strip() else None


def enrolled_count(pilot: Pilot) -> int:
    """How many cases take part (a figure: shown as "< 5" under five)."""
    return Enrolment.objects.filter(pilot=pilot).count()


def pseudonym(pilot: Pilot, case_id: int) -> str:
    """The same case gets the same pseudonym in one pilot, another in the next one; without
    the installation's secret key it leads back to no case."""
    message = f"proeftuin:{pilot.pk}:{case_id}".encode()
    key = settings.RESEARCH_PSEUDONYM_KEY or f"research-pseudonyms:{settings.SECRET_KEY}"
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()[:32]


def research_records(reader: Reader, pilot: Pilot) -> Iterator[dict[str, Any]]:
    """One pseudonymised record per case of the comparison: the pilot's cases and the regular
    cases of its municipalities and period. No name, number, title or text; every case read
    is written to the access log, as an export, for this purpose."""
    if not reader.can(Action.VIEW_CONTENT, pilot):
        raise Http404
    with connection.cursor() as cursor:
        cursor.execute(RECORDS, cohort_parameters(pilot))
        rows = cursor.fetchall()
    exporter = reader.via(ReadPath.EXPORT).for_purpose(
        f"Onderzoek in de proeftuin, gepseudonimiseerd: pilot {pilot.pk}"
    )
    # Looked up beyond the researcher's cases on purpose (the pilot allows it): handed out
    # by number and municipality only, so that the access log names each case read.
    list(
        exporter.hand_out(
            Case.objects.filter(pk__in=[row[0] for row in rows])
            .only("pk", "number", "municipality")
            .select_related("municipality"),
            with_joined=False,
        )
    )
    for case_id, in_pilot, cbs, month, level, days, carried, signalled_6, signalled_12 in rows:
        yield {
            "pseudoniem": pseudonym(pilot, case_id),
            "groep": "pilot" if in_pilot else "regulier",
            "gemeente": cbs,
            "aangemeld_kwartaal": _quarter(month),
            "escalatieniveau": level or "",
            "dagen_tot_plan": _band(days),
            "interventie_uitgevoerd_kwartaal": _quarter(carried),
            "nieuw_signaal_binnen_6_maanden": _yes(signalled_6, carried),
            "nieuw_signaal_binnen_12_maanden": _yes(signalled_12, carried),
        }


# Days in bands and months as quarters: exact values make a record easier to single out.
BANDS = ((30, "0-30"), (60, "31-60"), (90, "61-90"), (180, "91-180"))


def _band(days: int | None) -> str:
    if days is None:
        return ""
    return next((label for limit, label in BANDS if days <= limit), "meer dan 180")


def _quarter(month: Any) -> str:
    return f"{month.year}-K{(month.month - 1) // 3 + 1}" if month else ""


def _yes(value: bool | None, carried: object) -> str:
    if not carried:
        return ""
    return "ja" if value else "nee"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{number_format(100 * value, 0)}%"


def _share_text(figure: dict[str, Any]) -> str:
    if figure.get("share") is None:
        return gettext("te weinig casussen om iets te zeggen")
    return gettext("%(share)s (95%%-interval %(low)s tot %(high)s; %(n)s casussen)") % {
        "share": _percent(figure["share"]),
        "low": _percent(figure["low"]),
        "high": _percent(figure["high"]),
        "n": number_format(figure["n"], force_grouping=True),
    }


def _days_text(figure: dict[str, Any]) -> str:
    if figure.get("mean") is None:
        return gettext("te weinig casussen om iets te zeggen")
    return gettext("%(mean)s dagen (95%%-interval %(low)s tot %(high)s; %(n)s casussen)") % {
        "mean": number_format(figure["mean"], 0),
        "low": number_format(figure["low"], 0),
        "high": number_format(figure["high"], 0),
        "n": number_format(figure["n"], force_grouping=True),
    }


def _difference_text(figure: dict[str, Any]) -> str:
    if figure.get("difference") is None:
        return "–"
    verdict = (
        gettext("geen verschil aangetoond")
        if figure["low"] <= 0 <= figure["high"]
        else gettext("verschil buiten het toeval")
    )
    return gettext("%(difference)s procentpunt (%(low)s tot %(high)s): %(verdict)s") % {
        "difference": number_format(100 * figure["difference"], 0),
        "low": number_format(100 * figure["low"], 0),
        "high": number_format(100 * figure["high"], 0),
        "verdict": verdict,
    }


def comparison_rows(comparison: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """The comparison as the page and the API's text show it: per measure the pilot's cases,
    the regular ones and the difference."""
    if not comparison:
        return []
    pilot, regular = comparison["groups"]["pilot"], comparison["groups"]["regular"]
    differences = comparison["differences"]

    def cases(group: dict[str, Any]) -> str:
        if group["cases"] is None:
            return "–" if comparison["too_few"] and group is regular else "< 5"
        return number_format(group["cases"], force_grouping=True)

    return [
        (gettext("Casussen"), cases(pilot), cases(regular), ""),
        (
            gettext("Nieuw signaal binnen 6 maanden na een uitgevoerde interventie"),
            _share_text(pilot["follow_up"]),
            _share_text(regular["follow_up"]),
            _difference_text(differences["follow_up"]),
        ),
        (
            gettext("Van signaal tot plan van aanpak"),
            _days_text(pilot["plan_days"]),
            _days_text(regular["plan_days"]),
            "",
        ),
        (
            gettext("Nu op escalatieniveau rood of donkerrood"),
            _share_text(pilot["escalated"]),
            _share_text(regular["escalated"]),
            _difference_text(differences["escalated"]),
        ),
    ]
