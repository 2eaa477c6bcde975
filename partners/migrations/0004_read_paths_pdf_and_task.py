"""Two more read paths (PDF, task), and no search terms in the access log.

Rows written before the read side kept the full address, query string included, so the privacy
officer read what others searched for ("/api/cases/?q=<a name>"). The query string is cut off
those rows here: the one change ever made to logged rows, made by the migration (as the owner of
the table) with the append-only trigger held for the length of one statement.
"""

from django.db import migrations, models

STRIP_QUERY_STRINGS = """
ALTER TABLE partners_accesslog DISABLE TRIGGER partners_accesslog_append_only;
UPDATE partners_accesslog SET path = split_part(path, '?', 1) WHERE path LIKE '%?%';
ALTER TABLE partners_accesslog ENABLE TRIGGER partners_accesslog_append_only;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_access_log_append_only"),
    ]

    operations = [
        migrations.AlterField(
            model_name="accesslog",
            name="read_path",
            field=models.CharField(
                choices=[
                    ("pagina", "Pagina"),
                    ("fragment", "Paginadeel (htmx)"),
                    ("api", "API"),
                    ("zoeken", "Zoeken"),
                    ("export", "Export of download"),
                    ("pdf", "PDF"),
                    ("taak", "Achtergrondtaak"),
                ],
                max_length=20,
                verbose_name="via",
            ),
        ),
        migrations.RunSQL(STRIP_QUERY_STRINGS, migrations.RunSQL.noop),
    ]
