from django.contrib.auth.models import Group
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.models import Role, User


@transaction.atomic
def roles_ensure() -> list[Group]:
    """Creates the Django group of every role that does not have one yet; changes nothing else."""
    return [Group.objects.get_or_create(name=role.label)[0] for role in Role]


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
