"""Loads the demo municipality Lindeveen with one user per role (development only)."""

from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from partners.models import Organisation, Role, User
from partners.services import roles_ensure

# Development only, documented in the README; the command refuses to run outside DEBUG.
DEMO_PASSWORD = "vierhoek-demo"  # noqa: S105

ORGANISATIONS = {
    "gemeente": ("Gemeente Lindeveen", "Lindeveen"),
    "zvh": ("Zorg- en Veiligheidshuis Rivierenland-Noord", "ZVH RN"),
    "veilig_thuis": ("Veilig Thuis Rivierenland", "VT"),
    "om": ("Openbaar Ministerie, arrondissement Oost-Brabant", "OM"),
    "politie": ("Politie, eenheid Oost-Nederland", "Politie"),
}

# username, first name, last name, role, organisation key
USERS = [
    ("aov", "Sanne", "de Vries", Role.AOV, "gemeente"),
    ("procesregisseur", "Mehmet", "Yilmaz", Role.PROCESS_DIRECTOR, "zvh"),
    ("voorzitter", "Ingrid", "Bakker", Role.CHAIR, "zvh"),
    ("ketenpartner", "Joyce", "Pinas", Role.PARTNER_PROFESSIONAL, "veilig_thuis"),
    ("burgemeester", "Harm", "Kloosterman", Role.MAYOR, "gemeente"),
    ("wethouder", "Fatima", "El Amrani", Role.ALDERMAN, "gemeente"),
    ("officier", "Pieter", "van Dam", Role.PUBLIC_PROSECUTOR, "om"),
    ("politiechef", "Marloes", "Hendriks", Role.POLICE_CHIEF, "politie"),
    ("beheerder", "Tom", "Verhoeven", Role.FUNCTIONAL_MANAGER, "gemeente"),
    ("privacy", "Anouk", "Smit", Role.PRIVACY_OFFICER, "zvh"),
]

# The functional manager keeps organisations and accounts up to date in the admin.
FUNCTIONAL_MANAGER_PERMISSIONS = [
    "add_organisation",
    "change_organisation",
    "view_organisation",
    "add_user",
    "change_user",
    "view_user",
]


class Command(BaseCommand):
    help = "Laadt de demogemeente Lindeveen met één gebruiker per rol (alleen voor ontwikkeling)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook laden als DEBUG uit staat (alleen voor tests en demonstraties).",
        )

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "load_demo maakt gebruikers met een bekend wachtwoord en draait daarom alleen "
                "met DEBUG aan (of met --force)."
            )
        roles_ensure()
        organisations = {
            key: Organisation.objects.update_or_create(
                name=name, defaults={"short_name": short_name}
            )[0]
            for key, (name, short_name) in ORGANISATIONS.items()
        }
        for username, first_name, last_name, role, organisation_key in USERS:
            user, _ = User.objects.update_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@lindeveen.example",
                    "organisation": organisations[organisation_key],
                    "is_staff": role == Role.FUNCTIONAL_MANAGER,
                    "is_active": True,
                },
            )
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.set([Group.objects.get(name=role.label)])

        manager_group = Group.objects.get(name=Role.FUNCTIONAL_MANAGER.label)
        manager_group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="partners", codename__in=FUNCTIONAL_MANAGER_PERMISSIONS
            )
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demogemeente Lindeveen geladen: {len(organisations)} organisaties, "
                f"{len(USERS)} gebruikers (wachtwoord: {DEMO_PASSWORD})."
            )
        )
