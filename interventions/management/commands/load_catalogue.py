from typing import Any

from django.core.management.base import BaseCommand, CommandError

from interventions.catalogue import CatalogueError, catalogue_load


class Command(BaseCommand):
    help = (
        "Puts the catalogue's seed content (interventions/catalogue.yaml) into the database: "
        "missing entries are created, existing ones are left as the functional manager keeps them."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            created = catalogue_load()
        except CatalogueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Catalogue: {created} entries added.")
