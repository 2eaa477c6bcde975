import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db.models import Q

from casework.models import Case
from partners.models import ContactPerson, Role
from partners.policy import Action, can, rule, rules_table, visible
from tests.partners.factories import UserFactory
from tests.world import World

pytestmark = pytest.mark.django_db


def test_a_model_without_a_rule_is_closed(user) -> None:
    assert visible(user, Action.VIEW, Group.objects.all()).query.is_empty()
    assert can(user, Action.CHANGE, Group) is False


def test_anonymous_and_inactive_users_get_nothing(world: World) -> None:
    assert not visible(AnonymousUser(), Action.VIEW, Case.objects.all()).exists()
    aov = world.users["aov"]
    assert can(aov, Action.VIEW, world.case)
    aov.is_active = False
    assert not can(aov, Action.VIEW, world.case)


def test_a_rule_that_needs_an_object_refuses_a_model(world: World) -> None:
    with pytest.raises(TypeError, match="needs an object"):
        can(world.users["aov"], Action.VIEW, Case)


def test_a_second_rule_for_the_same_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="already registered"):
        rule(ContactPerson, Action.VIEW)(lambda user: Q())


def test_rules_table_lists_the_registered_rules() -> None:
    table = rules_table()
    assert ("Case", "view") in table
    assert ("CaseNote", "view") in table
    assert ("AccessLog", "view") in table


def test_visible_filters_in_one_query(world: World, django_assert_num_queries) -> None:
    user = world.users["ketenpartner_politie"]
    user.groups.all()  # roles are read once per user object; warm them up
    from partners.policy import roles_of

    roles_of(user)
    with django_assert_num_queries(1):
        assert list(visible(user, Action.VIEW, Case.objects.all())) == [world.case]


def test_user_without_organisation_sees_no_cases(world: World) -> None:
    loner = UserFactory.create(username="zonder", organisation=None, role=Role.AOV)
    assert not visible(loner, Action.VIEW, Case.objects.all()).exists()
