"""Who may see and change the catalogue.

| object | action | allowed |
|---|---|---|
| Intervention (with its conditions and earlier versions) | view | every signed-in user with an account |
| Intervention | change | functional manager (in the admin; every change keeps the old text) |

The catalogue is knowledge, not personal data: it holds nothing of any case, so reading it is
not written to the access log. How often an intervention was used reaches its page as figures
only (casework supplies them; see `interventions.usage`).
"""

from interventions.models import Condition, Intervention, InterventionVersion
from partners.models import Role, User
from partners.policy import Action, RuleResult, has_role, rule


@rule(Intervention, Action.VIEW)
def view_intervention(user: User) -> RuleResult:
    return True


for _model in (Condition, InterventionVersion):
    rule(_model, Action.VIEW)(view_intervention)


@rule(Intervention, Action.CHANGE)
def change_intervention(user: User) -> RuleResult:
    return has_role(user, Role.FUNCTIONAL_MANAGER)
