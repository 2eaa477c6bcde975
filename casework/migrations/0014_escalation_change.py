"""The case's escalation level gets a history: a database trigger records every change of the
level, whichever code path made it (the case form, the API, the vierhoek's escalation from a
meeting, the admin, a bulk update)."""

import django.db.models.deletion
from django.db import migrations, models

LEVELS = [
    (1, "Groen: vrijwillig, hulpverlening loopt"),
    (2, "Oranje: drang, zorgen nemen toe"),
    (3, "Rood: dwang, opgeschaald naar management"),
    (4, "Donkerrood: opgeschaald naar bestuurlijk niveau (vierhoek)"),
]

RECORD = """
CREATE FUNCTION casework_record_escalation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO casework_escalationchange (case_id, from_level, to_level, changed_at)
    SELECT changed.id, before.escalation_level, changed.escalation_level, now()
    FROM changed JOIN before ON before.id = changed.id
    WHERE before.escalation_level IS DISTINCT FROM changed.escalation_level;
    RETURN NULL;
END $$;
CREATE TRIGGER casework_record_escalation AFTER UPDATE ON casework_case
REFERENCING OLD TABLE AS before NEW TABLE AS changed
FOR EACH STATEMENT EXECUTE FUNCTION casework_record_escalation();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0013_evaluation_outcome"),
    ]

    operations = [
        migrations.CreateModel(
            name="EscalationChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "from_level",
                    models.PositiveSmallIntegerField(choices=LEVELS, verbose_name="van niveau"),
                ),
                (
                    "to_level",
                    models.PositiveSmallIntegerField(choices=LEVELS, verbose_name="naar niveau"),
                ),
                ("changed_at", models.DateTimeField(verbose_name="gewijzigd op")),
                (
                    "case",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="escalation_changes",
                        to="casework.case",
                        verbose_name="casus",
                    ),
                ),
            ],
            options={
                "verbose_name": "wijziging van het escalatieniveau",
                "verbose_name_plural": "wijzigingen van het escalatieniveau",
                "ordering": ["changed_at", "id"],
                "indexes": [
                    models.Index(fields=["case", "changed_at"], name="escalation_case_changed")
                ],
            },
        ),
        migrations.RunSQL(RECORD, "DROP FUNCTION casework_record_escalation() CASCADE;"),
    ]
