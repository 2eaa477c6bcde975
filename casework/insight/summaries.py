"""Keeping the figures: what each case contributes, and their sums per scope and month.

One query (`CONTRIBUTIONS`) says, for a set of cases, every row each case adds to the figures.
A refresh takes the cases the triggers marked as changed, deletes what they contributed before,
inserts what they contribute now and adds the difference to `insight_figure`, all in one
statement; a rebuild does the same for every case at once. Both take the same advisory lock,
so only one runs at a time. The statements are fixed text: case ids travel as a parameter.

Definitions (also on the page "Over deze cijfers"):

- care joined: the first day a partner of a care domain (zorg, sociaal domein,
  jeugdbescherming) took part, or a care intervention was proposed;
- a safety intervention: a formal instrument or an informal administrative intervention
  (catalogue kinds "formeel" and "informeel"), counted from the day it was proposed;
- proactive: care joined on or before the day of the first safety intervention; reactive:
  after it; "zonder zorg": no care (yet);
- durations run from the first incoming signal (or the registration, when earlier or without
  signals) to the first meeting the case was on, the first submitted plan version, and the plan
  "vastgesteld" by the gezagsvierhoek; they count in the month the step was reached;
- a formal instrument is "besloten" once a decision was taken on it (whatever came after),
  "afgezien" when it was withdrawn before that, and "lopend" otherwise;
- the open cases per escalation level: the level a case was registered with and each change of
  it (`casework_escalationchange`), counted while the case is open (not "afgesloten" or "niet
  voor ZVH"), as flows (+1 into a level, -1 out of it) summed up to each quarter's end;
- the follow-up measure: per intervention carried out (the first time in a case), whether a new
  incoming signal was received within 6 and within 12 months after the day it was carried out.
"""

import time
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from casework.insight.models import State
from casework.models import CaseStatus

CARE_DOMAINS = ("zorg", "sociaal-domein", "jeugdbescherming")
SAFETY_KINDS = ("formeel", "informeel")
DECIDED = ("besluit_genomen", "bezwaar", "uitgevoerd")
# One refresh or rebuild at a time (pg advisory lock key: "insight" in ASCII).
LOCK = 0x696E7369676874
BATCH = 5000

