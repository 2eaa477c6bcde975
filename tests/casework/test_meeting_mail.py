"""The meetings' e-mails, sent by the beat-scheduled tasks through the real Redis broker and a
real worker: invitations with an .ics, a reminder before an action's deadline and the overdue
signal to the procesregisseur; each once, and never with case content."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from casework.meetings.models import Invitation, MeetingAction
from casework.meetings.services import action_add
from config.celery import app as celery_app
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.casework.meeting_world import MeetingWorld, build
from tests.world import World

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def catalogue() -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()


def run_scheduled(entry: str) -> object:
    """Runs the task that the beat schedule names under `entry`, on the real worker."""
    task = str(settings.CELERY_BEAT_SCHEDULE[entry]["task"])
    return celery_app.send_task(task).get(timeout=30)


def case_content(m: MeetingWorld) -> list[str]:
    persons = [p for case in (m.world.case, m.other_case) for p in case.persons.all()]
    return [m.world.case.title, m.other_case.title, m.world.case.number] + [
        p.last_name for p in persons
    ]


def assert_no_case_content(m: MeetingWorld) -> None:
    for message in mail.outbox:
        attached = "".join(str(content) for _name, content, _type in message.attachments)
        text = f"{message.subject}{message.body}{attached}"
        for secret in case_content(m):
            assert secret not in text, (secret, message.subject)


def test_invitations_are_mailed_once_with_an_ics(world: World, celery_worker: None) -> None:
    o = world.organisations
    o["veilig_thuis"].email = "team@veiligthuis.example"
    o["veilig_thuis"].save()
    world.users["voorzitter"].email = "voorzitter@zvh.example"
    world.users["voorzitter"].save()
    m = build(world)
    mail.outbox.clear()
    assert run_scheduled("meeting-invitations") == 2
    # The partner's address; the chair and the minute-taker (the AOV'er) together.
    assert sorted(sorted(message.to) for message in mail.outbox) == [
        ["aov@example.org", "voorzitter@zvh.example"],
        ["team@veiligthuis.example"],
    ]
    message = mail.outbox[0]
    assert f"/overleggen/{m.meeting.pk}/" in message.body
    name, ics, kind = message.attachments[0]
    assert (name, kind) == ("uitnodiging.ics", "text/calendar")
    assert "BEGIN:VEVENT" in str(ics) and f"overleg-{m.meeting.pk}@" in str(ics)
    assert_no_case_content(m)
    assert not Invitation.objects.filter(meeting=m.meeting, mailed_at=None).exists()
    # Once: the next run sends nothing.
    assert run_scheduled("meeting-invitations") == 0
    assert len(mail.outbox) == 2


def test_reminder_before_the_deadline_and_overdue_signal(world: World, celery_worker: None) -> None:
    users, o = world.users, world.organisations
    users["ketenpartner_zorg"].email = "zorg@veiligthuis.example"
    users["ketenpartner_zorg"].save()
    users["procesregisseur"].email = "regie@zvh.example"
    users["procesregisseur"].save()
    m = build(world)
    today = timezone.localdate()
    meeting_day = timezone.localdate(m.meeting.starts_at)
    due = action_add(
        item=m.first,
        user=users["voorzitter"],
        what="Huisbezoek bij de familie",
        owner=o["veilig_thuis"],
        owner_person=users["ketenpartner_zorg"],
        deadline=meeting_day,
    )
    later = action_add(
        item=m.first,
        user=users["voorzitter"],
        what="Later",
        owner=o["veilig_thuis"],
        owner_person=users["ketenpartner_zorg"],
        deadline=today + datetime.timedelta(days=30),
    )
    overdue = action_add(
        item=m.first,
        user=users["voorzitter"],
        what="Te laat",
        owner=o["veilig_thuis"],
        owner_person=None,
        deadline=meeting_day,
    )
    # The deadline passed: as if the meeting were a week ago.
    MeetingAction.objects.filter(pk=overdue.pk).update(deadline=today - datetime.timedelta(days=1))
    mail.outbox.clear()
    assert run_scheduled("meeting-action-reminders") == [1, 1]
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"zorg@veiligthuis.example", "regie@zvh.example"}
    assert f"/acties/{due.pk}/afronden/" in by_address["zorg@veiligthuis.example"].body
    assert "over de uiterste datum" in by_address["regie@zvh.example"].subject
    assert_no_case_content(m)
    assert "Huisbezoek" not in "".join(str(message.body) for message in mail.outbox)
    assert run_scheduled("meeting-action-reminders") == [0, 0]
    later.refresh_from_db()
    assert later.reminded_at is None
