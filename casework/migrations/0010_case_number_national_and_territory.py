"""Case numbers become unique across the country: the municipality's CBS code goes in front
(2026-0001 of Lindeveen becomes GM9901-2026-0001). A case also lists the other municipalities
where the family lives or acts, and when it last changed (the case list sorts by it)."""

import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0009_views_skip_reason"),
        ("partners", "0008_requests_kept"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="case",
            name="case_number_unique_per_municipality",
        ),
        migrations.AddField(
            model_name="case",
            name="other_municipalities",
            field=models.ManyToManyField(
                blank=True,
                help_text="Andere gemeenten waar de familie woont of actief is.",
                related_name="+",
                to="partners.municipality",
                verbose_name="ook actief in",
            ),
        ),
        migrations.RunSQL(
            sql="""
                UPDATE casework_case AS c SET number = m.cbs_code || '-' || c.number
                FROM partners_municipality AS m
                WHERE m.id = c.municipality_id AND c.number NOT LIKE m.cbs_code || '-%'
            """,
            reverse_sql="""
                UPDATE casework_case AS c SET number = substr(c.number, length(m.cbs_code) + 2)
                FROM partners_municipality AS m
                WHERE m.id = c.municipality_id AND c.number LIKE m.cbs_code || '-%'
            """,
        ),
        migrations.AddConstraint(
            model_name="case",
            constraint=models.UniqueConstraint(fields=("number",), name="case_number_unique"),
        ),
        migrations.AddField(
            model_name="case",
            name="changed_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now, verbose_name="laatst gewijzigd"
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.OrderBy(models.F("changed_at"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="case_last_changed_first",
            ),
        ),
        migrations.RunSQL(
            sql="UPDATE casework_case SET changed_at = created_at",
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