# {cases}: the fixed filter of the case table, "ca.id = ANY(%(ids)s)" or "TRUE".
CONTRIBUTIONS = """
WITH c AS (
    SELECT ca.id, ca.municipality_id, m.region_id, ca.escalation_level, ca.created_at,
           (ca.created_at AT TIME ZONE %(tz)s)::date AS registered_on
    FROM casework_case ca JOIN partners_municipality m ON m.id = ca.municipality_id
    WHERE {cases}
),
signal AS (
    SELECT s.case_id, min(s.received_on) AS d
    FROM casework_signal s JOIN c ON c.id = s.case_id
    WHERE s.kind = 'signaal' GROUP BY s.case_id
),
uses AS (
    SELECT ci.id, ci.case_id, ci.intervention_id, ci.status, i.kind, i.characters,
           (ci.proposed_at AT TIME ZONE %(tz)s)::date AS proposed_on
    FROM casework_caseintervention ci JOIN c ON c.id = ci.case_id
    JOIN interventions_intervention i ON i.id = ci.intervention_id
),
steps AS (
    SELECT u.id, u.case_id, u.intervention_id, sc.to_status,
           (sc.changed_at AT TIME ZONE %(tz)s)::date AS d
    FROM casework_interventionstatuschange sc JOIN uses u ON u.id = sc.case_intervention_id
),
parts AS (
    SELECT DISTINCT p.case_id, p.domain_id, dm.code, min(p.joined_on) OVER w AS joined_on
    FROM casework_caseparticipation p JOIN c ON c.id = p.case_id
    JOIN partners_domain dm ON dm.id = p.domain_id
    WINDOW w AS (PARTITION BY p.case_id, p.domain_id)
),
care AS (
    SELECT case_id, min(d) AS d FROM (
        SELECT case_id, joined_on AS d FROM parts WHERE code = ANY(%(care)s)
        UNION ALL
        SELECT case_id, proposed_on FROM uses WHERE kind = 'zorg'
    ) x GROUP BY case_id
),
safety AS (
    SELECT case_id, min(proposed_on) AS d FROM uses WHERE kind = ANY(%(safety)s)
    GROUP BY case_id
),
reached AS (
    SELECT ai.case_id, 'overleg' AS what, min((mt.starts_at AT TIME ZONE %(tz)s)::date) AS d
    FROM meetings_agendaitem ai JOIN c ON c.id = ai.case_id
    JOIN meetings_meeting mt ON mt.id = ai.meeting_id
    -- A meeting planned is not reached yet (the nightly rebuild counts it once it began).
    WHERE mt.starts_at <= now() GROUP BY ai.case_id
    UNION ALL
    SELECT v.case_id, 'plan', min((v.submitted_at AT TIME ZONE %(tz)s)::date)
    FROM casework_planversion v JOIN c ON c.id = v.case_id GROUP BY v.case_id
    UNION ALL
    SELECT s.case_id, 'vastgesteld', min((s.closed_at AT TIME ZONE %(tz)s)::date)
    FROM review_submission s JOIN c ON c.id = s.case_id
    WHERE s.status = 'vastgesteld' AND s.closed_at IS NOT NULL GROUP BY s.case_id
),
levels AS (
    -- The level the case was registered with (the first change's "from", or the level it
    -- still has), each change of it, and each step of the process, in order.
    SELECT c.id AS case_id, c.created_at AS t, 0 AS ord,
           coalesce((SELECT e.from_level FROM casework_escalationchange e
                     WHERE e.case_id = c.id ORDER BY e.changed_at, e.id LIMIT 1),
                    c.escalation_level)::text AS level, NULL::text AS status
    FROM c
    UNION ALL
    SELECT e.case_id, e.changed_at, 1, e.to_level::text, NULL
    FROM casework_escalationchange e JOIN c ON c.id = e.case_id
    UNION ALL
    SELECT sc.case_id, sc.changed_at, 2, NULL, sc.to_status
    FROM casework_statuschange sc JOIN c ON c.id = sc.case_id
),
levels_counted AS (
    SELECT case_id, t, ord, level, status,
           count(level) OVER w AS level_group, count(status) OVER w AS status_group
    FROM levels
    WINDOW w AS (PARTITION BY case_id ORDER BY t, ord ROWS UNBOUNDED PRECEDING)
),
open_level AS (
    -- The level while the case is open (NULL while it is closed or not yet registered).
    SELECT case_id, t, ord,
           CASE WHEN max(status) OVER (PARTITION BY case_id, status_group) <> ALL(%(closed)s)
                THEN max(level) OVER (PARTITION BY case_id, level_group) END AS level
    FROM levels_counted
),
level_moves AS (
    SELECT case_id, t, level, lag(level) OVER (PARTITION BY case_id ORDER BY t, ord) AS before
    FROM open_level
),
carried AS (
    SELECT case_id, intervention_id, min(d) AS d FROM steps
    WHERE to_status = 'uitgevoerd' GROUP BY case_id, intervention_id
),
contributed (case_id, month, measure, key, detail, n, total) AS (
    SELECT c.id, c.registered_on, 'aangemeld', '', 0, 1, 0 FROM c
    UNION ALL
    SELECT c.id, c.registered_on, 'escalatie', c.escalation_level::text, 0, 1, 0 FROM c
    UNION ALL
    SELECT sc.case_id, (sc.changed_at AT TIME ZONE %(tz)s)::date, 'status', sc.to_status, 0, 1, 0
    FROM casework_statuschange sc JOIN c ON c.id = sc.case_id
    UNION ALL
    SELECT sc.case_id, (sc.changed_at AT TIME ZONE %(tz)s)::date, 'status', sc.from_status, 0,
           -1, 0
    FROM casework_statuschange sc JOIN c ON c.id = sc.case_id WHERE sc.from_status <> ''
    UNION ALL
    SELECT case_id, (t AT TIME ZONE %(tz)s)::date, 'escalatie_open', level, 0, 1, 0
    FROM level_moves WHERE level IS NOT NULL AND level IS DISTINCT FROM before
    UNION ALL
    SELECT case_id, (t AT TIME ZONE %(tz)s)::date, 'escalatie_open', before, 0, -1, 0
    FROM level_moves WHERE before IS NOT NULL AND level IS DISTINCT FROM before
    UNION ALL
    SELECT sf.case_id, sf.d, 'aanpak',
           CASE WHEN care.d IS NULL THEN 'zonder_zorg'
                WHEN care.d <= sf.d THEN 'proactief' ELSE 'reactief' END, 0, 1, 0
    FROM safety sf LEFT JOIN care ON care.case_id = sf.case_id
    UNION ALL
    SELECT r.case_id, r.d, 'doorlooptijd', r.what, 0, 1,
           greatest(r.d - least(signal.d, c.registered_on), 0)
    FROM reached r JOIN c ON c.id = r.case_id LEFT JOIN signal ON signal.case_id = r.case_id
    UNION ALL
    SELECT c.id, c.registered_on, 'domeinen', least(count(DISTINCT parts.domain_id), 5)::text,
           0, 1, 0
    FROM c JOIN parts ON parts.case_id = c.id GROUP BY c.id, c.registered_on
    UNION ALL
    SELECT c.id, c.registered_on, 'domein', parts.code, 0, 1, 0
    FROM c JOIN parts ON parts.case_id = c.id
    UNION ALL
    SELECT u.case_id, u.proposed_on, 'soort', u.kind, 0, 1, 0 FROM uses u
    UNION ALL
    SELECT u.case_id, u.proposed_on, 'karakter', ch, 0, 1, 0
    FROM uses u CROSS JOIN LATERAL unnest(u.characters) AS ch
    UNION ALL
    SELECT u.case_id, u.proposed_on, 'formeel',
           CASE WHEN EXISTS (SELECT 1 FROM steps s WHERE s.id = u.id
                             AND s.to_status = ANY(%(decided)s)) THEN 'besloten'
                WHEN EXISTS (SELECT 1 FROM steps s WHERE s.id = u.id
                             AND s.to_status = 'ingetrokken') THEN 'afgezien'
                ELSE 'lopend' END, 0, 1, 0
    FROM uses u WHERE u.kind = 'formeel'
    UNION ALL
    SELECT u.case_id, (e.evaluated_at AT TIME ZONE %(tz)s)::date, 'evaluatie', e.outcome,
           u.intervention_id, 1, e.rating
    FROM casework_evaluation e JOIN uses u ON u.id = e.case_intervention_id
    UNION ALL
    SELECT cr.case_id, cr.d, 'vervolg', w.key, cr.intervention_id, 1, 0
    FROM carried cr CROSS JOIN LATERAL (
        SELECT 'uitgevoerd'
        UNION ALL
        SELECT 'signaal_' || months FROM (VALUES (6), (12)) AS windows (months)
        WHERE EXISTS (
            SELECT 1 FROM casework_signal s
            WHERE s.case_id = cr.case_id AND s.kind = 'signaal' AND s.received_on > cr.d
              AND s.received_on <= (cr.d + make_interval(months => months))::date
        )
    ) AS w (key)
)
SELECT r.case_id, c.municipality_id, c.region_id, date_trunc('month', r.month)::date,
       r.measure, r.key, r.detail, r.n, r.total
FROM contributed r JOIN c ON c.id = r.case_id
"""

