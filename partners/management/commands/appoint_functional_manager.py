from typing import Any

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from partners.models import Role, User


class Command(BaseCommand):
    help = (
        "Sets up a new installation: gives an account the functional manager's role while the "
        "installation has fewer than two. From then on roles change only through a request a "
        "second functional manager approves (four eyes, in the admin)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    @transaction.atomic
    def handle(self, *args: Any, username: str, **options: Any) -> None:
        group = Group.objects.get(name=Role.FUNCTIONAL_MANAGER.group_name)
        managers = User.objects.filter(groups=group, is_active=True)
        if managers.count() >= 2:
            raise CommandError(
                "This installation has its functional managers; ask for the role in the admin "
                "(a request another functional manager approves)."
            )
        try:
            user = User.objects.select_for_update().get(username=username, kind="persoon")
        except User.DoesNotExist as error:
            raise CommandError(f"No person's account named {username}.") from error
        user.groups.add(group)
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        self.stdout.write(f"{username} is a functional manager.")
