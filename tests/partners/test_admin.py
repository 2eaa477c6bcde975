import pytest
from django.contrib.auth.models import Group

from partners.models import Organisation, Role
from tests.conftest import verified_client
from tests.partners.factories import domain
from tests.world import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(world: World):
    user = world.users["functioneel_beheerder"]
    user.is_staff = True
    user.save()
    return user


def test_functional_manager_adds_a_partner_with_its_group(manager) -> None:
    client = verified_client(manager)
    response = client.post(
        "/beheer/partners/organisation/add/",
        {
            "name": "Leerplicht Teststad",
            "short_name": "Leerplicht",
            "domain": domain("onderwijs").pk,
            "level": "lokaal",
            "contacts-TOTAL_FORMS": "0",
            "contacts-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    organisation = Organisation.objects.get(name="Leerplicht Teststad")
    assert organisation.group.name == "Partner: Leerplicht Teststad"


def test_functional_manager_cannot_change_their_own_roles(manager) -> None:
    client = verified_client(manager)
    page = client.get(f"/beheer/partners/user/{manager.pk}/change/").content.decode()
    assert 'name="groups"' not in page
    assert 'name="is_superuser"' not in page
    other = client.get("/beheer/partners/user/").content.decode()
    assert "aov" in other


def test_functional_manager_asks_for_roles_only(manager, world: World) -> None:
    client = verified_client(manager)
    page = client.get("/beheer/partners/adminrequest/add/").content.decode()
    assert 'name="roles" value="procesregisseur"' in page  # a role
    assert "Partner: " not in page  # never an organisation's group


def test_admin_holds_no_case_content(manager) -> None:
    client = verified_client(manager)
    index = client.get("/beheer/").content.decode()
    assert "/beheer/casework/" not in index
    assert client.get("/beheer/casework/case/").status_code == 404


def test_access_log_in_admin_is_read_only_and_only_for_the_privacy_officer(
    manager, world: World
) -> None:
    assert verified_client(manager).get("/beheer/partners/accesslog/").status_code == 403
    officer = world.users["privacy_officer"]
    officer.is_staff = True
    officer.save()
    client = verified_client(officer)
    assert client.get("/beheer/partners/accesslog/").status_code == 200
    assert client.get("/beheer/partners/accesslog/add/").status_code == 403


def test_roles_have_their_groups(world: World) -> None:
    assert set(
        Group.objects.filter(name__in=[r.group_name for r in Role]).values_list("name", flat=True)
    ) == {r.group_name for r in Role}


def test_every_admin_page_asks_the_policy() -> None:
    from django.contrib import admin

    from partners.admin_base import PolicyAdmin

    registered = {
        model._meta.label: isinstance(model_admin, PolicyAdmin)
        for model, model_admin in admin.site._registry.items()
    }
    assert registered and all(registered.values()), registered
    # Third-party admins that decide with Django's model permissions are not offered.
    assert not {"auth.Group", "knox.AuthToken", "otp_totp.TOTPDevice"} & set(registered)


def test_roles_carry_no_model_permissions_and_the_manager_still_keeps_the_registry(
    manager, world: World
) -> None:
    assert not Group.objects.filter(permissions__isnull=False).exists()
    client = verified_client(manager)
    assert client.get("/beheer/partners/domain/add/").status_code == 200
    assert client.get(f"/beheer/partners/user/{world.users['aov'].pk}/change/").status_code == 200


def test_staff_without_the_role_find_nothing_to_keep(world: World) -> None:
    aov = world.users["aov"]
    aov.is_staff = True
    aov.save()
    client = verified_client(aov)
    index = client.get("/beheer/").content.decode()
    assert "/beheer/partners/organisation/" not in index
    assert client.get("/beheer/partners/organisation/add/").status_code == 403
    assert client.get("/beheer/partners/user/").status_code == 403
    assert client.get("/beheer/interventions/intervention/").status_code == 403


def test_the_manager_cannot_change_a_superuser(manager, world: World) -> None:
    from partners.models import User

    root = User.objects.create_superuser("root", "root@example.org", "geheim-wachtwoord-1")
    client = verified_client(manager)
    response = client.post(
        f"/beheer/partners/user/{root.pk}/change/",
        {"username": "root", "first_name": "Overgenomen"},
    )
    assert response.status_code == 403
    root.refresh_from_db()
    assert root.first_name == ""


def test_a_superuser_sets_up_the_registry_without_a_role(world: World) -> None:
    from partners.models import User

    root = User.objects.create_superuser("root", "root@example.org", "geheim-wachtwoord-1")
    client = verified_client(root)
    assert client.get("/beheer/partners/organisation/add/").status_code == 200
    # The registry, not case data: a superuser sees no case through the policy.
    assert client.get(f"/casussen/{world.case.pk}/").status_code == 404


def test_the_role_groups_exist_once_the_database_is_migrated(db: None) -> None:
    # No fixture made them: migrating does, for every new database (production's included).
    names = {role.group_name for role in Role}
    assert set(Group.objects.filter(name__in=names).values_list("name", flat=True)) == names
