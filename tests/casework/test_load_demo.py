import pytest
from django.core.management import CommandError, call_command

from partners.models import Organisation, Role, User

pytestmark = pytest.mark.django_db


def test_load_demo_makes_one_user_per_role_and_is_idempotent() -> None:
    call_command("load_demo", "--force")
    call_command("load_demo", "--force")
    assert Organisation.objects.count() == 5
    assert User.objects.count() == len(Role)
    for role in Role:
        assert User.objects.filter(groups__name=role.label).count() == 1, role
    assert all(user.organisation_id for user in User.objects.all())
    aov = User.objects.get(username="aov")
    assert aov.check_password("vierhoek-demo")


def test_load_demo_refuses_outside_development() -> None:
    with pytest.raises(CommandError, match="alleen met DEBUG aan"):
        call_command("load_demo")
    assert User.objects.count() == 0
