"""The catalogue, legally right: reviews by a lawyer marked by the functional manager, the flag
on a review older than twelve months, remedies and the zienswijze on the pages and in the API,
and a newer revision of the seed content reaching an installation that already has the entry."""

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from interventions.catalogue import catalogue_entries, catalogue_load
from interventions.models import (
    Authority,
    Intervention,
    InterventionVersion,
    Kind,
    LegalReview,
    RemedyRoute,
    ViewRequirement,
    months_before,
)
from interventions.services import legal_review_record
from partners.models import Role, User
from tests.conftest import api_client, verified_client
from tests.partners.factories import UserFactory

pytestmark = pytest.mark.django_db

CLOSURE = "sluiting-woning-drugs"


@pytest.fixture
def manager() -> User:
    return UserFactory.create(username="fb-toetsing", role=Role.FUNCTIONAL_MANAGER)


@pytest.fixture
def aov() -> User:
    return UserFactory.create(username="aov-toetsing", role=Role.AOV)


def _age(slug: str, months: int) -> Intervention:
    """The entry as if its last review lies `months` months back."""
    day = months_before(timezone.localdate(), months)
    Intervention.objects.filter(slug=slug).update(reviewed_on=day)
    return Intervention.objects.get(slug=slug)


def test_twelve_months_back_keeps_the_day_or_the_last_of_the_month() -> None:
    assert months_before(datetime.date(2026, 11, 29), 12) == datetime.date(2025, 11, 29)
    assert months_before(datetime.date(2024, 2, 29), 12) == datetime.date(2023, 2, 28)
    assert months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 1, 15), 13) == datetime.date(2024, 12, 15)


def test_a_review_older_than_twelve_months_is_due(aov: User) -> None:
    fresh = _age(CLOSURE, 11)
    assert not fresh.review_due
    assert _age(CLOSURE, 12).review_due is False  # exactly twelve months still holds
    stale = _age(CLOSURE, 13)
    assert stale.review_due
    Intervention.objects.filter(slug=CLOSURE).update(reviewed_on=None)
    assert Intervention.objects.get(slug=CLOSURE).review_due
    # Care without a legal basis is not reviewed against the law, so never due.
    care = Intervention.objects.filter(kind=Kind.CARE, legal_law="").first()
    assert care is not None and not care.review_due


def test_the_catalogue_flags_and_filters_entries_due_for_review(
    aov: User, django_assert_max_num_queries
) -> None:
    stale = _age(CLOSURE, 13)
    client = verified_client(aov)
    with django_assert_max_num_queries(10):
        page = client.get("/interventies/", {"review_due": "on"})
    html = page.content.decode()
    assert page.status_code == 200
    assert stale.name in html and "Toetsing verlopen" in html
    reviewed = Intervention.objects.exclude(slug=CLOSURE).filter(reviewed_on__isnull=False)
    fresh = reviewed.first()
    assert fresh is not None and fresh.name not in html
    detail = client.get(f"/interventies/{CLOSURE}/").content.decode()
    assert "ouder dan twaalf maanden" in detail
    listed = api_client(aov).get("/api/interventions/", {"review_due": "true", "page_size": "100"})
    slugs = {item["slug"] for item in listed.json()["results"]}
    assert CLOSURE in slugs and fresh.slug not in slugs
    assert all(item["review_due"] for item in listed.json()["results"])