COLUMNS = "case_id, municipality_id, region_id, month, measure, key, detail, n, total"

# What changed cases contributed before goes out, what they contribute now comes in, and the
# difference is added to the sums of their municipality, region and the country.
REFRESH = f"""
WITH old AS (
    DELETE FROM insight_contribution WHERE case_id = ANY(%(ids)s)
    RETURNING municipality_id, region_id, month, measure, key, detail, -n AS n, -total AS total
),
new AS (
    INSERT INTO insight_contribution ({COLUMNS})
    {CONTRIBUTIONS.format(cases="ca.id = ANY(%(ids)s)")}
    RETURNING municipality_id, region_id, month, measure, key, detail, n, total
),
delta AS (SELECT * FROM old UNION ALL SELECT * FROM new)
INSERT INTO insight_figure (scope, scope_id, month, measure, key, detail, n, total)
SELECT s.scope, s.scope_id, d.month, d.measure, d.key, d.detail, sum(d.n), sum(d.total)
FROM delta d
CROSS JOIN LATERAL (VALUES (2, d.municipality_id), (1, d.region_id), (0, 0)) AS s (scope, scope_id)
WHERE s.scope_id IS NOT NULL
GROUP BY s.scope, s.scope_id, d.month, d.measure, d.key, d.detail
ON CONFLICT (scope, scope_id, measure, month, key, detail) DO UPDATE
SET n = insight_figure.n + EXCLUDED.n, total = insight_figure.total + EXCLUDED.total
"""  # noqa: S608 - fixed text of this module; values are parameters

