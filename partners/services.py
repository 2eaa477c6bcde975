from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.models import Domain, Level, Organisation, ReadPath, Role, User

# Django model permissions per role, for the admin. Case rights are not here: they follow from
# taking part in a case (see casework/permissions.py).
ROLE_MODEL_PERMISSIONS: dict[Role, list[str]] = {
    Role.FUNCTIONAL_MANAGER: [
        f"partners.{action}_{model}"
        for model in ("domain", "region", "municipality", "organisation", "contactperson", "user")
        for action in ("add", "change", "view")
    ]
    + ["partners.view_expertise", "partners.add_expertise", "partners.change_expertise"],
    Role.PRIVACY_OFFICER: ["partners.view_accesslog"],
}


@transaction.atomic
def roles_ensure() -> list[Group]:
    """Creates the group of every role and gives it exactly its model permissions."""
    groups = []
    for role in Role:
        group, _ = Group.objects.get_or_create(name=role.group_name)
        codenames = ROLE_MODEL_PERMISSIONS.get(role, [])
        permissions = Permission.objects.filter(
            content_type__app_label="partners",
            codename__in=[name.split(".", 1)[1] for name in codenames],
        )
        group.permissions.set(permissions)
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


def access_log_record(
    *,
    user: User,
    read_path: ReadPath,
    entries: Iterable[tuple[models.Model, models.Model]],
    path: str = "",
    purpose: str = "",
) -> int:
    """Appends one access log row per (object seen, case it belongs to), in one query.

    Returns the number of rows written. Called by every read path that shows personal data.
    """
    entries = list(entries)
    if not entries:
        return 0
    organisation_name = user.organisation.name if user.organisation_id else ""  # type: ignore[union-attr]
    # One query for the content types not cached yet, however many kinds of data were seen.
    kinds = ContentType.objects.get_for_models(
        *{type(obj) for pair in entries for obj in pair}, for_concrete_models=False
    )
    rows = [
        (
            kinds[type(seen)].pk,
            seen.pk,
            _label(seen),
            kinds[type(scope)].pk,
            scope.pk,
            _label(scope),
        )
        for seen, scope in entries
    ]
    columns = [list(column) for column in zip(*rows, strict=True)]
    with connection.cursor() as cursor:
        cursor.execute(
            _ACCESS_LOG_INSERT,
            [
                timezone.now(),
                user.pk,
                user.username,
                organisation_name,
                read_path.value,
                purpose or settings.ACCESS_LOG_PURPOSE,
                path[:500],
                *columns,
            ],
        )
    return len(entries)


# One statement for any number of rows: the rows arrive as arrays, one per column, so the
# text of the query never changes. (A model per row costs more than the page that logs it.)
_ACCESS_LOG_INSERT = """
INSERT INTO partners_accesslog (
    at, user_id, username, organisation_name, read_path, purpose, path,
    object_type_id, object_id, object_repr, scope_type_id, scope_id, scope_repr
)
SELECT %s, %s, %s, %s, %s, %s, %s, seen.*
FROM unnest(%s::integer[], %s::bigint[], %s::text[], %s::integer[], %s::bigint[], %s::text[])
    AS seen
"""


def _label(obj: models.Model) -> str:
    label = getattr(obj, "access_log_label", None) or f"{obj._meta.verbose_name} {obj.pk}"
    return str(label)[:200]


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
