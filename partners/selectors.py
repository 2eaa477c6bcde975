from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from knox.models import AuthToken

from partners.models import AccessLog, ContactPerson, Level, Organisation, User
from partners.policy import Action, visible


def organisation_list(
    *,
    user: User,
    query: str = "",
    domain_id: int | None = None,
    level: Level | str = "",
    region_id: int | None = None,
    expertise_id: int | None = None,
) -> QuerySet[Organisation]:
    """The social map: partner organisations, filtered, with their number of contacts."""
    organisations = visible(user, Action.VIEW, Organisation.objects.select_related("domain"))
    if query.strip():
        term = query.strip()
        organisations = organisations.filter(
            Q(name__icontains=term)
            | Q(short_name__icontains=term)
            | Q(description__icontains=term)
            | Q(contacts__name__icontains=term)
            | Q(contacts__function__icontains=term)
            | Q(contacts__expertise__name__icontains=term)
        )
    if domain_id:
        organisations = organisations.filter(domain_id=domain_id)
    if level:
        organisations = organisations.filter(level=level)
    if region_id:
        organisations = organisations.filter(
            Q(regions__id=region_id) | Q(municipalities__region_id=region_id)
        )
    if expertise_id:
        organisations = organisations.filter(contacts__expertise__id=expertise_id)
    # The filters above join to many rows; distinct ids keep each organisation once.
    ids = organisations.values("id")
    return (
        Organisation.objects.filter(id__in=ids)
        .select_related("domain")
        .annotate(contact_count=Count("contacts", distinct=True))
        .order_by("name")
    )


def organisation_contacts(*, user: User, organisation: Organisation) -> QuerySet[ContactPerson]:
    return visible(
        user,
        Action.VIEW,
        ContactPerson.objects.filter(organisation=organisation).prefetch_related("expertise"),
    )


def contact_list(*, user: User, query: str = "") -> QuerySet[ContactPerson]:
    contacts = visible(
        user,
        Action.VIEW,
        ContactPerson.objects.select_related("organisation", "organisation__domain"),
    )
    if query.strip():
        term = query.strip()
        contacts = contacts.filter(
            Q(name__icontains=term)
            | Q(function__icontains=term)
            | Q(expertise__name__icontains=term)
        ).distinct()
    return contacts.prefetch_related("expertise")


def membership_list(*, user: User) -> QuerySet[User]:
    """Users with their organisation and roles, as far as `user` may see them."""
    return visible(
        user,
        Action.VIEW,
        User.objects.filter(is_active=True)
        .select_related("organisation")
        .prefetch_related(Prefetch("groups"))
        .order_by("last_name", "first_name", "username"),
    )


def access_log_list(
    *,
    user: User,
    scope: str = "",
    username: str = "",
    organisation: str = "",
    date_from: object = None,
    date_to: object = None,
) -> QuerySet[AccessLog]:
    """The access log, newest first, for the privacy officer; filters by case, user,
    organisation and period."""
    rows = visible(user, Action.VIEW, AccessLog.objects.all())
    if scope.strip():
        rows = rows.filter(scope_repr__icontains=scope.strip())
    if username.strip():
        rows = rows.filter(username__icontains=username.strip())
    if organisation.strip():
        rows = rows.filter(organisation_name__icontains=organisation.strip())
    if date_from:
        rows = rows.filter(at__date__gte=date_from)
    if date_to:
        rows = rows.filter(at__date__lte=date_to)
    return rows


def api_tokens(*, user: User) -> QuerySet[AuthToken]:
    """The user's own API tokens that have not expired, newest first (never the token, which is
    stored only as its hash; `token_key` is its first characters, to recognise it by)."""
    return visible(
        user, Action.VIEW, AuthToken.objects.filter(user=user, expiry__gt=timezone.now())
    ).order_by("-created")
