"""Triggers that mark a case as changed whenever something its figures come from changes.

Statement-level triggers with transition tables: one insert per statement, also for COPY and
bulk updates, whichever code path wrote. What they miss (a catalogue entry changing its kind, a
domain its code) the nightly rebuild takes along.
"""

from django.db import migrations

# table: the query giving the case ids of the rows in the transition table `changed`.
MARKED = {
    "casework_case": "SELECT id FROM changed",
    "casework_statuschange": "SELECT case_id FROM changed",
    "casework_caseparticipation": "SELECT case_id FROM changed",
    "casework_signal": "SELECT case_id FROM changed",
    "casework_caseintervention": "SELECT case_id FROM changed",
    "casework_interventionstatuschange": (
        "SELECT ci.case_id FROM changed "
        "JOIN casework_caseintervention ci ON ci.id = changed.case_intervention_id"
    ),
    "casework_evaluation": (
        "SELECT ci.case_id FROM changed "
        "JOIN casework_caseintervention ci ON ci.id = changed.case_intervention_id"
    ),
    "meetings_agendaitem": "SELECT case_id FROM changed",
    "meetings_meeting": (
        "SELECT ai.case_id FROM changed JOIN meetings_agendaitem ai ON ai.meeting_id = changed.id"
    ),
    "casework_planversion": "SELECT case_id FROM changed",
    "review_submission": "SELECT case_id FROM changed",
}

# A municipality moving to another region moves its cases' figures along.
MUNICIPALITY = """
CREATE FUNCTION insight_mark_partners_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insight_changedcase (case_id)
    SELECT ca.id FROM changed JOIN before ON before.id = changed.id
    JOIN casework_case ca ON ca.municipality_id = changed.id
    WHERE before.region_id IS DISTINCT FROM changed.region_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER insight_mark_update AFTER UPDATE ON partners_municipality
REFERENCING OLD TABLE AS before NEW TABLE AS changed
FOR EACH STATEMENT EXECUTE FUNCTION insight_mark_partners_municipality();
"""


def _create(table: str, query: str) -> str:
    function = f"insight_mark_{table}"
    return f"""
CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insight_changedcase (case_id)
    SELECT DISTINCT case_id FROM ({query}) AS marked (case_id) WHERE case_id IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER insight_mark_insert AFTER INSERT ON {table}
REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION {function}();
CREATE TRIGGER insight_mark_update AFTER UPDATE ON {table}
REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION {function}();
CREATE TRIGGER insight_mark_delete AFTER DELETE ON {table}
REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION {function}();
"""  # noqa: S608 - fixed text of this module; values are parameters


def _drop(table: str) -> str:
    return f"DROP FUNCTION insight_mark_{table}() CASCADE;"


class Migration(migrations.Migration):
    dependencies = [
        ("insight", "0001_insight"),
        ("casework", "0013_evaluation_outcome"),
        ("meetings", "0001_meetings"),
        ("review", "0001_review"),
        ("partners", "0010_researcher_role"),
    ]

    operations = [
        *(
            migrations.RunSQL(_create(table, query), _drop(table))
            for table, query in MARKED.items()
        ),
        migrations.RunSQL(MUNICIPALITY, _drop("partners_municipality")),
    ]
