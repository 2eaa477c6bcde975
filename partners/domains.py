"""The domains of chain partners that every installation starts with.

Used by the data migration that seeds them and by the demo data, which must also work on a
database that a test emptied. The functional manager edits the domains afterwards.
"""

from typing import Any

from django.utils.translation import gettext_noop

DOMAINS = [
    (
        "veiligheid",
        gettext_noop("Veiligheid (OOV)"),
        "Openbare orde en veiligheid van de gemeente.",
    ),
    (
        "sociaal-domein",
        gettext_noop("Sociaal domein"),
        "Werk en inkomen, zorg en welzijn, jeugd, leerplicht.",
    ),
    ("zorg", gettext_noop("Zorg"), "GGZ, Veilig Thuis en andere zorgaanbieders."),
    (
        "jeugdbescherming",
        gettext_noop("Jeugdbescherming"),
        "Raad voor de Kinderbescherming en gecertificeerde instellingen.",
    ),
    ("politie", gettext_noop("Politie"), ""),
    ("justitie", gettext_noop("Justitie"), "Openbaar Ministerie en Reclassering."),
    ("wonen", gettext_noop("Wonen"), "Woningcorporaties."),
    ("belastingen", gettext_noop("Belastingen"), "Belastingdienst."),
    ("onderwijs", gettext_noop("Onderwijs"), "Scholen en samenwerkingsverbanden."),
]


# The standard names, as stored: shown in the reader's language while the manager keeps them.
STANDARD_NAMES = frozenset(name for _code, name, _description in DOMAINS)


def domains_ensure(domain_model: Any) -> None:
    """Creates the standard domains that are missing; leaves edited ones alone.

    Takes the model as an argument so that the data migration can pass its historical model.
    """
    for position, (code, name, description) in enumerate(DOMAINS, start=1):
        domain_model.objects.get_or_create(
            code=code, defaults={"name": name, "description": description, "position": position}
        )
