"""The one permission policy of Vierhoek.

`partners` provides the mechanism; each app declares the rules for its own models in its own
`permissions.py`. A rule is written once, as a filter: given a user it returns a `Q` over the
model (or True/False when only the user's roles matter). `visible()` applies that filter to a
queryset, so a list is filtered in one query whatever its length; `can()` asks whether one
object passes the same filter, so a page, an API call and a list can never disagree.

Object permissions are stored by django-guardian in direct foreign-key tables: joining a case
grants the organisation's group a permission on that case; leaving revokes it. Rules test those
grants with `has_grant`. Information limited to domains is tested with `in_user_domain`.
"""

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from guardian.shortcuts import assign_perm, remove_perm

from partners.models import Municipality, Organisation, Role, User

M = TypeVar("M", bound=models.Model)
AnyUser = User | AnonymousUser
RuleResult = Q | bool
Rule = Callable[[User], RuleResult]


class Action(StrEnum):
    """What a user may do; the rules of each app say to which objects."""

    VIEW = "view"
    # The family network of a case (persons, relations, notes, signals), beyond its summary.
    VIEW_NETWORK = "view_network"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    MANAGE_PARTNERS = "manage_partners"
    CONTRIBUTE = "contribute"
    TRANSITION = "transition"
    # What was said at a meeting (input, notes, decisions): behind the confidentiality statement.
    VIEW_CONTENT = "view_content"


_rules: dict[tuple[type[models.Model], Action], Rule] = {}


def rule(model: type[models.Model], action: Action) -> Callable[[Rule], Rule]:
    """Registers the rule deciding `action` on `model`; one rule per pair."""

    def register(function: Rule) -> Rule:
        key = (model, action)
        if key in _rules:
            raise ValueError(f"A rule for {model.__name__}.{action} is already registered.")
        _rules[key] = function
        return function

    return register


def _evaluate(user: AnyUser, action: Action, model: type[models.Model]) -> RuleResult:
    if not user.is_authenticated or not user.is_active:
        return False
    try:
        decide = _rules[(model, action)]
    except KeyError:
        # No rule, no access: a new model is closed until its app says otherwise.
        return False
    return decide(user)


def visible(user: AnyUser, action: Action, queryset: QuerySet[M]) -> QuerySet[M]:
    """The objects of `queryset` on which `user` may perform `action`, in one query."""
    decision = _evaluate(user, action, queryset.model)
    if decision is True:
        return queryset
    if decision is False:
        return queryset.none()
    return queryset.filter(decision)


def can(user: AnyUser, action: Action, target: models.Model | type[models.Model]) -> bool:
    """Whether `user` may perform `action` on one object, or on a model (such as CREATE)."""
    if isinstance(target, type):
        decision = _evaluate(user, action, target)
        if isinstance(decision, Q):
            raise TypeError(f"The rule for {target.__name__}.{action} needs an object.")
        return decision
    decision = _evaluate(user, action, type(target))
    if isinstance(decision, bool):
        return decision
    return type(target)._default_manager.filter(decision, pk=target.pk).exists()


def allowed(user: AnyUser, obj: models.Model) -> frozenset[Action]:
    """Every action `user` may perform on `obj`, asked of all its rules in at most one query
    (a page asks several questions about the same case)."""
    model = type(obj)
    decisions = {
        action: _evaluate(user, action, model) for (ruled, action) in _rules if ruled is model
    }
    granted = {action for action, decision in decisions.items() if decision is True}
    conditional = {
        action: decision for action, decision in decisions.items() if isinstance(decision, Q)
    }
    if conditional:
        flags = {
            f"may_{action}": models.Case(
                models.When(decision, then=models.Value(True)),
                default=models.Value(False),
                output_field=models.BooleanField(),
            )
            for action, decision in conditional.items()
        }
        row = model._default_manager.filter(pk=obj.pk).values(**flags).first() or {}
        granted |= {action for action in conditional if row.get(f"may_{action}")}
    return frozenset(granted)


def may_some(user: AnyUser, action: Action, model: type[models.Model]) -> bool:
    """Whether `user` may perform `action` on at least some objects of `model` (a list or a
    menu entry is then shown, filtered by `visible`)."""
    return _evaluate(user, action, model) is not False


