import pytest
from django.core.management import CommandError, call_command

from casework.models import Case
from partners.models import ContactPerson, Organisation, Role, User
from partners.policy import Action, visible

pytestmark = pytest.mark.django_db


def test_load_demo_makes_one_user_per_role_and_is_idempotent() -> None:
    call_command("load_demo", "--force")
    call_command("load_demo", "--force")
    assert Organisation.objects.count() == 11
    assert ContactPerson.objects.count() == 12
    assert Case.objects.count() == 2
    # One user per role, a second partner professional (the police officer) and a second
    # functional manager (four eyes in the admin need two).
    for role in Role:
        expected = 2 if role in (Role.PARTNER_PROFESSIONAL, Role.FUNCTIONAL_MANAGER) else 1
        assert User.objects.filter(groups__name=role.group_name).count() == expected, role
    assert all(user.organisation_id for user in User.objects.all())
    aov = User.objects.get(username="aov")
    assert aov.check_password("vierhoek-demo")
    for case in Case.objects.all():
        persons = case.persons.all()
        assert 10 <= len(persons) <= 20
        assert len({generation_of(case, p) for p in persons}) == 3, case.title
        assert case.signals.exists()
        assert case.participations.count() >= 4
    assert Case.objects.get(title="Familienetwerk Lindeveen-Oost").persons.count() == 13


def generation_of(case: Case, person) -> int:
    from casework.diagram import generations

    persons = list(case.persons.all())
    return generations(persons, list(case.relations.all()))[person.pk]


def test_load_demo_refuses_outside_development() -> None:
    with pytest.raises(CommandError, match="alleen met DEBUG aan"):
        call_command("load_demo")
    assert User.objects.count() == 0


def test_load_demo_plans_meetings_with_one_partner_invited_to_one_item() -> None:
    from casework.meetings.models import Meeting, MeetingKind
    from casework.meetings.selectors import agenda, my_actions, statements
    from tests.conftest import reader

    call_command("load_demo", "--force")
    call_command("load_demo", "--force")
    assert sorted(Meeting.objects.values_list("kind", flat=True)) == [
        MeetingKind.CASE_MEETING,
        MeetingKind.CASE_MEETING,
        MeetingKind.SCREENING,
        MeetingKind.VIERHOEK,
    ]
    joyce = User.objects.get(username="ketenpartner")
    upcoming = Meeting.objects.filter(kind=MeetingKind.CASE_MEETING).latest("starts_at")
    assert upcoming.items.count() == 2
    assert [item.case.title for item in agenda(reader(joyce), upcoming)] == [
        "Familienetwerk Lindeveen-Oost"
    ]
    assert [action.owner_person for action in my_actions(reader(joyce))] == [joyce]
    held = Meeting.objects.filter(kind=MeetingKind.CASE_MEETING).earliest("starts_at")
    chair = User.objects.get(username="voorzitter")
    assert len(statements(reader(chair), held)) == 4


def test_load_demo_puts_the_plan_before_the_wethouder() -> None:
    from casework.review.selectors import queue
    from tests.conftest import reader

    call_command("load_demo", "--force")
    call_command("load_demo", "--force")
    wethouder = User.objects.get(username="wethouder")
    (waiting,) = queue(reader(wethouder))
    assert waiting.variant == "gepseudonimiseerd"
    assert waiting.vierhoek.seats.count() == 4
    assert list(queue(reader(User.objects.get(username="aov")))) == []


def test_the_demo_history_gives_the_insight_pages_figures() -> None:
    from casework.insight.models import Figure, Scope
    from casework.management.commands._demo_history import history_load
    from partners.models import Municipality

    call_command("load_demo", "--force")
    lindeveen = Municipality.objects.get(name="Lindeveen")
    arguments = {
        "municipalities": list(Municipality.objects.filter(region=lindeveen.region)),
        "organisations": list(Organisation.objects.select_related("domain")),
        "author": User.objects.get(username="aov"),
        "chair": User.objects.get(username="voorzitter"),
        "organiser": Organisation.objects.get(name__startswith="Zorg- en Veiligheidshuis"),
        "cases": 40,
    }
    assert history_load(**arguments) == 40  # type: ignore[arg-type]
    assert history_load(**arguments) == 0  # type: ignore[arg-type]
    assert Case.objects.count() == 42
    # Rebuilt at once: the figures are there before the beat's first run.
    assert Figure.objects.filter(scope=Scope.MUNICIPALITY, scope_id=lindeveen.pk).exists()
    # The history's cases are cases like any other: their partners take part and see them.
    aov = User.objects.get(username="aov")
    seen = visible(aov, Action.VIEW, Case.objects.filter(title__startswith="Archief"))
    assert seen.exists()
