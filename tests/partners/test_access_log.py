import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from partners.models import AccessLog, ReadPath
from tests.conftest import api_client, log_reads, verified_client
from tests.world import World

pytestmark = pytest.mark.django_db
HX = {"HX-Request": "true"}


def logged(world: World, username: str) -> list[tuple[str, str]]:
    return list(
        AccessLog.objects.filter(username=username)
        .order_by("id")
        .values_list("read_path", "object_repr")
    )


def test_case_page_logs_the_case_and_the_notes_shown(world: World) -> None:
    page = verified_client(world.users["ketenpartner_politie"])
    page.get(f"/casussen/{world.case.pk}/")
    rows = AccessLog.objects.filter(username="ketenpartner_politie")
    assert {row.object_repr for row in rows} == {
        f"Casus {world.case.number} Teststad",
        f"Notitie {world.open_note.pk}",
    }
    row = rows.first()
    assert row is not None
    assert row.read_path == ReadPath.PAGE
    assert row.organisation_name == "Politie Testeenheid"
    assert row.scope_repr == f"Casus {world.case.number} Teststad"
    assert "samenwerkingsverbanden" in row.purpose
    assert row.path == f"/casussen/{world.case.pk}/"


def test_every_read_path_writes_to_the_log(world: World) -> None:
    user = world.users["ketenpartner_zorg"]
    page, api = verified_client(user), api_client(user)
    page.get("/casussen/")
    page.get("/casussen/", {"q": world.case.number})
    page.get(f"/casussen/{world.case.pk}/notities/", headers=HX)
    api.get("/api/cases/")
    api.get(f"/api/cases/{world.case.pk}/")
    api.get("/api/cases/", {"q": "Teststraat"})
    api.get(f"/api/cases/{world.case.pk}/notes/")
    paths = [read_path for read_path, _ in logged(world, "ketenpartner_zorg")]
    assert paths.count(ReadPath.PAGE) == 1
    assert paths.count(ReadPath.SEARCH) == 2
    # The case (read for the fragment), the open note and the Zorg note.
    assert paths.count(ReadPath.FRAGMENT) == 3
    # The list, the detail, and the case and its two notes in the notes list.
    assert paths.count(ReadPath.API) == 5


def test_a_refused_read_logs_nothing(world: World) -> None:
    page = verified_client(world.users["ketenpartner_buiten"])
    assert page.get(f"/casussen/{world.case.pk}/").status_code == 404
    assert logged(world, "ketenpartner_buiten") == []


def test_the_log_cannot_be_changed_or_deleted(world: World) -> None:
    log_reads(world.users["aov"], world.case)
    row = AccessLog.objects.get()
    row.username = "iemand anders"
    with pytest.raises(ValidationError):
        row.save()
    with pytest.raises(ValidationError):
        row.delete()
    # Not even a bulk query gets past the database trigger.
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AccessLog.objects.update(username="iemand anders")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AccessLog.objects.all().delete()
    assert AccessLog.objects.get().username == "aov"


def test_privacy_officer_finds_who_saw_a_case(world: World) -> None:
    verified_client(world.users["ketenpartner_politie"]).get(f"/casussen/{world.case.pk}/")
    verified_client(world.users["burgemeester"]).get(f"/casussen/{world.case.pk}/")
    officer = verified_client(world.users["privacy_officer"])
    page = officer.get("/privacy/toegangslog/", {"scope": world.case.number})
    html = page.content.decode()
    assert page.status_code == 200
    assert "ketenpartner_politie" in html
    assert "burgemeester" in html
    export = officer.get("/privacy/toegangslog/", {"scope": world.case.number, "format": "csv"})
    assert export["Content-Type"].startswith("text/csv")
    lines = b"".join(export.streaming_content).decode().splitlines()  # type: ignore[attr-defined]
    assert lines[0].startswith("moment,gebruikersnaam,organisatie")
    assert len(lines) == 1 + 3  # politie: case and open note; burgemeester: case only


def test_access_log_filters_refuse_a_reversed_period(world: World) -> None:
    officer = verified_client(world.users["privacy_officer"])
    page = officer.get(
        "/privacy/toegangslog/", {"date_from": "2026-05-02", "date_to": "2026-05-01"}
    )
    assert "De einddatum ligt voor de begindatum." in page.content.decode()


def test_csv_cells_cannot_become_formulas(world: World) -> None:
    world.users["aov"].username = "=HYPERLINK()"
    log_reads(world.users["aov"], world.case)
    export = verified_client(world.users["privacy_officer"]).get(
        "/privacy/toegangslog/", {"format": "csv"}
    )
    assert "'=HYPERLINK()" in b"".join(export.streaming_content).decode()  # type: ignore[attr-defined]
