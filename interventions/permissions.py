"""Who may see and change the catalogue.

| object | action | allowed |
|---|---|---|
| Intervention (with its conditions and earlier versions) | view | every signed-in user with an account |
| Intervention, its conditions | create, change | functional manager (in the admin; every change keeps the old text) |
| Condition | delete | functional manager (a condition of the checklist; an entry itself is never deleted) |
| Source (law, ruling, guidance of an entry) | view | every signed-in user with an account |
| Source | create, change, delete | functional manager (edited with the entry, kept in its version) |
| LegalReview | view | every signed-in user with an account |
| LegalReview | create | functional manager (marks that a lawyer reviewed the entry; never changed or deleted) |

The catalogue is knowledge, not personal data: it holds nothing of any case, so reading it is
not written to the access log. How often an intervention was used reaches its page as figures
only (casework supplies them; see `interventions.usage`).
"""

from interventions.models import (
    Condition,
    Intervention,
    InterventionVersion,
    LegalReview,
    Source,
)
from partners.models import User
from partners.permissions import keeps_the_registry
from partners.policy import Action, RuleResult, rule


@rule(Intervention, Action.VIEW)
def view_intervention(user: User) -> RuleResult:
    return True


for _model in (Condition, InterventionVersion, Source, LegalReview):
    rule(_model, Action.VIEW)(view_intervention)


@rule(Intervention, Action.CHANGE)
def change_intervention(user: User) -> RuleResult:
    return keeps_the_registry(user)


rule(Intervention, Action.CREATE)(change_intervention)
# The checklist of an entry is edited with it (the entry's version keeps the old checklist).
for _action in (Action.CREATE, Action.CHANGE, Action.DELETE):
    rule(Condition, _action)(change_intervention)
    rule(Source, _action)(change_intervention)
# A review is a fact about the text at a date: recorded, never edited or deleted.
rule(LegalReview, Action.CREATE)(change_intervention)