def test_the_functional_manager_marks_a_review_on_the_page(manager: User, aov: User) -> None:
    _age(CLOSURE, 13)
    client = verified_client(manager)
    page = client.get(f"/interventies/{CLOSURE}/").content.decode()
    assert "Toetsing vastleggen" in page
    today = timezone.localdate()
    bad = client.post(
        f"/interventies/{CLOSURE}/toetsing/",
        {"reviewed_on": (today + datetime.timedelta(days=1)).isoformat(), "reviewer_function": ""},
    )
    assert bad.status_code == 400
    assert "Dit veld is vereist" in bad.content.decode()
    backdated = client.post(
        f"/interventies/{CLOSURE}/toetsing/",
        {
            "reviewed_on": (today - datetime.timedelta(days=400)).isoformat(),
            "reviewer_function": "jurist OOV",
        },
    )
    # The text was loaded today: a review of it cannot lie before that.
    assert (
        backdated.status_code == 400 and "voor het laatst gewijzigd" in backdated.content.decode()
    )
    future = client.post(
        f"/interventies/{CLOSURE}/toetsing/",
        {
            "reviewed_on": (today + datetime.timedelta(days=1)).isoformat(),
            "reviewer_function": "jurist OOV",
        },
    )
    assert future.status_code == 400 and "toekomst" in future.content.decode()
    done = client.post(
        f"/interventies/{CLOSURE}/toetsing/",
        {
            "reviewed_on": today.isoformat(),
            "reviewer_function": "jurist OOV",
            "note": "Art. nagelopen.",
        },
    )
    assert done.status_code == 302
    entry = Intervention.objects.get(slug=CLOSURE)
    assert (entry.reviewed_on, entry.reviewed_by_function) == (today, "jurist OOV")
    assert entry.reviewed_version == entry.version and not entry.review_due
    review = LegalReview.objects.filter(intervention=entry).first()
    assert review is not None and review.recorded_by == manager and review.note == "Art. nagelopen."
    shown = verified_client(aov).get(f"/interventies/{CLOSURE}/").content.decode()
    assert "door jurist OOV" in shown and "Toetsing vastleggen" not in shown
    # Another role cannot mark a review, on the page or by calling the service.
    refused = verified_client(aov).post(
        f"/interventies/{CLOSURE}/toetsing/",
        {"reviewed_on": today.isoformat(), "reviewer_function": "jurist"},
    )
    assert refused.status_code == 403
    with pytest.raises(PermissionDenied):
        legal_review_record(
            intervention=entry, user=aov, reviewed_on=today, reviewer_function="jurist"
        )
    with pytest.raises(ValidationError):
        legal_review_record(
            intervention=entry, user=manager, reviewed_on=today, reviewer_function="  "
        )


def test_the_api_lists_and_records_reviews(manager: User, aov: User) -> None:
    url = f"/api/interventions/{CLOSURE}/reviews/"
    today = timezone.localdate().isoformat()
    refused = api_client(aov).post(url, {"reviewed_on": today, "reviewer_function": "jurist"})
    assert refused.status_code == 403
    api = api_client(manager)
    created = api.post(url, {"reviewed_on": today, "reviewer_function": "gemeentejurist"})
    assert created.status_code == 201, created.content
    assert created.json()["reviewer_function"] == "gemeentejurist"
    future = api.post(url, {"reviewed_on": "2999-01-01", "reviewer_function": "jurist"})
    assert future.status_code == 400 and "reviewed_on" in future.json()
    listed = api_client(aov).get(url).json()
    assert listed[0]["reviewer_function"] == "gemeentejurist"
    detail = api_client(aov).get(f"/api/interventions/{CLOSURE}/").json()
    assert detail["reviewed_by_function"] == "gemeentejurist" and detail["review_due"] is False


def test_the_pages_and_the_api_show_remedies_zienswijze_and_sources(aov: User) -> None:
    entry = Intervention.objects.get(slug=CLOSURE)
    html = verified_client(aov).get(f"/interventies/{CLOSURE}/").content.decode()
    assert "Zienswijze en rechtsmiddelen" in html
    assert entry.get_remedy_route_display() in html
    law = entry.sources.filter(kind="wet").first()
    assert law is not None and law.bwbr_id in html
    detail = api_client(aov).get(f"/api/interventions/{CLOSURE}/").json()
    assert detail["remedy_route"] == entry.remedy_route and detail["remedies"] == entry.remedies
    assert detail["view_requirement"] == entry.view_requirement
    assert any(source["bwbr_id"] == law.bwbr_id for source in detail["sources"])
    assert detail["is_administrative"] is True


