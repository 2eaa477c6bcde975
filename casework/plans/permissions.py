"""Who may see and write plans of action (registered with the policy by casework's ready()).

| object | action | allowed |
|---|---|---|
| Plan (the draft, with its goals, actions, children, messages, commitments) | view | case workers of a partner taking part |
| Plan | change (edit, submit) | AOV'er and procesregisseur of a partner taking part; the case's casusregisseur while their partner takes part |
| PlanVersion | view | whoever may view the case (vierhoek members of a partner taking part, in their territory, included) |
| PlanVersion | view_network (the full variant, with names) | case workers of a partner taking part; others read it pseudonymised |
"""

from functools import partial

from django.db.models import Q

from casework.permissions import CASE_WORKERS, _seen_by_the_case, _sees_network, _taking_part
from casework.plans.models import (
    Plan,
    PlanAction,
    PlanChild,
    PlanCommitment,
    PlanGoal,
    PlanMessage,
    PlanVersion,
)
from partners.models import Role, User
from partners.policy import Action, RuleResult, rule
from partners.reading import readable

rule(Plan, Action.VIEW)(partial(_sees_network, through="case_id"))
for _row in (PlanGoal, PlanAction, PlanChild, PlanMessage, PlanCommitment):
    rule(_row, Action.VIEW)(partial(_sees_network, through="plan__case_id"))


@rule(Plan, Action.CHANGE)
def change_plan(user: User) -> RuleResult:
    directors = _taking_part(user, Role.AOV, Role.PROCESS_DIRECTOR, through="case_id")
    case_director = _taking_part(user, *CASE_WORKERS, through="case_id") & Q(
        case__case_director_id=user.pk
    )
    return directors | case_director


rule(PlanVersion, Action.VIEW)(partial(_seen_by_the_case, through="case_id"))
rule(PlanVersion, Action.VIEW_NETWORK)(partial(_sees_network, through="case_id"))

# The read side: the draft and the versions are logged with their case; rows are read with
# their plan.
readable(Plan, scope="case_id")
readable(PlanVersion, scope="case_id")
for _row in (PlanGoal, PlanAction, PlanChild, PlanMessage, PlanCommitment):
    readable(_row, scope=None, logged=False)
