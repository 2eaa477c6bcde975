"""The domains of chain partners that every installation starts with.

Used by the data migration that seeds them and by the demo data, which must also work on a
database that a test emptied. The functional manager edits the domains afterwards.
"""

from typing import Any

DOMAINS = [
    ("veiligheid", "Veiligheid (OOV)", "Openbare orde en veiligheid van de gemeente."),
    ("sociaal-domein", "Sociaal domein", "Werk en inkomen, zorg en welzijn, jeugd, leerplicht."),
    ("zorg", "Zorg", "GGZ, Veilig Thuis en andere zorgaanbieders."),
    (
        "jeugdbescherming",
        "Jeugdbescherming",
        "Raad voor de Kinderbescherming en gecertificeerde instellingen.",
    ),
    ("politie", "Politie", ""),
    ("justitie", "Justitie", "Openbaar Ministerie en Reclassering."),
    ("wonen", "Wonen", "Woningcorporaties."),
    ("belastingen", "Belastingen", "Belastingdienst."),
    ("onderwijs", "Onderwijs", "Scholen en samenwerkingsverbanden."),
]


def domains_ensure(domain_model: Any) -> None:
    """Creates the standard domains that are missing; leaves edited ones alone.

    Takes the model as an argument so that the data migration can pass its historical model.
    """
    for position, (code, name, description) in enumerate(DOMAINS, start=1):
        domain_model.objects.get_or_create(
            code=code, defaults={"name": name, "description": description, "position": position}
        )
