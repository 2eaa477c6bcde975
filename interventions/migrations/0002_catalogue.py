from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

from interventions.catalogue import catalogue_ensure


def add_catalogue(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    catalogue_ensure(
        apps.get_model("interventions", "Intervention"),
        apps.get_model("interventions", "Condition"),
        apps.get_model("partners", "Domain"),
    )


class Migration(migrations.Migration):
    dependencies = [("interventions", "0001_initial"), ("partners", "0002_domains")]

    operations = [migrations.RunPython(add_catalogue, migrations.RunPython.noop)]
