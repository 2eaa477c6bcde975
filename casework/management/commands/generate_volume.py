"""A deterministic, synthetic data set at national scale, for benchmarks (never for real use)."""

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casework.volume import VolumeGenerator, foreign_data_present


class Command(BaseCommand):
    help = (
        "Maakt een synthetische dataset (gemeenten, partners, gebruikers, casussen met "
        "netwerk, signalen, deelnames en notities) voor benchmarks."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cases", type=int, required=True, help="Aantal casussen.")
        parser.add_argument("--seed", type=int, default=1, help="Zaad: zelfde zaad, zelfde data.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook schrijven als de database gegevens bevat die niet van deze opdracht zijn "
            "(die gaan dan verloren).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        cases: int = options["cases"]
        if cases < 1:
            raise CommandError("--cases moet minstens 1 zijn.")
        if foreign_data_present() and not options["force"]:
            raise CommandError(
                "De database bevat gegevens die niet door generate_volume zijn gemaakt. "
                "Gebruik een lege database, of --force om alles te vervangen."
            )
        started = time.monotonic()
        counts = VolumeGenerator(seed=options["seed"], cases=cases, log=self.stdout.write).run()
        summary = ", ".join(f"{name}: {count:,}" for name, count in counts.items())
        self.stdout.write(
            self.style.SUCCESS(f"Klaar in {time.monotonic() - started:.1f} s. {summary}")
        )
