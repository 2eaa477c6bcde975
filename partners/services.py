from django.contrib.auth.models import Group
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.models import Domain, Level, Organisation, Role, User


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
