from typing import Any

from django.core.management.base import BaseCommand, CommandError

from interventions.catalogue import CatalogueError, catalogue_load


class Command(BaseCommand):
    help = (
        "Puts the catalogue's seed content (interventions/catalogue.yaml) into the database: "
        "missing entries are created, entries with a newer revision in the file are rewritten "
        "(their earlier text kept as a version), others are left as the functional manager "
        "keeps them."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            loaded = catalogue_load()
        except CatalogueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Catalogue: {len(loaded.created)} entries added, {len(loaded.updated)} updated."
        )
        for slug in loaded.updated:
            self.stdout.write(f"  updated to a newer revision: {slug}")
