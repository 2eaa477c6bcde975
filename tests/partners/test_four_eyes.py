"""Four eyes on what gives access to case data: roles and organisation of an account, and the
domain of an organisation, change only when a second functional manager approves; nobody sets
another user's password or administers their own account."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from partners.models import AdminRequest, Organisation, RequestKind, RequestStatus, Role, User
from partners.policy import has_role
from partners.services import (
    admin_request_decide,
    admin_request_domain,
    admin_request_email,
    admin_request_roles,
)
from tests.conftest import verified_client
from tests.partners.factories import UserFactory, domain
from tests.world import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def managers(world: World) -> tuple[User, User]:
    first = world.users["functioneel_beheerder"]
    second = UserFactory.create(
        username="fb-tweede", role=Role.FUNCTIONAL_MANAGER, organisation=first.organisation
    )
    for user in (first, second):
        user.is_staff = True
        user.save()
    return first, second


def fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)  # roles are cached on the object


def test_a_role_takes_effect_only_after_a_second_manager_approves(
    world: World, managers: tuple[User, User]
) -> None:
    first, second = managers
    newcomer = UserFactory.create(username="nieuw", organisation=None)
    gemeente = world.organisations["gemeente"]
    asked = admin_request_roles(
        requester=first,
        account=newcomer,
        roles=[Role.AOV],
        organisation=gemeente,
        reason="Nieuwe AOV'er per 1 december",
    )
    newcomer = fresh(newcomer)
    assert not has_role(newcomer, Role.AOV) and newcomer.organisation is None
    with pytest.raises(PermissionDenied, match="niet zelf goed"):
        admin_request_decide(decider=first, request=asked, approve=True)
    decided = admin_request_decide(decider=second, request=asked, approve=True, note="Akkoord")
    assert decided.status == RequestStatus.APPROVED and decided.decided_by == second
    newcomer = fresh(newcomer)
    assert has_role(newcomer, Role.AOV) and newcomer.organisation == gemeente
    with pytest.raises(ValidationError, match="al beslist"):
        admin_request_decide(decider=second, request=asked, approve=False)


def test_a_rejected_request_changes_nothing_and_nobody_asks_about_themselves(
    world: World, managers: tuple[User, User]
) -> None:
    first, second = managers
    aov = world.users["aov"]
    asked = admin_request_roles(
        requester=first, account=aov, roles=[], organisation=None, reason="Vertrokken"
    )
    admin_request_decide(decider=second, request=asked, approve=False)
    assert has_role(fresh(aov), Role.AOV)
    with pytest.raises(PermissionDenied, match="eigen account"):
        admin_request_roles(
            requester=first, account=first, roles=[Role.AOV], organisation=None, reason="x"
        )
    about_second = admin_request_roles(
        requester=first, account=second, roles=[Role.PRIVACY_OFFICER], organisation=None, reason="x"
    )
    with pytest.raises(PermissionDenied, match="eigen account"):
        admin_request_decide(decider=second, request=about_second, approve=True)
    with pytest.raises(PermissionDenied):
        admin_request_roles(
            requester=world.users["aov"], account=second, roles=[], organisation=None, reason="x"
        )


def test_moving_an_organisation_to_another_domain_needs_four_eyes(
    world: World, managers: tuple[User, User]
) -> None:
    first, second = managers
    police = world.organisations["politie"]
    zorg = domain("zorg")
    asked = admin_request_domain(
        requester=first, organisation=police, domain=zorg, reason="Herindeling"
    )
    assert Organisation.objects.get(pk=police.pk).domain.code == "politie"
    admin_request_decide(decider=second, request=asked, approve=True)
    assert Organisation.objects.get(pk=police.pk).domain == zorg


def test_the_admin_changes_no_role_organisation_domain_or_password_directly(
    world: World, managers: tuple[User, User]
) -> None:
    first, _second = managers
    client = verified_client(first)
    aov = world.users["aov"]
    page = client.get(f"/beheer/partners/user/{aov.pk}/change/").content.decode()
    assert 'name="groups"' not in page and 'name="organisation"' not in page
    assert 'name="password"' not in page
    # A post that tries anyway changes nothing it may not.
    client.post(
        f"/beheer/partners/user/{aov.pk}/change/",
        {
            "username": aov.username,
            "first_name": "Nieuw",
            "last_name": aov.last_name,
            "email": aov.email,
            "is_active": "on",
            "groups": [Group.objects.get(name=Role.PRIVACY_OFFICER.group_name).pk],
            "organisation": world.organisations["politie"].pk,
        },
    )
    aov = fresh(aov)
    assert aov.first_name == "Nieuw"
    assert not has_role(aov, Role.PRIVACY_OFFICER)
    assert aov.organisation == world.organisations["gemeente"]
    assert client.get(f"/beheer/partners/user/{aov.pk}/password/").status_code == 403
    refused = client.post(
        f"/beheer/partners/user/{aov.pk}/password/",
        {"password1": "Overgenomen-123!", "password2": "Overgenomen-123!"},
    )
    assert refused.status_code == 403 and not fresh(aov).check_password("Overgenomen-123!")
    police = world.organisations["politie"]
    organisation_page = client.get(f"/beheer/partners/organisation/{police.pk}/change/")
    assert 'name="domain"' not in organisation_page.content.decode()


def test_nobody_administers_their_own_account(managers: tuple[User, User]) -> None:
    first, _second = managers
    client = verified_client(first)
    own = client.get(f"/beheer/partners/user/{first.pk}/change/")
    assert own.status_code == 200 and 'name="_save"' not in own.content.decode()
    posted = client.post(
        f"/beheer/partners/user/{first.pk}/change/", {"username": first.username, "is_staff": ""}
    )
    assert posted.status_code == 403


def test_a_new_account_gets_a_link_instead_of_a_password(
    world: World, managers: tuple[User, User]
) -> None:
    first, _second = managers
    client = verified_client(first)
    form = client.get("/beheer/partners/user/add/").content.decode()
    assert "password1" not in form and 'name="groups"' not in form
    created = client.post(
        "/beheer/partners/user/add/",
        {"username": "kim", "first_name": "Kim", "last_name": "Bakker", "email": "kim@example.org"},
    )
    assert created.status_code == 302, created.content.decode()[:2000]
    kim = User.objects.get(username="kim")
    assert not kim.has_usable_password() and not kim.groups.exists()
    # The link goes out only once a second manager approved her rights, seeing her address.
    assert mail.outbox == []
    verified_client(first).post(
        "/beheer/partners/adminrequest/add/",
        {
            "kind": RequestKind.ROLES,
            "account": kim.pk,
            "roles": [Role.AOV],
            "organisation": world.organisations["gemeente"].pk,
            "reason": "Nieuwe AOV'er",
        },
    )
    request = AdminRequest.objects.get(account=kim)
    assert "kim@example.org" in request.summary
    verified_client(_second).post(
        "/beheer/partners/adminrequest/", {"action": "approve", "_selected_action": [request.pk]}
    )
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["kim@example.org"]


def test_four_eyes_through_the_admin_pages(world: World, managers: tuple[User, User]) -> None:
    first, second = managers
    newcomer = UserFactory.create(username="nieuwkomer", organisation=None)
    asked = verified_client(first).post(
        "/beheer/partners/adminrequest/add/",
        {
            "kind": RequestKind.ROLES,
            "account": newcomer.pk,
            "roles": [Role.PARTNER_PROFESSIONAL],
            "organisation": world.organisations["politie"].pk,
            "reason": "Nieuwe wijkagent",
        },
    )
    assert asked.status_code == 302, asked.content.decode()[:2000]
    request = AdminRequest.objects.get(account=newcomer)
    assert request.requested_by == first and request.status == RequestStatus.PENDING
    action = {"action": "approve", "_selected_action": [request.pk]}
    verified_client(first).post("/beheer/partners/adminrequest/", action)
    assert AdminRequest.objects.get(pk=request.pk).status == RequestStatus.PENDING
    verified_client(second).post("/beheer/partners/adminrequest/", action)
    assert AdminRequest.objects.get(pk=request.pk).status == RequestStatus.APPROVED
    assert has_role(fresh(newcomer), Role.PARTNER_PROFESSIONAL)
    # Other roles do not see the requests at all.
    assert verified_client(world.users["aov"]).get(
        "/beheer/partners/adminrequest/"
    ).status_code in (
        302,
        403,
    )


def test_the_address_the_password_link_goes_to_changes_with_four_eyes(
    world: World, managers: tuple[User, User]
) -> None:
    first, second = managers
    aov = world.users["aov"]
    client = verified_client(first)
    page = client.get(f"/beheer/partners/user/{aov.pk}/change/").content.decode()
    assert 'name="email"' not in page  # shown, not editable
    asked = admin_request_email(
        requester=first, account=aov, email="nieuw@example.org", reason="Nieuw adres"
    )
    assert fresh(aov).email != "nieuw@example.org"
    admin_request_decide(decider=second, request=asked, approve=True)
    assert fresh(aov).email == "nieuw@example.org"


def test_an_account_switched_off_comes_back_only_through_a_request(
    world: World, managers: tuple[User, User]
) -> None:
    first, second = managers
    aov = world.users["aov"]
    client = verified_client(first)
    form = {
        "username": aov.username,
        "first_name": aov.first_name,
        "last_name": aov.last_name,
        "kind": aov.kind,
    }
    off = client.post(f"/beheer/partners/user/{aov.pk}/change/", form)  # is_active unchecked
    assert off.status_code == 302 and not fresh(aov).is_active
    on = client.post(f"/beheer/partners/user/{aov.pk}/change/", {**form, "is_active": "on"})
    assert on.status_code == 403 and not fresh(aov).is_active
    asked = admin_request_roles(
        requester=first,
        account=aov,
        roles=[Role.AOV],
        organisation=world.organisations["gemeente"],
        reason="Terug van verlof",
    )
    admin_request_decide(decider=second, request=asked, approve=True)
    assert fresh(aov).is_active and has_role(fresh(aov), Role.AOV)


def test_a_manager_decides_no_move_of_their_own_organisation_nor_a_superusers_address(
    world: World, managers: tuple[User, User]
) -> None:
    first, second = managers
    own = second.organisation
    assert own is not None
    asked = admin_request_domain(
        requester=first, organisation=own, domain=domain("zorg"), reason="Herindeling"
    )
    with pytest.raises(PermissionDenied, match="eigen organisatie"):
        admin_request_decide(decider=second, request=asked, approve=True)
    root = User.objects.create_superuser("root", "root@example.org", "geheim-wachtwoord-1")
    with pytest.raises(PermissionDenied):
        admin_request_email(requester=first, account=root, email="x@example.org", reason="x")


def test_a_new_installation_gets_its_first_two_managers_from_the_shell(db: None) -> None:
    from django.core.management import CommandError, call_command

    from partners.services import roles_ensure

    roles_ensure()
    for name in ("eerste", "tweede", "derde"):
        UserFactory.create(username=name, organisation=None)
    call_command("appoint_functional_manager", "eerste", stdout=None)
    call_command("appoint_functional_manager", "tweede", stdout=None)
    assert has_role(fresh(User.objects.get(username="tweede")), Role.FUNCTIONAL_MANAGER)
    with pytest.raises(CommandError, match="has its functional managers"):
        call_command("appoint_functional_manager", "derde")


def test_switching_an_account_off_revokes_its_tokens(
    world: World, managers: tuple[User, User]
) -> None:
    from knox.models import AuthToken

    first, _second = managers
    aov = world.users["aov"]
    AuthToken.objects.create(user=aov)
    verified_client(first).post(
        f"/beheer/partners/user/{aov.pk}/change/",
        {"username": aov.username, "first_name": aov.first_name, "last_name": aov.last_name},
    )
    assert not fresh(aov).is_active and not AuthToken.objects.filter(user=aov).exists()


def test_a_seat_of_a_vierhoek_is_given_through_the_admin_with_four_eyes(
    world: World, managers: tuple[User, User]
) -> None:
    from partners.models import Seat, Vierhoek

    first, second = managers
    vierhoek = Vierhoek.objects.create(name="Gezagsvierhoek Teststad")
    mayor = world.users["burgemeester"]
    form = {
        "kind": RequestKind.SEAT,
        "vierhoek": vierhoek.pk,
        "seat": Role.MAYOR,
        "reason": "Nieuwe burgemeester",
    }
    # Who does not hold the seat's role is refused with a message on the form.
    refused = verified_client(first).post(
        "/beheer/partners/adminrequest/add/", {**form, "account": world.users["aov"].pk}
    )
    assert refused.status_code == 200
    assert "heeft de rol Burgemeester niet" in refused.content.decode()
    asked = verified_client(first).post(
        "/beheer/partners/adminrequest/add/", {**form, "account": mayor.pk}
    )
    assert asked.status_code == 302, asked.content.decode()[:2000]
    request = AdminRequest.objects.get(kind=RequestKind.SEAT)
    action = {"action": "approve", "_selected_action": [request.pk]}
    verified_client(first).post("/beheer/partners/adminrequest/", action)
    assert not Seat.objects.exists()
    verified_client(second).post("/beheer/partners/adminrequest/", action)
    assert Seat.objects.get(vierhoek=vierhoek, role=Role.MAYOR).member == mayor
    # The vierhoek's page shows its seats, read-only.
    page = verified_client(second).get(f"/beheer/partners/vierhoek/{vierhoek.pk}/change/")
    assert page.status_code == 200 and str(mayor) in page.content.decode()
