from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

from partners.domains import domains_ensure


def add_domains(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    domains_ensure(apps.get_model("partners", "Domain"))


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]

    operations = [migrations.RunPython(add_domains, migrations.RunPython.noop)]
