import datetime
from typing import Any

from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from knox.models import AuthToken
from knox.settings import knox_settings

from partners.models import (
    SEATS,
    AdminRequest,
    Domain,
    Level,
    Organisation,
    RequestKind,
    RequestStatus,
    Role,
    Seat,
    User,
    Vierhoek,
)
from partners.policy import Action, has_role, require


@transaction.atomic
def roles_ensure() -> list[Group]:
    """Creates the group of every role. The groups carry no Django model permissions: what a
    role may do is decided by the permission policy alone (the admin included), and an
    earlier version's permissions are taken away."""
    groups = []
    for role in Role:
        group, _ = Group.objects.get_or_create(name=role.group_name)
        group.permissions.clear()
        groups.append(group)
    return groups


@transaction.atomic
def organisation_create(
    *,
    name: str,
    domain: Domain,
    short_name: str = "",
    level: Level = Level.LOCAL,
    **details: str,
) -> Organisation:
    """Creates a partner organisation with its own group for object permissions."""
    organisation = Organisation(
        name=name, short_name=short_name, domain=domain, level=level, **details
    )
    return organisation_save(organisation=organisation)


@transaction.atomic
def organisation_save(*, organisation: Organisation) -> Organisation:
    """Saves an organisation; a new one gets its group, which carries its case grants."""
    if organisation.group_id is None:
        organisation.group = Group.objects.create(name=f"Partner: {organisation.name}")
    organisation.save()
    return organisation


@transaction.atomic
def totp_device_for_enrolment(*, user: User) -> TOTPDevice:
    """Returns the user's unconfirmed authenticator, creating one if there is none.

    The same secret is offered until it is confirmed, so reloading the set-up page does not
    invalidate a QR code that was already scanned.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator", confirmed=False)
    return device


@transaction.atomic
def totp_device_confirm(*, device: TOTPDevice, token: str) -> bool:
    """Confirms an authenticator when the token is right; removes the user's other unconfirmed
    ones. Returns whether the token was accepted (django-otp throttles wrong guesses)."""
    if not device.verify_token(token):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return True


@transaction.atomic
def api_token_issue(*, user: User, verified: bool) -> tuple[AuthToken, str]:
    """Issues a personal API token: only in a session verified with the second factor (a
    token then carries that verification for its lifetime), at most ten at a time. Returns the
    stored token (its hash, not the token) and the token itself, which is shown once."""
    require(user, Action.CREATE, AuthToken)
    if user.is_system:
        raise PermissionDenied(_("Een systeemaccount krijgt zijn sleutel van functioneel beheer."))
    if not verified:
        raise PermissionDenied(_("Een API-sleutel krijgt u alleen na tweestapsverificatie."))
    User.objects.select_for_update().get(pk=user.pk)
    current = AuthToken.objects.filter(user=user, expiry__gt=timezone.now()).count()
    if current >= knox_settings.TOKEN_LIMIT_PER_USER:
        raise ValidationError(
            _("U heeft al %(count)s geldige API-sleutels; trek er eerst een in.")
            % {"count": current}
        )
    return AuthToken.objects.create(user=user)


def api_token_revoke(*, user: User, token: AuthToken) -> None:
    """Revokes one of the user's own tokens; it stops working at once."""
    require(user, Action.DELETE, token)
    token.delete()


def _refuse_own_account(requester: User, account: User | None) -> None:
    if account is not None and account.pk == requester.pk:
        raise PermissionDenied(_("Niemand beheert zijn eigen account."))


@transaction.atomic
def admin_request_roles(
    *,
    requester: User,
    account: User,
    roles: list[str],
    organisation: Organisation | None,
    reason: str,
) -> AdminRequest:
    """Asks to give an account these roles at this organisation (replacing what it has): it
    takes effect only when another functional manager approves."""
    require(requester, Action.CREATE, AdminRequest)
    _refuse_own_account(requester, account)
    unknown = set(roles) - set(Role.values)
    if unknown:
        raise ValidationError({"roles": _("Onbekende rol: %(roles)s") % {"roles": sorted(unknown)}})
    if account.is_superuser:
        raise PermissionDenied(_("De rechten van een superuser worden hier niet beheerd."))
    if account.is_system and roles:
        raise ValidationError(
            {"roles": _("Een systeemaccount heeft geen rollen, alleen API-rechten.")}
        )
    return AdminRequest.objects.create(
        kind=RequestKind.ROLES,
        account=account,
        roles=sorted(set(roles)),
        organisation=organisation,
        reason=_reason(reason),
        requested_by=requester,
    )


