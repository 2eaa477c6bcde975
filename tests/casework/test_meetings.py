"""Meetings: need-to-know per agenda item, the confidentiality statement gate, and what the
chair records (screening outcomes changing the case's status, decisions, actions)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from casework.meetings.models import (
    DecisionKind,
    ItemInput,
    Meeting,
    MeetingKind,
    Minutes,
)
from casework.meetings.selectors import (
    agenda,
    content_readable,
    extract_variant,
    item_content,
    meeting_list,
    minutes_variants,
    my_actions,
)
from casework.meetings.services import (
    Planning,
    action_add,
    action_close,
    decision_record,
    input_add,
    item_add,
    item_invite,
    meeting_create,
    meeting_update,
    minutes_confirm,
    notes_save,
    screening_outcome_record,
    series_create,
    statement_confirm,
)
from casework.models import CaseStatus
from casework.services import partner_leave_case
from partners.models import ReadPath, Role
from partners.policy import Action, can
from partners.reading import Reader
from tests.casework.meeting_world import MeetingWorld, build, other_case, plan_meeting
from tests.conftest import api_client, verified_client
from tests.partners.factories import OrganisationFactory, UserFactory
from tests.world import World

pytestmark = pytest.mark.django_db


def reader(world: World, key: str) -> Reader:
    return Reader(world.users[key], ReadPath.PAGE)


# user: (sees the meeting, the items they see)
SIGHT = {
    "voorzitter": (True, {"first", "second"}),
    "aov": (True, {"first", "second"}),
    "ketenpartner_zorg": (True, {"first"}),
    "ketenpartner_ggz": (True, {"second"}),
    "ketenpartner_politie": (False, set()),
    "burgemeester": (False, set()),
    "ketenpartner_buiten": (False, set()),
}


@pytest.mark.parametrize("key", list(SIGHT))
def test_each_user_sees_only_the_items_they_are_invited_to(
    meeting_world: MeetingWorld, key: str
) -> None:
    m = meeting_world
    sees_meeting, items = SIGHT[key]
    r = reader(m.world, key)
    listed = list(meeting_list(r))
    assert (m.meeting in listed) is sees_meeting
    ids = {"first": m.first.pk, "second": m.second.pk}
    expected = {ids[name] for name in items}
    assert {item.pk for item in agenda(r, m.meeting)} == expected
    if sees_meeting:
        assert getattr(listed[0], "visible_items") == len(expected)  # noqa: B009 - an annotation
    assert content_readable(r, [m.first, m.second]) == expected


def test_input_is_read_by_the_invitees_of_its_item_only(meeting_world: MeetingWorld) -> None:
    m = meeting_world
    w = m.world
    text = input_add(item=m.first, user=w.users["ketenpartner_zorg"], text="Zorg weet: X")
    for key, sees in (
        ("ketenpartner_zorg", True),
        ("voorzitter", True),
        ("ketenpartner_ggz", False),
        ("ketenpartner_politie", False),
        ("burgemeester", False),
    ):
        content = item_content(reader(w, key), [m.first, m.second])
        assert (text in content.inputs[m.first.pk]) is sees, key
    # Invited to the other item: may not add input to this one.
    with pytest.raises(PermissionDenied):
        input_add(item=m.first, user=w.users["ketenpartner_ggz"], text="Ik weet ook iets")
    assert ItemInput.objects.count() == 1


def test_nothing_of_an_item_is_shown_before_the_statement(world: World) -> None:
    m = build(world, confirm=False)
    zorg = world.users["ketenpartner_zorg"]
    r = Reader(zorg, ReadPath.PAGE)
    # The agenda line is there; its content is not, and input cannot be added.
    assert [item.pk for item in agenda(r, m.meeting)] == [m.first.pk]
    assert content_readable(r, [m.first]) == set()
    with pytest.raises(PermissionDenied):
        input_add(item=m.first, user=zorg, text="Te vroeg")
    statement_confirm(meeting=m.meeting, user=zorg)
    assert content_readable(Reader(zorg, ReadPath.PAGE), [m.first]) == {m.first.pk}
    input_add(item=m.first, user=zorg, text="Na de verklaring")
    # Once per meeting: confirming again keeps the one statement.
    statement_confirm(meeting=m.meeting, user=zorg)
    assert m.meeting.statements.filter(user=zorg).count() == 1
    # The statement of one meeting opens no other meeting.
    other = plan_meeting(world, days=9)
    item_add(
        meeting=other,
        user=world.users["procesregisseur"],
        case=world.case,
        invited=[world.organisations["veilig_thuis"]],
    )
    assert content_readable(Reader(zorg, ReadPath.PAGE), list(other.items.all())) == set()


def test_outsiders_cannot_confirm_a_statement(meeting_world: MeetingWorld) -> None:
    with pytest.raises(PermissionDenied):
        statement_confirm(
            meeting=meeting_world.meeting, user=meeting_world.world.users["ketenpartner_buiten"]
        )


def test_only_partners_of_the_case_are_invited(meeting_world: MeetingWorld) -> None:
    m = meeting_world
    o = m.world.organisations
    with pytest.raises(ValidationError) as refused:
        item_add(
            meeting=m.meeting,
            user=m.world.users["procesregisseur"],
            case=m.world.case,
            invited=[o["woningcorporatie"]],
        )
    assert "neemt niet deel aan deze casus" in str(refused.value)


def test_who_may_change_the_meeting(meeting_world: MeetingWorld) -> None:
    m = meeting_world
    users = m.world.users
    assert {key for key in SIGHT if can(users[key], Action.CHANGE, m.meeting)} == {
        "voorzitter",
        "aov",
    }
    assert can(users["procesregisseur"], Action.CHANGE, m.meeting)
    with pytest.raises(PermissionDenied):
        decision_record(item=m.first, user=users["ketenpartner_zorg"], kind="besluit", text="Nee")


def test_screening_outcomes_set_the_case_status(world: World) -> None:
    o = world.organisations
    runner = world.users["procesregisseur"]
    meeting = plan_meeting(world, kind=MeetingKind.SCREENING)
    statement_confirm(meeting=meeting, user=runner)
    first = item_add(meeting=meeting, user=runner, case=world.case, invited=[o["zvh"]])
    assert world.case.status == CaseStatus.SIGNAL
    decision = screening_outcome_record(item=first, user=runner, outcome="in_behandeling")
    world.case.refresh_from_db()
    assert world.case.status == CaseStatus.IN_PROGRESS
    assert list(world.case.status_changes.values_list("to_status", flat=True))[-3:] == [
        CaseStatus.REGISTRATION,
        CaseStatus.SCREENING,
        CaseStatus.IN_PROGRESS,
    ]
    assert decision.kind == DecisionKind.SCREENING
    with pytest.raises(ValidationError):
        screening_outcome_record(item=first, user=runner, outcome="in_behandeling")

    second_case = other_case(world)
    second = item_add(meeting=meeting, user=runner, case=second_case, invited=[o["zvh"]])
    with pytest.raises(ValidationError) as refused:
        screening_outcome_record(item=second, user=runner, outcome="niet_voor_zvh")
    assert "advies" in str(refused.value)
    screening_outcome_record(
        item=second, user=runner, outcome="niet_voor_zvh", advice="Wijkteam en schuldhulp"
    )
    second_case.refresh_from_db()
    assert second_case.status == CaseStatus.NOT_FOR_ZVH
    assert second_case.advice == "Wijkteam en schuldhulp"


def test_a_screening_outcome_only_at_a_screening(meeting_world: MeetingWorld) -> None:
    with pytest.raises(ValidationError):
        screening_outcome_record(
            item=meeting_world.first,
            user=meeting_world.world.users["voorzitter"],
            outcome="in_behandeling",
        )


def test_escalating_puts_the_case_on_the_next_vierhoekoverleg(meeting_world: MeetingWorld) -> None:
    m = meeting_world
    later = plan_meeting(m.world, kind=MeetingKind.VIERHOEK, days=20)
    decision_record(item=m.first, user=m.world.users["voorzitter"], kind="opgeschaald", text="")
    m.world.case.refresh_from_db()
    assert m.world.case.escalation_level == 4
    carried = later.items.get()
    assert carried.case == m.world.case
    assert set(carried.invited.all()) == set(m.first.invited.all())


def test_adopting_the_plan_needs_a_submitted_version(meeting_world: MeetingWorld) -> None:
    with pytest.raises(ValidationError) as refused:
        decision_record(
            item=meeting_world.first,
            user=meeting_world.world.users["voorzitter"],
            kind="plan_vastgesteld",
            text="",
        )
    assert "plan van aanpak" in str(refused.value)


def test_actions_belong_to_an_invited_partner_and_close_with_a_result(
    meeting_world: MeetingWorld,
) -> None:
    m = meeting_world
    users, o = m.world.users, m.world.organisations
    chair = users["voorzitter"]
    deadline = timezone.localdate() + datetime.timedelta(days=14)
    with pytest.raises(ValidationError):
        action_add(
            item=m.first,
            user=chair,
            what="Huisbezoek",
            owner=o["ggz"],
            owner_person=None,
            deadline=deadline,
        )
    with pytest.raises(ValidationError):
        action_add(
            item=m.first,
            user=chair,
            what="Huisbezoek",
            owner=o["veilig_thuis"],
            owner_person=users["ketenpartner_ggz"],
            deadline=deadline,
        )
    action = action_add(
        item=m.first,
        user=chair,
        what="Huisbezoek",
        owner=o["veilig_thuis"],
        owner_person=users["ketenpartner_zorg"],
        deadline=deadline,
    )
    with pytest.raises(PermissionDenied):
        action_close(action=action, user=users["ketenpartner_ggz"], result="Gedaan")
    with pytest.raises(ValidationError):
        action_close(action=action, user=users["ketenpartner_zorg"], result=" ")
    action_close(action=action, user=users["ketenpartner_zorg"], result="Moeder gesproken")
    action.refresh_from_db()
    assert (action.status, action.closed_by) == ("afgerond", users["ketenpartner_zorg"])


def test_a_series_makes_a_meeting_every_week(world: World) -> None:
    today = timezone.localdate()
    series = series_create(
        user=world.users["procesregisseur"],
        planning=Planning(
            kind=MeetingKind.SCREENING,
            title="Wekelijkse screening",
            place="ZVH",
            online_link="",
            chair=world.users["voorzitter"],
            minute_taker=None,
            invited=[world.organisations["politie"]],
        ),
        weekday=1,
        at=datetime.time(9, 30),
        minutes=60,
        first_on=today,
        until=today + datetime.timedelta(weeks=4),
    )
    meetings = list(series.meetings.order_by("starts_at"))
    assert len(meetings) in (4, 5)
    for meeting in meetings:
        local = timezone.localtime(meeting.starts_at)
        assert (local.weekday(), local.hour, local.minute) == (1, 9, 30)
        assert list(meeting.invited.all()) == [world.organisations["politie"]]


def test_confirmed_minutes_are_refused_a_change_by_the_database(
    meeting_world: MeetingWorld,
) -> None:
    minutes = Minutes.objects.create(
        meeting=meeting_world.meeting,
        snapshot={"items": []},
        sha256="0" * 64,
        confirmed_by=meeting_world.world.users["voorzitter"],
    )
    with pytest.raises(ValueError):
        minutes.save()
    with pytest.raises(Exception, match="cannot be changed"), transaction.atomic():
        Minutes.objects.filter(pk=minutes.pk).update(sha256="1" * 64)


def test_an_owner_whose_partner_left_the_case_no_longer_reads_the_action(
    meeting_world: MeetingWorld,
) -> None:
    m = meeting_world
    users, o = m.world.users, m.world.organisations
    zorg = users["ketenpartner_zorg"]
    action_add(
        item=m.first,
        user=users["voorzitter"],
        what="Huisbezoek",
        owner=o["veilig_thuis"],
        owner_person=zorg,
        deadline=timezone.localdate() + datetime.timedelta(days=9),
    )
    assert [a.what for a in my_actions(reader(m.world, "ketenpartner_zorg"))] == ["Huisbezoek"]
    partner_leave_case(
        participation=m.world.case.participations.get(organisation=o["veilig_thuis"]),
        decided_by=users["aov"],
        reason="Zorg afgerond",
    )
    assert list(my_actions(reader(m.world, "ketenpartner_zorg"))) == []
    assert agenda(reader(m.world, "ketenpartner_zorg"), m.meeting) == []


def test_vierhoek_members_read_a_vierhoekoverleg_without_names_of_the_network(
    world: World,
) -> None:
    o, users = world.organisations, world.users
    meeting = plan_meeting(world, kind=MeetingKind.VIERHOEK)
    item = item_add(
        meeting=meeting,
        user=users["procesregisseur"],
        case=world.case,
        invited=[o["zvh"], o["gemeente"]],
    )
    for key in ("aov", "burgemeester"):
        statement_confirm(meeting=meeting, user=users[key])
    input_add(
        item=item, user=users["aov"], text="Hendrik Teststraat stuurt de handel; Milan helpt."
    )
    mayor = reader(world, "burgemeester")
    assert [line.pk for line in agenda(mayor, meeting)] == [item.pk]
    (text,) = [row.text for row in item_content(mayor, [item]).inputs[item.pk]]
    for name in ("Hendrik", "Teststraat", "Milan"):
        assert name not in text
    page = verified_client(users["burgemeester"]).get(f"/overleggen/{meeting.pk}/punten/{item.pk}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "stuurt de handel" in body and "Hendrik" not in body and "Milan" not in body
    api = api_client(users["burgemeester"]).get(
        f"/api/meetings/{meeting.pk}/items/{item.pk}/inputs/"
    )
    assert "stuurt de handel" in api.content.decode() and "Hendrik" not in api.content.decode()
    # A case worker of the same meeting reads the names as written.
    (written,) = [row.text for row in item_content(reader(world, "aov"), [item]).inputs[item.pk]]
    assert written.startswith("Hendrik Teststraat")


def test_a_minutes_document_only_to_who_reads_every_item_it_shows(
    meeting_world: MeetingWorld,
) -> None:
    m = meeting_world
    users, o = m.world.users, m.world.organisations
    minutes = minutes_confirm(meeting=m.meeting, user=users["voorzitter"])
    zorg_extract, ggz_extract = extract_variant(o["veilig_thuis"].pk), extract_variant(o["ggz"].pk)
    assert minutes_variants(reader(m.world, "ketenpartner_zorg"), minutes) == [zorg_extract]
    assert minutes_variants(reader(m.world, "ketenpartner_ggz"), minutes) == [ggz_extract]
    assert minutes_variants(reader(m.world, "ketenpartner_buiten"), minutes) == []
    assert "volledig" in minutes_variants(reader(m.world, "aov"), minutes)
    # The minute-taker's municipality leaves the second case: no document holding it for her.
    partner_leave_case(
        participation=m.other_case.participations.get(organisation=o["gemeente"]),
        decided_by=users["procesregisseur"],
        reason="Gemeente niet meer betrokken",
    )
    assert minutes_variants(reader(m.world, "aov"), minutes) == [zorg_extract]
    assert "volledig" in minutes_variants(reader(m.world, "voorzitter"), minutes)
    # A partner that left the case reads its extract no more.
    partner_leave_case(
        participation=m.world.case.participations.get(organisation=o["veilig_thuis"]),
        decided_by=users["aov"],
        reason="Zorg afgerond",
    )
    assert minutes_variants(reader(m.world, "ketenpartner_zorg"), minutes) == []


def test_a_partner_taken_off_every_item_is_no_longer_invited(meeting_world: MeetingWorld) -> None:
    m = meeting_world
    o, zorg = m.world.organisations, m.world.users["ketenpartner_zorg"]
    assert can(zorg, Action.VIEW, m.meeting)
    item_invite(item=m.first, user=m.world.users["voorzitter"], invited=[o["zvh"]])
    assert not m.meeting.invited.filter(pk=o["veilig_thuis"].pk).exists()
    assert not can(zorg, Action.VIEW, m.meeting)


def test_a_vierhoek_chair_closes_an_action_and_reads_it_without_names(world: World) -> None:
    o, users = world.organisations, world.users
    mayor = users["burgemeester"]
    meeting = meeting_create(
        user=users["procesregisseur"],
        planning=Planning(
            kind=MeetingKind.VIERHOEK,
            title="Vierhoekoverleg",
            place="Stadhuis",
            online_link="",
            chair=mayor,
            minute_taker=None,
        ),
        starts_at=timezone.now() + datetime.timedelta(days=1),
        minutes=60,
    )
    item = item_add(
        meeting=meeting,
        user=users["procesregisseur"],
        case=world.case,
        invited=[o["zvh"], o["gemeente"]],
    )
    for key in ("procesregisseur", "burgemeester"):
        statement_confirm(meeting=meeting, user=users[key])
    action = action_add(
        item=item,
        user=users["procesregisseur"],
        what="Hendrik Teststraat aanspreken",
        owner=o["gemeente"],
        owner_person=None,
        deadline=timezone.localdate() + datetime.timedelta(days=5),
    )
    response = api_client(mayor).post(
        f"/api/actions/{action.pk}/close/", {"result": "Gedaan"}, format="json"
    )
    assert response.status_code == 200
    assert "aanspreken" in response.json()["what"] and "Hendrik" not in response.json()["what"]
    # Notes read without the names are not saved over the names.
    item.refresh_from_db()
    with pytest.raises(ValidationError, match="zonder de namen"):
        notes_save(
            item=item,
            user=mayor,
            version=item.version,
            picture="x",
            judgement="",
            decision_making="",
        )
    # Nor can a vierhoek chair confirm minutes they read pseudonymised.
    with pytest.raises(ValidationError, match="met de namen"):
        minutes_confirm(meeting=meeting, user=mayor)


def test_a_chair_from_outside_the_werkgebied_is_refused(world: World) -> None:
    stranger = UserFactory.create(
        username="elders",
        organisation=OrganisationFactory.create(name="ZVH Elders"),
        role=Role.CHAIR,
    )
    with pytest.raises(ValidationError) as refused:
        meeting_create(
            user=world.users["procesregisseur"],
            planning=Planning(
                kind=MeetingKind.SCREENING,
                title="Screening",
                place="ZVH",
                online_link="",
                chair=stranger,
                minute_taker=None,
            ),
            starts_at=timezone.now() + datetime.timedelta(days=1),
            minutes=60,
        )
    assert "werkgebied" in str(refused.value)


def test_a_refused_decision_is_shown_on_the_meeting_mode_with_what_was_typed(
    meeting_world: MeetingWorld,
) -> None:
    m = meeting_world
    chair = verified_client(m.world.users["voorzitter"])
    response = chair.post(
        f"/overleggen/{m.meeting.pk}/punten/{m.first.pk}/besluiten/",
        {"kind": "plan_vastgesteld", "text": "Het plan geldt vanaf vandaag"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "nog geen ingediende versie van het plan van aanpak" in page
    assert "Het plan geldt vanaf vandaag" in page
    assert "Punt 1 van 2" in page


def test_a_meeting_is_moved_under_its_version_and_invited_again(
    meeting_world: MeetingWorld,
) -> None:
    m = meeting_world
    chair = m.world.users["voorzitter"]
    m.meeting.invitations.update(mailed_at=timezone.now())
    planning = Planning(
        kind=m.meeting.kind,
        title=m.meeting.title,
        place="Zaal 3",
        online_link="",
        chair=chair,
        minute_taker=m.meeting.minute_taker,
    )
    later = m.meeting.starts_at + datetime.timedelta(days=1)
    seen = m.meeting.version
    meeting_update(
        meeting=m.meeting,
        user=chair,
        version=seen,
        planning=planning,
        starts_at=later,
        minutes=60,
    )
    moved = Meeting.objects.get(pk=m.meeting.pk)
    assert (moved.place, moved.starts_at, moved.version) == ("Zaal 3", later, seen + 1)
    assert moved.ends_at - moved.starts_at == datetime.timedelta(minutes=60)
    assert not moved.invitations.exclude(mailed_at=None).exists()
    # A second edit on the version read before is refused, whatever it changes.
    stale = Meeting.objects.get(pk=m.meeting.pk)
    stale.version = seen
    with pytest.raises(ValidationError) as refused:
        meeting_update(
            meeting=stale,
            user=chair,
            version=seen,
            planning=planning,
            starts_at=later,
            minutes=60,
        )
    assert refused.value.code == "conflict"
    # Not for who does not run it.
    with pytest.raises(PermissionDenied):
        meeting_update(
            meeting=moved,
            user=m.world.users["ketenpartner_zorg"],
            version=moved.version,
            planning=planning,
            starts_at=later,
            minutes=60,
        )
