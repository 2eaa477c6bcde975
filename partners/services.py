from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from knox.models import AuthToken
from knox.settings import knox_settings

from partners.models import Domain, Level, Organisation, Role, User
from partners.policy import Action, require


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