def test_instruments_no_administrative_body_decides_are_labelled_so(aov: User) -> None:
    court = Intervention.objects.get(slug="ondertoezichtstelling")
    assert court.authority == Authority.COURT and not court.is_administrative
    assert "Geen bestuurlijke interventie" in court.meaning
    html = verified_client(aov).get("/interventies/ondertoezichtstelling/").content.decode()
    assert "instrument van de rechter" in html
    glossary = verified_client(aov).get("/interventies/begrippen/").content.decode()
    assert "Instrument van de rechter, het OM, een civiele partij of een professional" in glossary
    assert "Zienswijze" in glossary and "Rechtsmiddelen" in glossary


def test_an_entry_says_its_legal_frame_consistently() -> None:
    entry = Intervention.objects.get(slug=CLOSURE)
    entry.remedies = ""
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "remedies" in error.value.message_dict
    court = Intervention.objects.get(slug="ondertoezichtstelling")
    court.view_requirement = ViewRequirement.REQUIRED
    with pytest.raises(ValidationError) as error:
        court.full_clean()
    assert "view_requirement" in error.value.message_dict
    source = entry.sources.filter(kind="wet").first()
    assert source is not None
    source.bwbr_id = ""
    with pytest.raises(ValidationError):
        source.full_clean()
    source.bwbr_id = "BWBR123"
    with pytest.raises(ValidationError):
        source.full_clean()


def _file_with(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "catalogue.yaml"
    path.write_text(yaml.safe_dump({"entries": entries}, allow_unicode=True, sort_keys=False))
    return path


def test_a_newer_revision_rewrites_an_entry_and_keeps_the_old_text(
    tmp_path: Path, manager: User
) -> None:
    entries = catalogue_entries()
    entry = Intervention.objects.get(slug=CLOSURE)
    entry.summary = "Door de functioneel beheerder aangepast."
    entry.save()
    # On another entry the functional manager combined it with something new, and dropped a
    # combination the file declares: the rewrite of the closure keeps both decisions.
    care = Intervention.objects.get(slug="schuldhulpverlening")
    care.combined_with.add(entry)
    declared = next(item for item in entries if item["slug"] == CLOSURE)["combined_with"]
    dropped = Intervention.objects.get(slug=declared[0])
    dropped.combined_with.remove(entry)
    version_before = entry.version
    # The same revision: the functional manager's text stays.
    assert catalogue_load(_file_with(tmp_path, entries)).updated == []
    entry.refresh_from_db()
    assert entry.summary == "Door de functioneel beheerder aangepast."
    # A newer revision (a legal correction) replaces it; the old text is kept as a version.
    corrected = next(item for item in entries if item["slug"] == CLOSURE)
    corrected["revision"] += 1
    corrected["remedy_route"] = str(RemedyRoute.OBJECTION)
    corrected["summary"] = "Gecorrigeerde tekst."
    corrected["review"] = {"date": timezone.localdate(), "by": "jurist OOV"}
    loaded = catalogue_load(_file_with(tmp_path, entries))
    assert loaded.updated == [CLOSURE] and loaded.created == []
    entry.refresh_from_db()
    assert entry.summary == "Gecorrigeerde tekst."
    assert entry.version == version_before + 1 and entry.seed_revision == corrected["revision"]
    kept = InterventionVersion.objects.get(intervention=entry, version=version_before)
    assert kept.content["summary"] == "Door de functioneel beheerder aangepast."
    assert entry.reviewed_by_function == "jurist OOV"
    # Links to entries the load did not rewrite stay as the functional manager keeps them.
    assert entry.combined_with.filter(slug="schuldhulpverlening").exists()
    assert not entry.combined_with.filter(slug=dropped.slug).exists()
    for other in entries:
        if CLOSURE in other["combined_with"] and other["slug"] != dropped.slug:
            assert entry.combined_with.filter(slug=other["slug"]).exists(), other["slug"]
    assert entry.conditions.count() == len(corrected["conditions"])
    assert entry.sources.count() == len(corrected["sources"])