SUMS = """
INSERT INTO insight_figure (scope, scope_id, month, measure, key, detail, n, total)
SELECT s.scope, s.scope_id, d.month, d.measure, d.key, d.detail, sum(d.n), sum(d.total)
FROM insight_contribution d
CROSS JOIN LATERAL (VALUES (2, d.municipality_id), (1, d.region_id), (0, 0)) AS s (scope, scope_id)
WHERE s.scope_id IS NOT NULL
GROUP BY s.scope, s.scope_id, d.month, d.measure, d.key, d.detail
"""

TAKE_CHANGED = """
DELETE FROM insight_changedcase WHERE case_id IN (
    SELECT case_id FROM insight_changedcase ORDER BY case_id LIMIT %(batch)s
    FOR UPDATE SKIP LOCKED
) RETURNING case_id
"""


def _parameters(**more: Any) -> dict[str, Any]:
    return {
        "tz": settings.TIME_ZONE,
        "care": list(CARE_DOMAINS),
        "safety": list(SAFETY_KINDS),
        "decided": list(DECIDED),
        "closed": [CaseStatus.CLOSED.value, CaseStatus.NOT_FOR_ZVH.value],
        **more,
    }


def _locked(cursor: object) -> bool:
    cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [LOCK])  # type: ignore[attr-defined]
    return bool(cursor.fetchone()[0])  # type: ignore[attr-defined]


def _stamp(**fields: object) -> None:
    updated = State.objects.filter(pk=1).update(**fields)
    if not updated:
        State.objects.create(pk=1, **fields)


def refresh_cases(case_ids: Sequence[int]) -> None:
    """Brings the contributions of these cases, and the sums, up to date (inside a transaction
    holding the lock)."""
    with connection.cursor() as cursor:
        cursor.execute(REFRESH, _parameters(ids=list(case_ids)))


def refresh(*, batch: int = BATCH, seconds: float = 50.0) -> int | None:
    """Takes the changed cases in batches until none are left (or time is up); the number of
    cases brought up to date, or None when another refresh or a rebuild holds the lock."""
    done = 0
    deadline = time.monotonic() + seconds
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            if not _locked(cursor):
                return None if done == 0 else done
            cursor.execute(TAKE_CHANGED, {"batch": batch})
            ids = [row[0] for row in cursor.fetchall()]
            if ids:
                refresh_cases(ids)
            done += len(ids)
            if len(ids) < batch:
                _stamp(refreshed_at=timezone.now())
                return done
        if time.monotonic() > deadline:
            return done


def rebuild() -> float | None:
    """Computes every contribution and sum anew (at night, and after a change to what the
    figures mean); the seconds it took, or None when a refresh holds the lock."""
    started = time.monotonic()
    with transaction.atomic(), connection.cursor() as cursor:
        if not _locked(cursor):
            return None
        # The marks first: a change committed after this statement stays marked, and is
        # computed again by the next refresh (which gives the same result).
        cursor.execute("DELETE FROM insight_changedcase")
        # Nobody reads the contributions meanwhile; the pages go on reading the old sums
        # until this commits (a TRUNCATE of the sums would make them wait).
        cursor.execute("TRUNCATE insight_contribution")
        cursor.execute("DELETE FROM insight_figure")
        cursor.execute(
            f"INSERT INTO insight_contribution ({COLUMNS}) {CONTRIBUTIONS.format(cases='TRUE')}",
            _parameters(),
        )
        cursor.execute(SUMS)
        seconds = time.monotonic() - started
        now = timezone.now()
        _stamp(refreshed_at=now, rebuilt_at=now, rebuild_seconds=seconds)
    return seconds
