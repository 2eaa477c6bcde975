"""Who may see and do what with the partner registry, the social map and the access log.

| object | action | allowed |
|---|---|---|
| Domain, Region, Municipality | view | every signed-in user |
| Organisation, ContactPerson (social map) | view | every signed-in user |
| Organisation, ContactPerson | create, change | functioneel beheerder |
| User (membership of an organisation) | view | functioneel beheerder: all; others: their own organisation |
| AccessLog | view | privacy officer |

Nobody changes or deletes access log rows (see `AccessLog`).
"""

from django.db.models import Q

from partners.models import (
    AccessLog,
    ContactPerson,
    Domain,
    Municipality,
    Organisation,
    Region,
    Role,
    User,
)
from partners.policy import Action, RuleResult, has_role, rule

for model in (Domain, Region, Municipality, Organisation, ContactPerson):
    rule(model, Action.VIEW)(lambda user: True)

for model in (Organisation, ContactPerson):
    for action in (Action.CREATE, Action.CHANGE):
        rule(model, action)(lambda user: has_role(user, Role.FUNCTIONAL_MANAGER))


@rule(User, Action.VIEW)
def view_users(user: User) -> RuleResult:
    if has_role(user, Role.FUNCTIONAL_MANAGER):
        return True
    if user.organisation_id is None:
        return Q(pk=user.pk)
    return Q(organisation_id=user.organisation_id)


@rule(AccessLog, Action.VIEW)
def view_access_log(user: User) -> RuleResult:
    return has_role(user, Role.PRIVACY_OFFICER)
