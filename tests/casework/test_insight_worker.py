"""The figures are kept by the real worker, through the real Redis broker: the beat's refresh
takes the cases the triggers marked, the nightly rebuild computes everything anew."""

import datetime

import pytest
from django.conf import settings

from casework.insight.models import ChangedCase, Figure, Measure, Publication, Scope, State
from casework.insight.services import pilot_create
from config.celery import app as celery_app
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.casework.insight_world import Use, history
from tests.world import World

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("celery_worker")]


@pytest.fixture(autouse=True)
def catalogue() -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()


def run(schedule: str) -> object:
    task = str(settings.CELERY_BEAT_SCHEDULE[schedule]["task"])
    return celery_app.send_task(task).get(timeout=60)


def registered(world: World) -> int:
    return sum(
        Figure.objects.filter(
            scope=Scope.MUNICIPALITY,
            scope_id=world.municipality.pk,
            measure=Measure.REGISTERED,
        ).values_list("n", flat=True)
    )


def test_the_worker_keeps_the_figures_current(world: World) -> None:
    seconds = run("insight-rebuild")
    assert isinstance(seconds, float)
    state = State.objects.get(pk=1)
    assert state.rebuilt_at is not None and state.rebuild_seconds == seconds
    assert registered(world) == 1  # the world's own case
    assert not ChangedCase.objects.exists()

    for month in ("01", "02", "03"):
        history(
            world,
            world.municipality,
            registered=f"2025-{month}-10",
            uses=(Use("formeel", f"2025-{month}-12", steps=[(f"2025-{month}-20", "uitgevoerd")]),),
            signals=(f"2025-{month}-25",),
        )
    assert ChangedCase.objects.count() == 3
    assert registered(world) == 1  # not yet: the web request never computes them
    pilot = pilot_create(
        user=world.users["onderzoeker"],
        name="Eerst zorg",
        hypothesis="h",
        approach="a",
        municipalities=[world.municipality],
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2025, 12, 31),
    )
    assert pilot.compared_at is None

    assert run("insight-refresh") == 3
    assert not ChangedCase.objects.exists()
    assert registered(world) == 4
    carried = Figure.objects.filter(
        scope=Scope.COUNTRY, measure=Measure.FOLLOW_UP, key="signaal_6"
    ).values_list("n", flat=True)
    assert sum(carried) == 3
    assert State.objects.get(pk=1).refreshed_at > state.refreshed_at  # type: ignore[operator]
    # The pilot's comparison came with the refresh: the three cases are its regular ones.
    pilot.refresh_from_db()
    assert pilot.compared_at is not None
    assert pilot.comparison["groups"]["regular"]["cases"] is None  # 3: "< 5"
    assert pilot.comparison["too_few"] is True
    assert run("insight-refresh") == 0

    # What the pages show is published once a day, from the figures as they then are.
    assert not Publication.objects.exists()
    seconds = run("insight-publish")
    assert isinstance(seconds, float)
    teststad = Publication.objects.get(
        scope=Scope.MUNICIPALITY, scope_id=world.municipality.pk, year=2025
    )
    registrations = [row for row in teststad.sums["rows"] if row[0] == Measure.REGISTERED]
    assert sorted(row[3] for row in registrations) == [1, 2, 3]
    assert {(p.scope, p.year) for p in Publication.objects.all()} >= {
        (Scope.MUNICIPALITY, 2025),
        (Scope.REGION, 2025),
        (Scope.COUNTRY, 2025),
    }
    assert State.objects.get(pk=1).published_at is not None
