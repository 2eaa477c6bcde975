"""The proeftuin's comparison: the cases enrolled in a pilot against the comparable regular
cases — registered in the pilot's municipalities during its period, not enrolled — on the
follow-up measure, the time to a plan and escalation, with the uncertainty shown honestly.

It reads what the cases contribute to the figures (`insight_contribution`), computed by the
refresh task for every pilot after the figures are brought up to date, and stored on the pilot:
the page never computes it.

- follow-up: of the cases with an intervention carried out at least six months ago, the share
  with a new signal within six months after it;
- time to plan: the mean number of days from the first signal to the first plan version;
- escalation: the share of cases now at level rood or donkerrood.

Shares carry a 95% Wilson interval and their difference a Newcombe interval; the mean days a
normal 95% interval. Below `ENOUGH` cases in either group there is nothing to say; a count of 1
to 4 is never shown, nor a share that would give one away.
"""

import datetime
import math
from typing import Any

from django.db import connection
from django.utils import timezone

from casework.insight.models import Pilot
from casework.insight.suppression import THRESHOLD

ENOUGH = 10
Z = 1.959964

# The pilot's cases and the regular ones of its municipalities and period (months): the one
# definition of both groups, for the comparison and the research export.
COHORT = """
WITH enrolled AS (SELECT case_id FROM insight_enrolment WHERE pilot_id = %(pilot)s),
cohort AS (
    SELECT c.case_id, false AS pilot FROM insight_contribution c
    WHERE c.measure = 'aangemeld' AND c.municipality_id = ANY(%(municipalities)s)
      AND c.month BETWEEN %(start)s AND %(end)s
      AND c.case_id NOT IN (SELECT case_id FROM enrolled)
    UNION ALL
    SELECT case_id, true FROM enrolled
)
"""

COMPARE = (
    COHORT  # noqa: S608 - fixed text of this module; values are parameters
    + """SELECT k.pilot,
       count(*) AS cases,
       count(*) FILTER (WHERE esc.level >= 3) AS escalated,
       count(plan.days) AS planned,
       coalesce(sum(plan.days), 0) AS plan_days,
       coalesce(sum(plan.days * plan.days), 0) AS plan_days_squared,
       count(*) FILTER (WHERE follow.carried_on <= %(six_months_ago)s) AS followed,
       count(*) FILTER (WHERE follow.carried_on <= %(six_months_ago)s AND follow.signalled)
           AS signalled
FROM cohort k
LEFT JOIN LATERAL (
    SELECT max(key::int) AS level FROM insight_contribution
    WHERE case_id = k.case_id AND measure = 'escalatie'
) esc ON true
LEFT JOIN LATERAL (
    SELECT min(total) AS days FROM insight_contribution
    WHERE case_id = k.case_id AND measure = 'doorlooptijd' AND key = 'plan'
) plan ON true
LEFT JOIN LATERAL (
    SELECT min(month) AS carried_on, bool_or(key = 'signaal_6') AS signalled
    FROM insight_contribution WHERE case_id = k.case_id AND measure = 'vervolg'
) follow ON true
GROUP BY k.pilot
"""
)


def cohort_parameters(pilot: Pilot) -> dict[str, Any]:
    return {
        "pilot": pilot.pk,
        "municipalities": list(pilot.municipalities.values_list("pk", flat=True)),
        "start": pilot.starts_on.replace(day=1),
        "end": pilot.ends_on.replace(day=1),
    }


