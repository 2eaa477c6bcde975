"""Who sees which figures (registered with the policy by the app's ready()).

| object | action | allowed |
|---|---|---|
| Publication | view (the insight pages, their exports and the API; the figures behind them, `Figure`, are read by the worker alone) | beleidsadviseur of onderzoeker: every municipality, region and the country; vierhoek members, chair and procesregisseur of the Zorg- en Veiligheidshuis: the municipalities of their organisation's werkgebied and the regions those lie in |
| Pilot | view (the register and the comparison, in figures) | beleidsadviseur of onderzoeker: every pilot; vierhoek members, chair and procesregisseur: pilots whose municipalities all lie in their werkgebied |
| Pilot | create | beleidsadviseur of onderzoeker, chair, procesregisseur |
| Pilot | change | beleidsadviseur of onderzoeker; chair and procesregisseur for the pilots they see |
| Pilot | view_content (the pseudonymised export of its cases, for research) | beleidsadviseur of onderzoeker |
| Enrolment | create (take a case into a pilot) | procesregisseur; the service also asks Case change and that the case lies in the pilot's municipalities |
| Enrolment | view (which case is in a pilot) | who may view the case |

Figures hold no case content and every count under five is hidden (`suppression.py`); a
researcher never sees a case, a name or a note: they hold no case role.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from casework.insight.models import Enrolment, Pilot, Publication, Scope
from casework.permissions import VIERHOEK, _seen_by_the_case
from partners.models import Municipality, Region, Role, User
from partners.policy import Action, AnyUser, RuleResult, has_role, rule, territory
from partners.reading import readable

# Their own municipalities and regions.
LOCAL = (*VIERHOEK, Role.CHAIR, Role.PROCESS_DIRECTOR)


@dataclass(frozen=True)
class Reach:
    """The scopes whose figures a user may see."""

    country: bool
    municipalities: QuerySet[Municipality]
    regions: QuerySet[Region]

    @property
    def anything(self) -> bool:
        return self.country or self.municipalities.exists()


def reach(user: AnyUser) -> Reach:
    if not isinstance(user, User) or not user.is_active:
        return Reach(False, Municipality.objects.none(), Region.objects.none())
    if has_role(user, Role.RESEARCHER):
        return Reach(True, Municipality.objects.all(), Region.objects.all())
    if has_role(user, *LOCAL):
        own = territory(user)
        return Reach(False, own, Region.objects.filter(pk__in=own.values("region_id")))
    return Reach(False, Municipality.objects.none(), Region.objects.none())


@rule(Publication, Action.VIEW)
def view_figures(user: User) -> RuleResult:
    if has_role(user, Role.RESEARCHER):
        return True
    if not has_role(user, *LOCAL):
        return False
    own = reach(user)
    return Q(scope=Scope.MUNICIPALITY, scope_id__in=own.municipalities.values("pk")) | Q(
        scope=Scope.REGION, scope_id__in=own.regions.values("pk")
    )


@rule(Pilot, Action.VIEW)
def view_pilots(user: User) -> RuleResult:
    """Local roles see a pilot whose municipalities all lie in their werkgebied: its
    comparison, over those places, would otherwise tell them of places they do not see."""
    if has_role(user, Role.RESEARCHER):
        return True
    if not has_role(user, *LOCAL):
        return False
    elsewhere = Municipality.objects.exclude(pk__in=territory(user).values("pk"))
    return ~Q(pk__in=Pilot.objects.filter(municipalities__in=elsewhere).values("pk"))


@rule(Pilot, Action.CREATE)
def create_pilot(user: User) -> RuleResult:
    return has_role(user, Role.RESEARCHER, Role.CHAIR, Role.PROCESS_DIRECTOR)


@rule(Pilot, Action.CHANGE)
def change_pilot(user: User) -> RuleResult:
    """The researcher; the chair and procesregisseur for the pilots they see."""
    if has_role(user, Role.RESEARCHER):
        return True
    if not has_role(user, Role.CHAIR, Role.PROCESS_DIRECTOR):
        return False
    return view_pilots(user)


@rule(Pilot, Action.VIEW_CONTENT)
def export_pilot(user: User) -> RuleResult:
    return has_role(user, Role.RESEARCHER)


@rule(Enrolment, Action.CREATE)
def enrol(user: User) -> RuleResult:
    return has_role(user, Role.PROCESS_DIRECTOR)


@rule(Enrolment, Action.VIEW)
def view_enrolment(user: User) -> RuleResult:
    return _seen_by_the_case(user, through="case_id")


readable(Enrolment, scope="case_id")