@transaction.atomic
def admin_request_email(*, requester: User, account: User, email: str, reason: str) -> AdminRequest:
    """Asks to change an account's e-mail address: the password link goes there, so whoever
    changes it could take the account over; it takes effect only with a second approval."""
    require(requester, Action.CREATE, AdminRequest)
    _refuse_own_account(requester, account)
    if account.is_superuser:
        raise PermissionDenied(_("De gegevens van een superuser worden hier niet beheerd."))
    if not email.strip():
        raise ValidationError({"email": _("Vul het nieuwe e-mailadres in.")})
    return AdminRequest.objects.create(
        kind=RequestKind.EMAIL,
        account=account,
        email=email.strip(),
        reason=_reason(reason),
        requested_by=requester,
    )


@transaction.atomic
def admin_request_domain(
    *, requester: User, organisation: Organisation, domain: Domain, reason: str
) -> AdminRequest:
    """Asks to move an organisation to another domain (its people then read what that domain
    reads): it takes effect only when another functional manager approves."""
    require(requester, Action.CREATE, AdminRequest)
    if organisation.domain_id == domain.pk:
        raise ValidationError({"domain": _("De organisatie hoort al bij dit domein.")})
    return AdminRequest.objects.create(
        kind=RequestKind.DOMAIN,
        organisation=organisation,
        domain=domain,
        reason=_reason(reason),
        requested_by=requester,
    )


@transaction.atomic
def admin_request_seat(
    *,
    requester: User,
    vierhoek: Vierhoek,
    seat: str,
    member: User,
    deputy: User | None,
    reason: str,
) -> AdminRequest:
    """Asks to give a seat of a gezagsvierhoek to a member, with a deputy (replacing who holds
    it): it takes effect only when another functional manager approves."""
    require(requester, Action.CREATE, AdminRequest)
    for person in (member, deputy):
        _refuse_own_account(requester, person)
    seat_check(vierhoek, seat, member, deputy)
    return AdminRequest.objects.create(
        kind=RequestKind.SEAT,
        vierhoek=vierhoek,
        seat=seat,
        account=member,
        deputy=deputy,
        reason=_reason(reason),
        requested_by=requester,
    )


def seat_check(vierhoek: Vierhoek, seat: str, member: User | None, deputy: User | None) -> None:
    """The seat is one of the four; its member and deputy are active persons holding its role
    and no other seat of the same vierhoek."""
    if seat not in [role.value for role in SEATS]:
        raise ValidationError({"seat": _("Kies een van de vier zetels.")})
    if member is None:
        raise ValidationError({"account": _("Kies het lid.")})
    if deputy is not None and deputy.pk == member.pk:
        raise ValidationError({"deputy": _("Het lid is niet ook zijn eigen plaatsvervanger.")})
    role = Role(seat)
    for field, person in (("account", member), ("deputy", deputy)):
        if person is None:
            continue
        if not person.is_active or person.is_system or not has_role(person, role):
            raise ValidationError(
                {
                    field: _("%(person)s heeft de rol %(role)s niet (of is niet actief).")
                    % {"person": person, "role": role.label}
                }
            )
        elsewhere = Seat.objects.filter(vierhoek=vierhoek).exclude(role=seat)
        if elsewhere.filter(Q(member=person) | Q(deputy=person)).exists():
            raise ValidationError(
                {
                    field: _("%(person)s heeft al een andere zetel in deze gezagsvierhoek.")
                    % {"person": person}
                }
            )


def _reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError({"reason": _("Geef de reden van het verzoek.")})
    return reason.strip()


@transaction.atomic
def admin_request_decide(
    *,
    decider: User,
    request: AdminRequest,
    approve: bool,
    note: str = "",
    mail_request: Any = None,
) -> AdminRequest:
    """Approves (and carries out) or rejects a pending request. The decider is a functional
    manager other than the one who asked, and never the account the request is about."""
    require(decider, Action.CHANGE, request)
    locked = AdminRequest.objects.select_for_update().get(pk=request.pk)
    if locked.status != RequestStatus.PENDING:
        raise ValidationError(_("Over dit verzoek is al beslist."))
    if locked.requested_by_id == decider.pk:
        raise PermissionDenied(_("Wie een verzoek doet, keurt het niet zelf goed."))
    _refuse_own_account(decider, locked.account)
    _refuse_own_account(decider, locked.deputy)
    if locked.account is not None:
        require(decider, Action.CHANGE, locked.account)  # never a superuser's, for instance
    if locked.deputy is not None:
        require(decider, Action.CHANGE, locked.deputy)
    moved = locked.organisation_id if locked.kind == RequestKind.DOMAIN else None
    if moved is not None and moved in (
        decider.organisation_id,
        locked.requested_by.organisation_id,
    ):
        raise PermissionDenied(
            _("Over de eigen organisatie beslist een functioneel beheerder van een andere.")
        )
    if approve:
        _carry_out(locked, request_for_mail=mail_request)
    locked.status = RequestStatus.APPROVED if approve else RequestStatus.REJECTED
    locked.decided_by = decider
    locked.decided_at = timezone.now()
    locked.decision_note = note.strip()
    locked.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    return locked