def wilson(hits: int, n: int) -> tuple[float, float]:
    """The 95% Wilson score interval of hits/n, as fractions."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def newcombe(hits_a: int, n_a: int, hits_b: int, n_b: int) -> tuple[float, float]:
    """The 95% interval of p_a - p_b (Newcombe's method 10, from the two Wilson intervals)."""
    p_a, p_b = hits_a / n_a, hits_b / n_b
    low_a, high_a = wilson(hits_a, n_a)
    low_b, high_b = wilson(hits_b, n_b)
    difference = p_a - p_b
    low = difference - math.sqrt((p_a - low_a) ** 2 + (high_b - p_b) ** 2)
    high = difference + math.sqrt((high_a - p_a) ** 2 + (p_b - low_b) ** 2)
    return (low, high)


def _shown_share(hits: int, n: int) -> bool:
    """A share gives its counts away: shown only when neither its hits nor its misses are 1
    to 4 (a zero among five or more says nothing of one family)."""
    misses = n - hits
    return n >= THRESHOLD and not (0 < hits < THRESHOLD) and not (0 < misses < THRESHOLD)


def _n(n: int, cases: int) -> int | None:
    """How many cases a figure is over: not when it, or the cases it leaves out, are 1 to 4."""
    return None if 0 < n < THRESHOLD or 0 < cases - n < THRESHOLD else n


def _share(hits: int, n: int, cases: int) -> dict[str, Any]:
    if n < ENOUGH or not _shown_share(hits, n) or _n(n, cases) is None:
        return {"n": _n(n, cases), "share": None, "low": None, "high": None}
    low, high = wilson(hits, n)
    return {"n": n, "share": hits / n, "low": low, "high": high}


def _mean(total: float, squares: float, n: int, cases: int) -> dict[str, Any]:
    if n < ENOUGH or _n(n, cases) is None:
        return {"n": _n(n, cases), "mean": None, "low": None, "high": None}
    mean = total / n
    variance = max(0.0, (squares - n * mean * mean) / (n - 1))
    half = Z * math.sqrt(variance / n)
    return {"n": n, "mean": mean, "low": max(0.0, mean - half), "high": mean + half}


def _difference(a: dict[str, Any], b: dict[str, Any], hits: tuple[int, int]) -> dict[str, Any]:
    if a["share"] is None or b["share"] is None:
        return {"difference": None, "low": None, "high": None}
    low, high = newcombe(hits[0], a["n"], hits[1], b["n"])
    return {"difference": a["share"] - b["share"], "low": low, "high": high}


def compare(pilot: Pilot, *, today: datetime.date | None = None) -> dict[str, Any]:
    """The comparison of the pilot's cases with the regular cases of its places and period."""
    today = today or timezone.localdate()
    # Carried out in that month or before: six whole months have passed since.
    six_months_ago = _months_before(today, 7)
    with connection.cursor() as cursor:
        cursor.execute(COMPARE, {**cohort_parameters(pilot), "six_months_ago": six_months_ago})
        columns = [column.name for column in cursor.description]
        rows = {row[0]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}
    empty = dict.fromkeys(columns, 0)
    groups = {"pilot": rows.get(True, empty), "regular": rows.get(False, empty)}
    result: dict[str, Any] = {"enough": ENOUGH, "groups": {}}
    # Too few in either group: nothing of either is shown. The regular group of a pilot is the
    # place and period minus the pilot's cases; beside the same pilot without them, its count
    # would give the pilot's small one away.
    too_few = groups["pilot"]["cases"] < ENOUGH or groups["regular"]["cases"] < ENOUGH
    for name, row in groups.items():
        cases = row["cases"]
        if too_few:
            nothing = {"n": None, "share": None, "low": None, "high": None}
            shown_cases = cases if name == "pilot" and not 0 < cases < THRESHOLD else None
            result["groups"][name] = {
                "cases": shown_cases,
                "follow_up": nothing,
                "escalated": nothing,
                "plan_days": {"n": None, "mean": None, "low": None, "high": None},
            }
            continue
        result["groups"][name] = {
            "cases": cases,
            "follow_up": _share(row["signalled"], row["followed"], cases),
            "escalated": _share(row["escalated"], cases, cases),
            "plan_days": _mean(
                float(row["plan_days"]), float(row["plan_days_squared"]), row["planned"], cases
            ),
        }
    pilot_group, regular = result["groups"]["pilot"], result["groups"]["regular"]
    p, r = groups["pilot"], groups["regular"]
    result["differences"] = {
        "follow_up": _difference(
            pilot_group["follow_up"], regular["follow_up"], (p["signalled"], r["signalled"])
        ),
        "escalated": _difference(
            pilot_group["escalated"], regular["escalated"], (p["escalated"], r["escalated"])
        ),
    }
    result["too_few"] = too_few
    return result


def _months_before(day: datetime.date, months: int) -> datetime.date:
    """The first of the month `months` before `day`'s month: a case carried out in that month
    or earlier has had six whole months."""
    index = day.year * 12 + day.month - 1 - months
    return datetime.date(index // 12, index % 12 + 1, 1)


def pilots_compare(*, everything: bool = True) -> int:
    """Computes and stores the comparison of every pilot, or of those not compared since a
    case was enrolled (after the figures' refresh)."""
    count = 0
    pilots = Pilot.objects.all() if everything else Pilot.objects.filter(compared_at=None)
    for pilot in pilots:
        pilot.comparison = compare(pilot)
        pilot.compared_at = timezone.now()
        pilot.save(update_fields=["comparison", "compared_at"])
        count += 1
    return count
