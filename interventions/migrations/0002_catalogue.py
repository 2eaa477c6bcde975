"""Once the migration that seeded the catalogue from a Python module.

The catalogue's content is now a data file (interventions/catalogue.yaml), put into the database
by `manage.py load_catalogue`: a migration that imports current code breaks the day a field is
added. This migration stays, empty, so that the migration history of existing databases holds.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("interventions", "0001_initial"), ("partners", "0002_domains")]

    operations: list[migrations.operations.base.Operation] = []