def require(user: AnyUser, action: Action, target: models.Model | type[models.Model]) -> None:
    """Raises PermissionDenied unless `can(user, action, target)`."""
    if not can(user, action, target):
        raise PermissionDenied


# --- Helpers for the rules ----------------------------------------------------------------


def roles_of(user: User) -> frozenset[Role]:
    """The user's roles, read once per user object (groups are named by `Role.group_name`)."""
    cached: frozenset[Role] | None = getattr(user, "_vierhoek_roles", None)
    if cached is None:
        by_name = {role.group_name: role for role in Role}
        names = user.groups.values_list("name", flat=True)
        cached = frozenset(by_name[name] for name in names if name in by_name)
        user._vierhoek_roles = cached  # type: ignore[attr-defined]
    return cached


def has_role(user: User, *roles: Role) -> bool:
    return bool(roles_of(user) & set(roles))


def has_grant(
    user: User, grant_model: type[models.Model], codename: str, *, through: str = "pk"
) -> Q:
    """Objects on which the user's organisation holds the permission `codename`.

    `grant_model` is the direct foreign-key group permission model of the object (guardian);
    `through` names the field of the filtered model that leads to the granted object, so a note
    can ask for the grant on its case with `through="case_id"`.
    """
    if user.organisation_id is None:
        return Q(pk__in=[])
    # The group and the permission as values, not joins: the planner then reads the grants of
    # one group straight from guardian's (group, permission, object) index, without the table.
    granted = grant_model._meta.get_field("content_object").related_model
    permission = Permission.objects.filter(
        codename=codename,
        content_type__app_label=granted._meta.app_label,  # type: ignore[union-attr]
        content_type__model=granted._meta.model_name,  # type: ignore[union-attr]
    ).values("pk")
    grants = grant_model._default_manager.filter(
        content_object=OuterRef(through),
        group_id=user.organisation.group_id,  # type: ignore[union-attr]
        permission_id=Subquery(permission),
    )
    return Q(Exists(grants))


def in_user_domain(user: User, model: type[models.Model], field: str) -> Q:
    """Objects not limited to domains, or limited to domains that include the user's domain.

    `field` is the many-to-many field to Domain on `model` that holds the limitation.
    """
    through = model._meta.get_field(field).remote_field.through  # type: ignore[union-attr]
    source = f"{model._meta.model_name}_id"
    limited = through._default_manager.filter(**{source: OuterRef("pk")})
    if user.organisation_id is None:
        return ~Q(Exists(limited))
    domain_id = user.organisation.domain_id  # type: ignore[union-attr]
    return ~Q(Exists(limited)) | Q(Exists(limited.filter(domain_id=domain_id)))


# --- Grants --------------------------------------------------------------------------------


def grant(group: Group, codenames: Iterable[str], obj: models.Model) -> None:
    """Grants `group` the permissions on `obj` (stored in the object's direct FK table)."""
    app_label = obj._meta.app_label
    for codename in codenames:
        assign_perm(f"{app_label}.{codename}", group, obj)


def revoke(group: Group, codenames: Iterable[str], obj: models.Model) -> None:
    app_label = obj._meta.app_label
    for codename in codenames:
        remove_perm(f"{app_label}.{codename}", group, obj)


def rules_table() -> list[tuple[str, str]]:
    """The registered (model, action) pairs, for the documentation and the matrix test."""
    return sorted((model.__name__, str(action)) for model, action in _rules)


def territory(user: User) -> QuerySet[Municipality]:
    """The municipalities the user's organisation serves, directly or through its regions: its
    werkgebied. Empty for a user without organisation or an organisation without a set area.
    The vierhoek's view and who may create a case where are bounded by it."""
    if user.organisation_id is None:
        return Municipality.objects.none()
    served_directly = Organisation.municipalities.through.objects.filter(
        organisation_id=user.organisation_id, municipality_id=OuterRef("pk")
    )
    served_regions = Organisation.regions.through.objects.filter(
        organisation_id=user.organisation_id, region_id=OuterRef("region_id")
    )
    return Municipality.objects.filter(Exists(served_directly) | Exists(served_regions))
