import hashlib

import pytest
from django.core.management import CommandError, call_command

from casework.models import Case, CaseNote, CaseParticipation, Person, Signal
from partners.models import Organisation, User
from partners.policy import Action, visible
from tests.world import World

pytestmark = pytest.mark.django_db


def fingerprint() -> str:
    names = Person.objects.order_by("id").values_list("first_name", "last_name", "birth_date")
    return hashlib.sha256(repr(list(names)).encode()).hexdigest()


def test_generate_volume_refuses_foreign_data(world: World) -> None:
    with pytest.raises(CommandError, match="niet door generate_volume"):
        call_command("generate_volume", "--cases", "10")
    assert Case.objects.filter(pk=world.case.pk).exists()


def test_generate_volume_is_deterministic_and_realistic() -> None:
    call_command("generate_volume", "--cases", "300", "--seed", "7")
    first = fingerprint()
    assert Case.objects.count() == 300
    assert Organisation.objects.count() == 2000
    assert User.objects.count() == 5000
    persons = Person.objects.count()
    assert 300 * 4 <= persons <= 300 * 6
    assert Signal.objects.count() == 900
    assert CaseParticipation.objects.count() == 1200
    assert CaseNote.objects.filter(restricted_to__code="zorg").count() == 300
    # Running again over its own data replaces it, with the same result for the same seed.
    call_command("generate_volume", "--cases", "300", "--seed", "7")
    assert fingerprint() == first
    assert Case.objects.count() == 300


def test_generated_grants_drive_the_permission_policy() -> None:
    call_command("generate_volume", "--cases", "200", "--seed", "3")
    professional = User.objects.filter(groups__name="Ketenpartner-professional").first()
    assert professional is not None
    expected = Case.objects.filter(
        participations__organisation=professional.organisation_id
    ).distinct()
    seen = visible(professional, Action.VIEW, Case.objects.all())
    assert set(seen) == set(expected)
    # New rows after a bulk load get fresh ids: the sequences were moved on.
    last = Organisation.objects.order_by("-id").first()
    assert last is not None and last.pk == 2000
