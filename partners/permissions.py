"""Who may see and do what with the partner registry, the social map and the access log.

| object | action | allowed |
|---|---|---|
| Domain, Region, Municipality, Expertise | view | every signed-in user |
| Organisation, ContactPerson (social map) | view | every signed-in user |
| Domain, Region, Municipality, Expertise, Organisation, ContactPerson | create, change | functioneel beheerder |
| User (membership of an organisation) | view | functioneel beheerder: all; others: their own organisation |
| User | create | functioneel beheerder |
| User | change | functioneel beheerder: accounts that are not superusers |
| AccessLog | view | privacy officer |
| Vierhoek (a gezagsvierhoek and its municipalities), Seat (its members and deputies) | view | every signed-in user |
| Vierhoek | create, change | functioneel beheerder |
| Seat | create, change | nobody directly: through a four-eyes request (a seat gives sight of the plans put before the vierhoek) |
| AdminRequest (four eyes) | view, create, change (decide) | functional manager (or superuser); the decider is never the requester, the account concerned, or of the organisation moved (`partners.services`) |
| AuthToken (personal API token) | view, delete | its own holder |
| AuthToken | create | every active user, from a session verified with the second factor (`partners.services.api_token_issue`) |

The admin (`/beheer/`) asks these rules and nothing else (`partners.admin.PolicyAdmin`); a
superuser keeps the registry as a functional manager does, and sees no case data by it.
Nobody deletes here, and nobody changes or deletes access log rows (see `AccessLog`).
"""

from django.db.models import Q
from knox.models import AuthToken

from partners.models import (
    AccessLog,
    AdminRequest,
    ContactPerson,
    Domain,
    Expertise,
    Municipality,
    Organisation,
    Region,
    Role,
    Seat,
    User,
    Vierhoek,
)
from partners.policy import Action, RuleResult, has_role, rule


def keeps_the_registry(user: User) -> bool:
    """The functional manager, or a superuser (who sets up the first functional manager)."""
    return user.is_superuser or has_role(user, Role.FUNCTIONAL_MANAGER)


for model in (Domain, Region, Municipality, Expertise, Organisation, ContactPerson, Vierhoek):
    rule(model, Action.VIEW)(lambda user: True)
    for action in (Action.CREATE, Action.CHANGE):
        rule(model, action)(keeps_the_registry)

rule(Seat, Action.VIEW)(lambda user: True)


@rule(User, Action.VIEW)
def view_users(user: User) -> RuleResult:
    if keeps_the_registry(user):
        return True
    if user.organisation_id is None:
        return Q(pk=user.pk)
    return Q(organisation_id=user.organisation_id)


rule(User, Action.CREATE)(keeps_the_registry)


@rule(User, Action.CHANGE)
def change_users(user: User) -> RuleResult:
    if user.is_superuser:
        return True
    if has_role(user, Role.FUNCTIONAL_MANAGER):
        return Q(is_superuser=False)
    return False


@rule(AccessLog, Action.VIEW)
def view_access_log(user: User) -> RuleResult:
    return has_role(user, Role.PRIVACY_OFFICER)


@rule(AuthToken, Action.VIEW)
def own_tokens(user: User) -> RuleResult:
    return Q(user_id=user.pk)


rule(AuthToken, Action.DELETE)(own_tokens)


@rule(AuthToken, Action.CREATE)
def issue_tokens(user: User) -> RuleResult:
    return user.is_active


# Changes that give access to case data wait for a second functional manager.
# (A superuser, who sets up the first functional managers, handles them too — never its own.)
for _action in (Action.VIEW, Action.CREATE, Action.CHANGE):
    rule(AdminRequest, _action)(keeps_the_registry)