def _carry_out(request: AdminRequest, *, request_for_mail: Any = None) -> None:
    if request.kind == RequestKind.ROLES:
        account = User.objects.select_for_update().get(pk=request.account_id or 0)
        role_groups = Group.objects.filter(name__in=[Role(r).group_name for r in request.roles])
        others = account.groups.exclude(name__in=[role.group_name for role in Role])
        account.groups.set([*others, *role_groups])
        account.organisation = request.organisation
        # Rights given to an account that was switched off switch it on again (a system
        # account has no roles: approving a request for it switches it on).
        account.is_active = account.is_active or bool(request.roles) or account.is_system
        account.save(update_fields=["organisation", "is_active"])
        # A new person gets the link to set a password only now, after the second manager
        # saw the address it goes to (the admin passes its request, for the link's address).
        new_person = not account.is_system and not account.has_usable_password()
        if new_person and account.email and request_for_mail is not None:
            form = _AccountLinkForm(account)
            if form.is_valid():
                form.save(request=request_for_mail, use_https=request_for_mail.is_secure())
    elif request.kind == RequestKind.EMAIL:
        User.objects.filter(pk=request.account_id or 0).update(email=request.email)
    elif request.kind == RequestKind.SEAT:
        if request.vierhoek is None:
            raise ValidationError(_("Een verzoek voor een zetel noemt de gezagsvierhoek."))
        # Checked again: the member may have lost the role since the request was made.
        seat_check(request.vierhoek, request.seat, request.account, request.deputy)
        Seat.objects.update_or_create(
            vierhoek=request.vierhoek,
            role=request.seat,
            defaults={"member": request.account, "deputy": request.deputy},
        )
    else:
        if request.organisation_id is None or request.domain_id is None:
            raise ValidationError(_("Een verhuizing noemt de organisatie en het nieuwe domein."))
        organisation = Organisation.objects.select_for_update().get(pk=request.organisation_id)
        organisation.domain_id = request.domain_id
        organisation.save(update_fields=["domain"])


def password_link_send(*, requester: User, account: User, request: Any) -> None:
    """Sends the account holder an e-mail with a link to set a password: a functional manager
    never sets or knows another user's password."""
    require(requester, Action.CHANGE, account)
    _refuse_own_account(requester, account)
    if not account.email:
        raise ValidationError(_("Dit account heeft geen e-mailadres."))
    form = _AccountLinkForm(account)
    if form.is_valid():
        form.save(request=request, use_https=request.is_secure())


class _AccountLinkForm(PasswordResetForm):
    """Django's reset e-mail, for exactly this account (a new one has no usable password yet,
    which the public 'wachtwoord vergeten' form would skip)."""

    def __init__(self, account: User) -> None:
        super().__init__({"email": account.email})
        self.account = account

    def get_users(self, email: str) -> Any:
        return iter([self.account] if self.account.is_active else [])


# How long a koppeling's token is valid; a functional manager issues the next one.
SYSTEM_TOKEN_DAYS = 90
SYSTEM_TOKEN_LIMIT = 3


@transaction.atomic
def system_token_issue(*, requester: User, account: User) -> tuple[AuthToken, str]:
    """Issues a token for a system account (a koppeling), which reads the API within its
    scopes only and never signs in on a page. Only the functional manager issues one."""
    # The policy (User: change) lets only the functional manager and a superuser do this.
    require(requester, Action.CHANGE, account)
    if not account.is_system or not account.is_active:
        raise ValidationError(_("Alleen een actief systeemaccount krijgt een koppelingssleutel."))
    User.objects.select_for_update().get(pk=account.pk)
    valid = AuthToken.objects.filter(user=account, expiry__gt=timezone.now()).count()
    if valid >= SYSTEM_TOKEN_LIMIT:
        raise ValidationError(
            _("Deze koppeling heeft al %(count)s geldige sleutels; trek ze eerst in.")
            % {"count": valid}
        )
    return AuthToken.objects.create(user=account, expiry=datetime.timedelta(days=SYSTEM_TOKEN_DAYS))


def tokens_revoke_all(*, requester: User, account: User) -> int:
    """Revokes every API token of an account (a person's or a koppeling's) at once, for
    instance when it is switched off. Returns how many."""
    require(requester, Action.CHANGE, account)
    _refuse_own_account(requester, account)
    deleted, _by_model = AuthToken.objects.filter(user=account).delete()
    return deleted
